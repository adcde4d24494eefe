package id.rancang.roadmap;

import id.rancang.bimtek.OutputsByMasterplan;
import id.rancang.bimtek.StageOutput;
import id.rancang.bimtek.StageOutputEvidence;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stage III roadmap draft exists once a roadmap is adopted or an optimisation run is stored. */
@Component
@Transactional(readOnly = true)
class RoadmapOutputs implements StageOutputEvidence {

    private final JdbcClient jdbc;

    RoadmapOutputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<StageOutput>> outputsDone(Collection<Long> masterplanIds) {
        return new OutputsByMasterplan(jdbc, masterplanIds)
                .whereFound(
                        StageOutput.ROADMAP_DRAFT,
                        "select masterplan_id from roadmap_adoption where masterplan_id in (:ids)"
                                + " union select masterplan_id from roadmap_run where masterplan_id in (:ids)")
                .done();
    }
}
