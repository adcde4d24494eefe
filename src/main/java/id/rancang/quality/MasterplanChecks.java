package id.rancang.quality;

import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.Programmes;
import id.rancang.region.Office;
import id.rancang.region.Offices;
import id.rancang.strategy.Alignments;
import id.rancang.strategy.Goals;
import id.rancang.strategy.Indicators;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the quality check of a masterplan for anyone who may read it. */
@Service
@Transactional(readOnly = true)
public class MasterplanChecks {

    private final Masterplans masterplans;
    private final Frameworks frameworks;
    private final Offices offices;
    private final Programmes programmes;
    private final Goals goals;
    private final Indicators indicators;
    private final Alignments alignments;
    private final Issues issues;

    MasterplanChecks(
            Masterplans masterplans,
            Frameworks frameworks,
            Offices offices,
            Programmes programmes,
            Goals goals,
            Indicators indicators,
            Alignments alignments,
            Issues issues) {
        this.alignments = alignments;
        this.issues = issues;
        this.masterplans = masterplans;
        this.frameworks = frameworks;
        this.offices = offices;
        this.programmes = programmes;
        this.goals = goals;
        this.indicators = indicators;
    }

    public List<Finding> check(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Framework framework = frameworks.get(masterplan.framework());
        CheckRules.Plan plan = new CheckRules.Plan(
                masterplan.startYear(),
                masterplan.endYear(),
                framework.dimensions(),
                offices.list(masterplan.regionCode().value()).stream()
                        .map(Office::code)
                        .collect(Collectors.toSet()),
                programmes.list(masterplan.id()),
                goals.list(masterplan.id()),
                indicators.list(masterplan.id()),
                alignments.supportedRpjmdGoals(masterplan.id()),
                issues.list(masterplan.id(), IssueKind.PROBLEM));
        return CheckRules.check(plan);
    }
}
