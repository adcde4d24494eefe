package id.rancang.roadmap.api;

import id.rancang.roadmap.AdoptedRoadmap;
import id.rancang.roadmap.BudgetChart;
import id.rancang.roadmap.OptimisationRun;
import id.rancang.roadmap.OptimiseCommand;
import id.rancang.roadmap.Reason;
import id.rancang.roadmap.Roadmaps;
import id.rancang.roadmap.Scenario;
import id.rancang.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/masterplans/{id}/roadmap")
@Tag(name = "Peta jalan / Roadmap")
class RoadmapApiController {

    /** How long a request waits for a run before answering 202 with a location to poll. */
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Roadmaps roadmaps;
    private final MessageSource messages;

    RoadmapApiController(Roadmaps roadmaps, MessageSource messages) {
        this.roadmaps = roadmaps;
        this.messages = messages;
    }

    record Entry(String programmeCode, int startYear) {}

    record Explanation(String code, String message) {}

    record Progress(Long objective, Long bound) {}

    record RunDocument(
            long id,
            Long scenarioId,
            OptimisationRun.State state,
            String status,
            Long objective,
            Long bestBound,
            Double gap,
            Long greedyObjective,
            List<Entry> schedule,
            List<String> unscheduled,
            Long solveMillis,
            List<Explanation> reasons,
            List<BudgetChart.Year> years,
            Progress progress,
            OptimiseCommand request,
            Instant startedAt,
            Instant finishedAt) {}

    record RoadmapDocument(
            boolean adopted,
            Long runId,
            Instant adoptedAt,
            String adoptedBy,
            List<Entry> schedule,
            List<String> unscheduled,
            List<BudgetChart.Year> years,
            Long version) {}

    record MoveRequest(Integer startYear, Long version) {}

    record ScenarioRequest(
            String name,
            Map<String, Long> budgetCeilings,
            Integer officeCapacity,
            Integer timeLimitSeconds,
            Map<String, Integer> pins) {}

    record ScenarioDocument(long id, String name, OptimiseCommand parameters, Instant createdAt, String createdBy) {

        static ScenarioDocument of(Scenario scenario) {
            return new ScenarioDocument(
                    scenario.id(), scenario.name(), scenario.parameters(), scenario.createdAt(), scenario.createdBy());
        }
    }

    @PostMapping("/optimisations")
    @Operation(
            summary = "Optimise the roadmap under yearly budget ceilings",
            description = "Answers 200 with the result when the run ends within a few seconds, otherwise 202 with"
                    + " the location of the run to poll.")
    ResponseEntity<RunDocument> optimise(@PathVariable long id, @RequestBody OptimiseCommand command) {
        if (command.scenarioId() != null) {
            // A run of a saved scenario uses the scenario's own assumptions: .../scenarios/{id}/optimisations.
            throw InvalidInputException.of("scenarioId", "roadmap.scenario.runItself", command.scenarioId());
        }
        OptimiseCommand request = new OptimiseCommand(
                command.budgetCeilings(), command.officeCapacity(), command.timeLimitSeconds(), command.pins(), null);
        return answer(id, roadmaps.start(id, request));
    }

    @GetMapping("/optimisations")
    List<RunDocument> runs(@PathVariable long id) {
        return roadmaps.runs(id).stream().map(this::document).toList();
    }

    @GetMapping("/optimisations/{runId}")
    RunDocument run(@PathVariable long id, @PathVariable long runId) {
        return document(roadmaps.run(id, runId));
    }

    @PostMapping("/optimisations/{runId}/cancel")
    RunDocument cancel(@PathVariable long id, @PathVariable long runId) {
        return document(roadmaps.cancel(id, runId));
    }

    @PostMapping("/optimisations/{runId}/adopt")
    RoadmapDocument adopt(@PathVariable long id, @PathVariable long runId) {
        return document(roadmaps.adopt(id, runId));
    }

    @GetMapping
    @Operation(summary = "The adopted roadmap (empty until a run is adopted)")
    RoadmapDocument roadmap(@PathVariable long id) {
        return roadmaps.adopted(id)
                .map(RoadmapApiController::document)
                .orElse(new RoadmapDocument(false, null, null, null, List.of(), List.of(), List.of(), null));
    }

    @PutMapping("/entries/{code}")
    @Operation(summary = "Move one programme of the adopted roadmap; checked against every rule")
    RoadmapDocument move(@PathVariable long id, @PathVariable String code, @RequestBody MoveRequest move) {
        if (move.version() == null) {
            throw InvalidInputException.of("version", "roadmap.version.required");
        }
        return document(roadmaps.move(id, code, move.startYear(), move.version()));
    }

    @GetMapping("/scenarios")
    List<ScenarioDocument> scenarios(@PathVariable long id) {
        return roadmaps.scenarios(id).stream().map(ScenarioDocument::of).toList();
    }

    @PostMapping("/scenarios")
    ResponseEntity<ScenarioDocument> saveScenario(@PathVariable long id, @RequestBody ScenarioRequest request) {
        Scenario scenario = roadmaps.saveScenario(
                id,
                request.name(),
                new OptimiseCommand(
                        request.budgetCeilings(),
                        request.officeCapacity(),
                        request.timeLimitSeconds(),
                        request.pins(),
                        null));
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/roadmap/scenarios/" + scenario.id()))
                .body(ScenarioDocument.of(scenario));
    }

    @GetMapping("/scenarios/{scenarioId}")
    ScenarioDocument scenario(@PathVariable long id, @PathVariable long scenarioId) {
        return ScenarioDocument.of(roadmaps.scenario(id, scenarioId));
    }

    @DeleteMapping("/scenarios/{scenarioId}")
    ResponseEntity<Void> deleteScenario(@PathVariable long id, @PathVariable long scenarioId) {
        roadmaps.deleteScenario(id, scenarioId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/scenarios/{scenarioId}/optimisations")
    ResponseEntity<RunDocument> runScenario(@PathVariable long id, @PathVariable long scenarioId) {
        OptimiseCommand parameters = roadmaps.scenario(id, scenarioId).parameters();
        return answer(id, roadmaps.start(id, parameters));
    }

    private ResponseEntity<RunDocument> answer(long id, OptimisationRun started) {
        OptimisationRun run = roadmaps.await(id, started.id(), PATIENCE);
        if (run.finished()) {
            return ResponseEntity.ok(document(run));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/masterplans/" + id + "/roadmap/optimisations/" + run.id()))
                .body(document(run));
    }

    private RunDocument document(OptimisationRun run) {
        OptimisationRun.Result result = run.result();
        return new RunDocument(
                run.id(),
                run.scenarioId(),
                run.state(),
                result == null ? null : result.status().name(),
                result == null ? null : result.objective(),
                result == null ? null : result.bestBound(),
                result == null ? null : result.gap(),
                result == null ? null : result.greedyObjective(),
                result == null ? List.of() : entries(result.schedule()),
                result == null ? List.of() : result.unscheduled(),
                result == null ? null : result.solveMillis(),
                result == null ? List.of() : explain(result.reasons()),
                result == null ? List.of() : result.years(),
                new Progress(run.progressObjective(), run.progressBound()),
                run.request(),
                run.startedAt(),
                run.finishedAt());
    }

    private static RoadmapDocument document(AdoptedRoadmap roadmap) {
        return new RoadmapDocument(
                true,
                roadmap.runId(),
                roadmap.adoptedAt(),
                roadmap.adoptedBy(),
                entries(roadmap.schedule()),
                roadmap.unscheduled(),
                roadmap.years(),
                roadmap.version());
    }

    private static List<Entry> entries(Map<String, Integer> schedule) {
        List<Entry> entries = new ArrayList<>();
        schedule.forEach((code, year) -> entries.add(new Entry(code, year)));
        entries.sort(java.util.Comparator.comparing(Entry::startYear).thenComparing(Entry::programmeCode));
        return entries;
    }

    private List<Explanation> explain(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> new Explanation(
                        reason.code().name(),
                        messages.getMessage(
                                reason.messageKey(), reason.arguments().toArray(), LocaleContextHolder.getLocale())))
                .toList();
    }
}
