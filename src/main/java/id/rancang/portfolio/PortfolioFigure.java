package id.rancang.portfolio;

import java.util.Collection;
import java.util.Map;

/**
 * A number per masterplan that another module contributes to the portfolio (e.g. open
 * quality-check errors, open review comments). Implementations answer for all masterplans at once
 * so that the page stays a few queries for 514 regions.
 */
public interface PortfolioFigure {

    /** A stable key, used for sorting and as the message key {@code portfolio.figure.<key>}. */
    String key();

    /** The figure for each of {@code masterplanIds}; missing ids count as zero. */
    Map<Long, Long> valuesFor(Collection<Long> masterplanIds);
}
