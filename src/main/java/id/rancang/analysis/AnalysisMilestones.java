package id.rancang.analysis;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which analysis milestones many masterplans have reached, in three queries whatever their
 * number. The caller has already read the masterplans through the masterplan facade.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisMilestones {

    private final JdbcClient jdbc;

    AnalysisMilestones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Set<AnalysisMilestone>> reached(Collection<Long> masterplanIds) {
        Map<Long, Set<AnalysisMilestone>> reached = new HashMap<>();
        if (masterplanIds.isEmpty()) {
            return reached;
        }
        Set<Long> rated =
                ids("select distinct masterplan_id from readiness_rating where masterplan_id in (:ids)", masterplanIds);
        Set<Long> swot =
                ids("select distinct masterplan_id from readiness_swot where masterplan_id in (:ids)", masterplanIds);
        Set<Long> issues = ids(
                "select masterplan_id from analysis_issue where masterplan_id in (:ids)"
                        + " group by masterplan_id having count(distinct kind) = 2",
                masterplanIds);
        for (Long id : masterplanIds) {
            Set<AnalysisMilestone> done = EnumSet.noneOf(AnalysisMilestone.class);
            if (rated.contains(id)) {
                done.add(AnalysisMilestone.READINESS_RATED);
                if (swot.contains(id)) {
                    done.add(AnalysisMilestone.SWOT_AND_GAPS);
                }
            }
            if (issues.contains(id)) {
                done.add(AnalysisMilestone.PROBLEMS_AND_POTENTIALS);
            }
            if (!done.isEmpty()) {
                reached.put(id, done);
            }
        }
        return reached;
    }

    private Set<Long> ids(String sql, Collection<Long> masterplanIds) {
        return Set.copyOf(
                jdbc.sql(sql).param("ids", masterplanIds).query(Long.class).list());
    }
}
