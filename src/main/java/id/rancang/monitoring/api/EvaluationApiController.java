package id.rancang.monitoring.api;

import id.rancang.monitoring.Evaluation;
import id.rancang.monitoring.EvaluationCommand;
import id.rancang.monitoring.EvaluationDimension;
import id.rancang.monitoring.Evaluations;
import id.rancang.monitoring.RankedEvaluation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evaluasi / Evaluation")
class EvaluationApiController {

    private final Evaluations evaluations;

    EvaluationApiController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    record Created(long id, BigDecimal index) {}

    @PostMapping("/api/v1/masterplans/{id}/evaluations")
    @Operation(summary = "Mencatat evaluasi tahunan / Record a yearly evaluation")
    ResponseEntity<Created> create(@PathVariable long id, @Valid @RequestBody EvaluationCommand command) {
        Evaluation created = evaluations.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/evaluations/" + created.id()))
                .body(new Created(created.id(), created.index()));
    }

    @GetMapping("/api/v1/masterplans/{id}/evaluations")
    @Operation(summary = "Evaluasi masterplan / A masterplan's evaluations")
    List<Evaluation> list(@PathVariable long id) {
        return evaluations.list(id);
    }

    @GetMapping("/api/v1/masterplans/{id}/evaluations/{evaluationId}")
    @Operation(summary = "Satu evaluasi / One evaluation")
    Evaluation get(@PathVariable long id, @PathVariable long evaluationId) {
        return evaluations.get(id, evaluationId);
    }

    @PutMapping("/api/v1/masterplans/{id}/evaluations/{evaluationId}")
    @Operation(summary = "Mengoreksi evaluasi (dengan versi) / Correct an evaluation (with its version)")
    Evaluation update(
            @PathVariable long id, @PathVariable long evaluationId, @Valid @RequestBody EvaluationCommand command) {
        return evaluations.update(id, evaluationId, command);
    }

    @DeleteMapping("/api/v1/masterplans/{id}/evaluations/{evaluationId}")
    @Operation(summary = "Menghapus evaluasi / Delete an evaluation")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long evaluationId) {
        evaluations.delete(id, evaluationId);
        return ResponseEntity.noContent().build();
    }

    record Ranked(String regionCode, long masterplanId, BigDecimal index, int rank) {}

    @GetMapping("/api/v1/evaluations")
    @Operation(summary = "Peringkat nasional menurut indeks / National ranking by index")
    List<Ranked> ranking(@RequestParam int year) {
        return evaluations.ranking(year).stream()
                .map((RankedEvaluation r) -> new Ranked(r.regionCode(), r.masterplanId(), r.index(), r.rank()))
                .toList();
    }

    @GetMapping("/api/v1/evaluation-weights/{year}")
    @Operation(summary = "Bobot dimensi evaluasi suatu tahun / The evaluation weights of a year")
    Map<String, BigDecimal> weights(@PathVariable int year) {
        return keyed(evaluations.weights(year));
    }

    @PutMapping("/api/v1/evaluation-weights/{year}")
    @Operation(summary = "Menetapkan bobot (koordinator nasional) / Set the weights (national coordinator)")
    Map<String, BigDecimal> setWeights(@PathVariable int year, @RequestBody WeightsDocument body) {
        return keyed(evaluations.setWeights(year, body.weights()));
    }

    record WeightsDocument(Map<String, BigDecimal> weights) {}

    private static Map<String, BigDecimal> keyed(Map<EvaluationDimension, BigDecimal> weights) {
        Map<String, BigDecimal> keyed = new LinkedHashMap<>();
        weights.forEach((d, w) -> keyed.put(d.key(), w));
        return keyed;
    }
}
