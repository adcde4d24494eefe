package id.rancang.demo;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.Programme;
import id.rancang.programme.Programmes;
import id.rancang.publication.VersionCommand;
import id.rancang.publication.Versions;
import id.rancang.roadmap.OptimisationRun;
import id.rancang.roadmap.OptimiseCommand;
import id.rancang.roadmap.Roadmaps;
import id.rancang.roadmap.Scenario;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo masterplan's roadmap: two budget scenarios (a flat ceiling, and one that starts lower
 * and grows 10 % a year), both optimised, and a first version of the books ("Draf Tahap III")
 * frozen with the adopted one. The team gave the flat scenario, which it adopts, a minute so that
 * its schedule is proven the best (about 25 s on two cores); the other ran five seconds and shows
 * an unproven schedule with its gap, as quick comparisons do. Runs once, in the background after
 * start-up, so that the application is ready at once; the optimiser itself decides the schedule.
 */
@Component
@ConditionalOnBooleanProperty(name = "rancang.demo-data", matchIfMissing = true)
class DemoRoadmap {

    private static final Logger log = LoggerFactory.getLogger(DemoRoadmap.class);
    private static final long STEP = 50_000_000L;

    private final Masterplans masterplans;
    private final Programmes programmes;
    private final Roadmaps roadmaps;
    private final Versions versions;
    private final DemoMonitoring monitoring;

    DemoRoadmap(
            Masterplans masterplans,
            Programmes programmes,
            Roadmaps roadmaps,
            Versions versions,
            DemoMonitoring monitoring) {
        this.versions = versions;
        this.monitoring = monitoring;
        this.masterplans = masterplans;
        this.programmes = programmes;
        this.roadmaps = roadmaps;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread loader = new Thread(this::loadAsSystem, "demo-roadmap");
        loader.setDaemon(true);
        loader.start();
    }

    private void loadAsSystem() {
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        SecurityContextHolder.setContext(system);
        try {
            masterplans.ofRegion(DemoData.REGION).stream().findFirst().ifPresent(this::load);
        } catch (RuntimeException e) {
            log.warn("Demo roadmap not loaded", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void load(Masterplan masterplan) {
        if (!roadmaps.scenarios(masterplan.id()).isEmpty()) {
            return;
        }
        List<Programme> all = programmes.list(masterplan.id());
        long total = all.stream().mapToLong(Programme::totalCost).sum();
        long flat = round(total * 7 / 10 / masterplan.horizonYears());
        Map<String, Long> flatCeilings = new LinkedHashMap<>();
        Map<String, Long> growing = new LinkedHashMap<>();
        long rising = round(flat * 7 / 10);
        for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
            flatCeilings.put(Integer.toString(year), flat);
            growing.put(Integer.toString(year), rising);
            rising = round(rising * 11 / 10);
        }
        Scenario fixed = roadmaps.saveScenario(
                masterplan.id(), "Pagu tetap", new OptimiseCommand(flatCeilings, 3, 60, Map.of(), null));
        Scenario rise = roadmaps.saveScenario(
                masterplan.id(), "Pagu naik 10 % per tahun", new OptimiseCommand(growing, 3, 5, Map.of(), null));
        OptimisationRun adopted = roadmaps.start(masterplan.id(), fixed.parameters());
        OptimisationRun compared = roadmaps.start(masterplan.id(), rise.parameters());
        adopted = roadmaps.await(masterplan.id(), adopted.id(), Duration.ofMinutes(10));
        roadmaps.await(masterplan.id(), compared.id(), Duration.ofMinutes(10));
        if (adopted.result() != null && !adopted.result().schedule().isEmpty()) {
            roadmaps.adopt(masterplan.id(), adopted.id());
            log.info(
                    "Demo roadmap adopted: {} programmes scheduled",
                    adopted.result().schedule().size());
            // The team froze its books after stage III, with the adopted roadmap in them.
            versions.create(masterplan.id(), new VersionCommand("Draf Tahap III"));
            monitoring.recordProgress(masterplan.id(), masterplan.startYear());
        }
    }

    private static long round(long amount) {
        return Math.max(STEP, amount / STEP * STEP);
    }
}
