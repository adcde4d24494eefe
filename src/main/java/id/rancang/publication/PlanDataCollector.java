package id.rancang.publication;

import id.rancang.analysis.Initiatives;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.Issues;
import id.rancang.analysis.Readiness;
import id.rancang.analysis.RegionalProfiles;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.Programme;
import id.rancang.programme.Programmes;
import id.rancang.region.Regions;
import id.rancang.review.Commitments;
import id.rancang.roadmap.AdoptedRoadmap;
import id.rancang.roadmap.BudgetChart;
import id.rancang.roadmap.Roadmaps;
import id.rancang.strategy.Alignments;
import id.rancang.strategy.Goals;
import id.rancang.strategy.Indicators;
import id.rancang.strategy.Vision;
import id.rancang.strategy.Visions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a masterplan's data for its books from the modules that own it, in one read. */
@Component
class PlanDataCollector {

    private final Masterplans masterplans;
    private final Regions regions;
    private final RegionalProfiles profiles;
    private final Readiness readiness;
    private final Issues issues;
    private final Initiatives initiatives;
    private final Visions visions;
    private final Goals goals;
    private final Indicators indicators;
    private final Alignments alignments;
    private final Programmes programmes;
    private final Roadmaps roadmaps;
    private final Narratives narratives;
    private final Commitments commitments;
    private final Clock clock;
    private final ZoneId zone;

    PlanDataCollector(
            Masterplans masterplans,
            Regions regions,
            RegionalProfiles profiles,
            Readiness readiness,
            Issues issues,
            Initiatives initiatives,
            Visions visions,
            Goals goals,
            Indicators indicators,
            Alignments alignments,
            Programmes programmes,
            Roadmaps roadmaps,
            Narratives narratives,
            Commitments commitments,
            Clock clock,
            ZoneId displayZone) {
        this.masterplans = masterplans;
        this.regions = regions;
        this.profiles = profiles;
        this.readiness = readiness;
        this.issues = issues;
        this.initiatives = initiatives;
        this.visions = visions;
        this.goals = goals;
        this.indicators = indicators;
        this.alignments = alignments;
        this.programmes = programmes;
        this.roadmaps = roadmaps;
        this.narratives = narratives;
        this.commitments = commitments;
        this.clock = clock;
        this.zone = displayZone;
    }

    @Transactional(readOnly = true)
    PlanData collect(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        long id = masterplan.id();
        List<Programme> all = programmes.list(id);
        Optional<AdoptedRoadmap> adopted = roadmaps.adopted(id);
        Map<String, Integer> schedule = new TreeMap<>();
        Map<Integer, Long> ceilings = new TreeMap<>();
        if (adopted.isPresent()) {
            schedule.putAll(adopted.get().schedule());
            for (BudgetChart.Year year : adopted.get().years()) {
                ceilings.put(year.year(), year.ceiling());
            }
        } else {
            all.stream().filter(p -> p.startYear() != null).forEach(p -> schedule.put(p.code(), p.startYear()));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> textsEn = new LinkedHashMap<>();
        narratives.all(id).forEach((chapter, narrative) -> {
            if (narrative.written()) {
                texts.put(chapter.code(), narrative.text());
            }
            if (narrative.writtenInEnglish()) {
                textsEn.put(chapter.code(), narrative.textEn());
            }
        });
        return new PlanData(
                LocalDate.now(clock.withZone(zone)),
                masterplan.regionCode().value(),
                regions.find(masterplan.regionCode())
                        .map(r -> r.name())
                        .orElse(masterplan.regionCode().value()),
                masterplan.title(),
                masterplan.framework(),
                masterplan.startYear(),
                masterplan.horizonYears(),
                profiles.get(id),
                readiness.ratings(id),
                readiness.swot(id),
                issues.list(id, IssueKind.PROBLEM),
                issues.list(id, IssueKind.POTENTIAL),
                initiatives.list(id),
                visions.find(id).orElse(Vision.empty(id)),
                goals.list(id),
                indicators.list(id),
                alignments.items(id),
                alignments.links(id),
                all,
                adopted.isPresent(),
                schedule,
                ceilings,
                texts,
                textsEn,
                commitments.signatories(id).stream()
                        .map(s -> new PlanData.Signatory(
                                s.name(), s.position(), s.role().name(), s.signedOn()))
                        .toList());
    }
}
