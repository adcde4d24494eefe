package id.rancang.programme;

import id.rancang.bimtek.OutputsByMasterplan;
import id.rancang.bimtek.StageOutput;
import id.rancang.bimtek.StageOutputEvidence;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bimtek outputs the action plan shows: programmes mapped to the goals (stage II), first
 * quick-win candidates, i.e. a programme flagged or one the rules would suggest (stage II), and
 * quick wins chosen with their public name (stage III). Three queries for any number of
 * masterplans.
 */
@Component
@Transactional(readOnly = true)
class ProgrammeOutputs implements StageOutputEvidence {

    private final JdbcClient jdbc;

    ProgrammeOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<StageOutput>> outputsDone(Collection<Long> masterplanIds) {
        return new OutputsByMasterplan(jdbc, masterplanIds)
                .whereFound(
                        StageOutput.PROGRAMME_MAP,
                        "select distinct p.masterplan_id from programme p"
                                + " join programme_goal g on g.programme_id = p.id where p.masterplan_id in (:ids)")
                .whereFound(
                        StageOutput.QUICK_WIN_CANDIDATES,
                        "select distinct p.masterplan_id from programme p"
                                + " where p.masterplan_id in (:ids) and (p.quick_win = true or (p.duration_years <= 1"
                                + " and p.status not in ('CANCELLED', 'COMPLETED')"
                                + " and coalesce((select sum(c.amount) from programme_cost c"
                                + " where c.programme_id = p.id), 0)"
                                + " <= " + QuickWinRules.LOW_COST + "))")
                .whereFound(
                        StageOutput.QUICK_WINS_CHOSEN,
                        "select distinct masterplan_id from programme"
                                + " where masterplan_id in (:ids) and quick_win = true and qw_public_name is not null")
                .done();
    }
}
