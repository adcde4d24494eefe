package id.rancang.strategy;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A success indicator of a goal or a programme: what is measured, in which unit, which way is
 * better, where it stood in the baseline year and the target for each year of the plan.
 */
public record Indicator(
        long id,
        long masterplanId,
        Long goalId,
        String programmeCode,
        String catalogueCode,
        String name,
        String unit,
        Direction direction,
        Integer baselineYear,
        BigDecimal baselineValue,
        SortedMap<Integer, BigDecimal> targets,
        String dataSource,
        long version) {}
