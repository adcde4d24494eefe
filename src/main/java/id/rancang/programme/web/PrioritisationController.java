package id.rancang.programme.web;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.Ahp;
import id.rancang.programme.CriteriaCommand;
import id.rancang.programme.Criterion;
import id.rancang.programme.Prioritisation;
import id.rancang.programme.RankedProgramme;
import id.rancang.programme.Weighting;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * AHP prioritisation: the pairwise grid (the upper triangle is chosen on Saaty's scale, the lower
 * one shows the reciprocals), the resulting weights and consistency, the scores and the ranking.
 */
@Controller
@RequestMapping("/masterplans/{id}/prioritisation")
class PrioritisationController {

    private static final String PAGE = "programme/prioritisation";

    /** Saaty's scale as offered in the grid, from "row absolutely more important" to the reverse. */
    static final List<Double> SCALE = List.of(
            9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0, 1 / 2.0, 1 / 3.0, 1 / 4.0, 1 / 5.0, 1 / 6.0, 1 / 7.0, 1 / 8.0,
            1 / 9.0);

    private final Prioritisation prioritisation;
    private final Masterplans masterplans;
    private final AccessControl access;

    PrioritisationController(Prioritisation prioritisation, Masterplans masterplans, AccessControl access) {
        this.prioritisation = prioritisation;
        this.masterplans = masterplans;
        this.access = access;
    }

    /** One option of the scale: its value as submitted and as read ("1/3"). */
    record ScaleOption(String value, String label) {}

    @GetMapping
    String page(@PathVariable long id, HttpServletRequest request, Model model) {
        Masterplan masterplan = masterplans.get(id);
        return render(masterplan, prioritisation.weighting(id), request, model);
    }

    @PostMapping
    String saveJudgements(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Weighting current = prioritisation.weighting(id);
        int n = current.criteria().size();
        double[][] upper = new double[n][n];
        try {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    upper[i][j] = Double.parseDouble(form.getOrDefault("p_" + i + "_" + j, "1"));
                }
            }
            double[][] full = Ahp.completeReciprocals(upper);
            List<List<Double>> rows = new ArrayList<>();
            for (double[] row : full) {
                rows.add(java.util.Arrays.stream(row).boxed().toList());
            }
            Weighting saved = prioritisation.setCriteria(id, new CriteriaCommand(current.criteria(), rows));
            model.addAttribute("saved", true);
            return render(masterplan, saved, request, model);
        } catch (NumberFormatException | InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("invalid", true);
            return render(masterplan, current, request, model);
        }
    }

    @PostMapping("/scores")
    String saveScores(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Weighting weighting = prioritisation.weighting(id);
        Map<String, Map<String, Integer>> byProgramme = new HashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("s|") && value != null && !value.isBlank()) {
                String[] parts = key.split("\\|", 3);
                if (parts.length == 3) {
                    byProgramme
                            .computeIfAbsent(parts[1], k -> new HashMap<>())
                            .put(parts[2], Integer.valueOf(value.strip()));
                }
            }
        });
        try {
            for (RankedProgramme programme : prioritisation.ranking(id)) {
                prioritisation.score(
                        id, programme.programmeCode(), byProgramme.getOrDefault(programme.programmeCode(), Map.of()));
            }
            model.addAttribute("scoresSaved", true);
        } catch (InvalidInputException | NumberFormatException e) {
            response.setStatus(422);
            model.addAttribute("scoresInvalid", true);
        }
        return render(masterplan, weighting, request, model);
    }

    private String render(Masterplan masterplan, Weighting weighting, HttpServletRequest request, Model model) {
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("weighting", weighting);
        model.addAttribute("labels", labels(weighting));
        model.addAttribute(
                "scale",
                SCALE.stream().map(v -> new ScaleOption(value(v), label(v))).toList());
        model.addAttribute("ranking", prioritisation.ranking(masterplan.id()));
        model.addAttribute("candidates", prioritisation.quickWinCandidates(masterplan.id()));
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        model.addAttribute("criterionNames", names(weighting.criteria()));
        return Htmx.view(request, PAGE, "prioritisation");
    }

    private static Map<String, String> names(List<Criterion> criteria) {
        Map<String, String> names = new HashMap<>();
        criteria.forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** The matrix as labels: "3", "1/5". */
    private static String[][] labels(Weighting weighting) {
        double[][] matrix = weighting.pairwise();
        String[][] labels = new String[matrix.length][matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix.length; j++) {
                labels[i][j] = label(matrix[i][j]);
            }
        }
        return labels;
    }

    static String label(double value) {
        if (value >= 1) {
            return String.valueOf(Math.round(value));
        }
        return "1/" + Math.round(1 / value);
    }

    /** The submitted value of a scale option; matches {@link #label} when parsed back. */
    static String value(double value) {
        return value >= 1 ? String.valueOf(Math.round(value)) : String.valueOf(1.0 / Math.round(1 / value));
    }
}
