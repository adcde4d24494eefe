package id.rancang.review;

import id.rancang.portfolio.PortfolioFigure;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open review threads per masterplan for the national portfolio, in one query for every
 * masterplan shown. The portfolio has already limited the ids to what the caller may see.
 */
@Component
class OpenCommentsFigure implements PortfolioFigure {

    static final String KEY = "reviewComments";

    private final JdbcClient jdbc;

    OpenCommentsFigure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<Long, Long> valuesFor(Collection<Long> masterplanIds) {
        Map<Long, Long> values = new HashMap<>();
        if (masterplanIds.isEmpty()) {
            return values;
        }
        jdbc.sql("select masterplan_id, count(*) from review_comment"
                        + " where parent_id is null and status = 'OPEN' and masterplan_id in (:ids)"
                        + " group by masterplan_id")
                .param("ids", List.copyOf(masterplanIds))
                .query((rs, n) -> values.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return values;
    }
}
