package id.rancang.strategy;

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
 * The Bimtek outputs the strategy shows: a vision with missions (stage II), goals measured by
 * indicators (stage II) and a strategy for every dimension that has goals (stage III). Three
 * queries for any number of masterplans.
 */
@Component
@Transactional(readOnly = true)
class StrategyOutputs implements StageOutputEvidence {

    private final JdbcClient jdbc;

    StrategyOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<StageOutput>> outputsDone(Collection<Long> masterplanIds) {
        return new OutputsByMasterplan(jdbc, masterplanIds)
                .whereFound(
                        StageOutput.VISION_MISSION,
                        "select distinct v.masterplan_id from strategy_vision v"
                                + " join strategy_mission m on m.masterplan_id = v.masterplan_id"
                                + " where v.masterplan_id in (:ids)")
                .whereFound(
                        StageOutput.GOALS_INDICATORS,
                        "select distinct g.masterplan_id from goal g"
                                + " join indicator i on i.goal_id = g.id where g.masterplan_id in (:ids)")
                .whereFound(
                        StageOutput.STRATEGY_PER_DIMENSION,
                        "select masterplan_id from goal where masterplan_id in (:ids)"
                                + " group by masterplan_id having count(distinct dimension)"
                                + " = count(distinct case when strategy is not null and strategy <> ''"
                                + " then dimension end)")
                .done();
    }
}
