package id.rancang.bimtek;

import id.rancang.analysis.AnalysisMilestones;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The stage I outputs the strategic analysis shows. Kept on the Bimtek side (reading the
 * analysis facade) because the analysis must not depend on the Bimtek, which records session
 * inputs into it.
 */
@Component
class AnalysisOutputs implements StageOutputEvidence {

    private final AnalysisMilestones milestones;

    AnalysisOutputs(AnalysisMilestones milestones) {
        this.milestones = milestones;
    }

    @Override
    public Map<Long, Set<StageOutput>> outputsDone(Collection<Long> masterplanIds) {
        Map<Long, Set<StageOutput>> done = new HashMap<>();
        milestones.reached(masterplanIds).forEach((id, reached) -> {
            Set<StageOutput> outputs = EnumSet.noneOf(StageOutput.class);
            reached.forEach(m -> outputs.add(
                    switch (m) {
                        case READINESS_RATED -> StageOutput.READINESS_ANALYSIS;
                        case SWOT_AND_GAPS -> StageOutput.SWOT_GAP;
                        case PROBLEMS_AND_POTENTIALS -> StageOutput.PROBLEMS_POTENTIALS;
                    }));
            done.put(id, outputs);
        });
        return done;
    }
}
