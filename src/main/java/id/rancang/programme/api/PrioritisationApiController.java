package id.rancang.programme.api;

import id.rancang.programme.Ahp;
import id.rancang.programme.CriteriaCommand;
import id.rancang.programme.Criterion;
import id.rancang.programme.Prioritisation;
import id.rancang.programme.QuickWinCandidate;
import id.rancang.programme.Weighting;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Prioritas (AHP) / Prioritisation")
class PrioritisationApiController {

    private final Prioritisation prioritisation;

    PrioritisationApiController(Prioritisation prioritisation) {
        this.prioritisation = prioritisation;
    }

    record JudgementView(String row, String column, double given, double implied) {}

    record WeightingView(
            List<Criterion> criteria,
            double[][] pairwise,
            Map<String, Double> weights,
            double lambdaMax,
            double consistencyIndex,
            double consistencyRatio,
            boolean consistent,
            List<JudgementView> leastConsistent,
            long version) {

        static WeightingView of(Weighting w) {
            List<JudgementView> judgements = w.consistent()
                    ? List.of()
                    : w.leastConsistent().stream().map(j -> view(w, j)).toList();
            return new WeightingView(
                    w.criteria(),
                    w.pairwise(),
                    w.weights(),
                    w.lambdaMax(),
                    w.consistencyIndex(),
                    w.consistencyRatio(),
                    w.consistent(),
                    judgements,
                    w.version());
        }

        private static JudgementView view(Weighting w, Ahp.Judgement j) {
            return new JudgementView(
                    w.criteria().get(j.row()).code(),
                    w.criteria().get(j.column()).code(),
                    j.given(),
                    Math.round(j.implied() * 1000) / 1000.0);
        }
    }

    record RankingEntry(String programmeCode, double score, int rank, Map<String, Integer> scores) {}

    @GetMapping("/api/v1/masterplans/{id}/prioritisation/criteria")
    WeightingView criteria(@PathVariable long id) {
        return WeightingView.of(prioritisation.weighting(id));
    }

    @PutMapping("/api/v1/masterplans/{id}/prioritisation/criteria")
    @Operation(summary = "Tetapkan kriteria dan matriks perbandingan berpasangan (skala Saaty 1–9)")
    WeightingView setCriteria(@PathVariable long id, @RequestBody CriteriaCommand command) {
        return WeightingView.of(prioritisation.setCriteria(id, command));
    }

    @PutMapping("/api/v1/masterplans/{id}/programmes/{code}/scores")
    @Operation(summary = "Nilai program 1–5 untuk setiap kriteria (5 paling menguntungkan)")
    Map<String, Integer> score(
            @PathVariable long id, @PathVariable String code, @RequestBody Map<String, Integer> scores) {
        return prioritisation.score(id, code, scores);
    }

    @GetMapping("/api/v1/masterplans/{id}/prioritisation/quick-win-candidates")
    @Operation(summary = "Usulan calon quick win: selesai ≤ 1 tahun, biaya rendah, dampak tinggi, tanpa prasyarat")
    List<QuickWinCandidate> quickWinCandidates(@PathVariable long id) {
        return prioritisation.quickWinCandidates(id);
    }

    @GetMapping("/api/v1/masterplans/{id}/prioritisation/ranking")
    @Operation(summary = "Peringkat program: jumlah bobot × nilai")
    List<RankingEntry> ranking(@PathVariable long id) {
        return prioritisation.ranking(id).stream()
                .map(r -> new RankingEntry(r.programmeCode(), r.score(), r.rank(), r.scores()))
                .toList();
    }
}
