package id.rancang.programme.web;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.programme.Ahp;
import id.rancang.programme.CriteriaCommand;
import id.rancang.programme.Criterion;
import id.rancang.programme.Prioritisation;
import id.rancang.programme.ScoreChange;
import id.rancang.programme.Weighting;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    PrioritisationController(
            Prioritisation prioritisation, Masterplans masterplans, AccessControl access, MessageSource messages) {
        this.prioritisation = prioritisation;
        this.masterplans = masterplans;
        this.access = access;
        this.messages = messages;
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
            Weighting saved =
                    prioritisation.setCriteria(id, new CriteriaCommand(current.criteria(), rows, version(form)));
            model.addAttribute("saved", true);
            return render(masterplan, saved, request, model);
        } catch (NumberFormatException | InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("invalid", true);
            model.addAttribute("input", form);
            return render(masterplan, current, request, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", true);
            model.addAttribute("input", form);
            return render(masterplan, prioritisation.weighting(id), request, model);
        }
    }

    /**
     * Saves the cells of the scores table that the writer changed, each over the score they saw
     * (sent beside it as {@code o|code|criterion}), so that other people's changes to other cells
     * are kept. A bad score (422) or a cell changed meanwhile (409) saves nothing and shows the
     * writer's input again over what is saved now.
     */
    @PostMapping("/scores")
    String saveScores(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Map<String, Map<String, Integer>> shown = new HashMap<>();
        prioritisation.ranking(id).forEach(p -> shown.put(p.programmeCode(), p.scores()));
        try {
            List<ScoreChange> changes = new ArrayList<>();
            for (Map.Entry<String, String> field : form.entrySet()) {
                String[] parts = field.getKey().split("\\|", 3);
                if (parts.length != 3 || !parts[0].equals("s")) {
                    continue;
                }
                Integer wanted = score(field.getValue());
                String seenText = form.get("o|" + parts[1] + "|" + parts[2]);
                Integer seen = seenText == null
                        ? shown.getOrDefault(parts[1], Map.of()).get(parts[2])
                        : score(seenText);
                if (!Objects.equals(seen, wanted)) {
                    changes.add(new ScoreChange(parts[1], parts[2], seen, wanted));
                }
            }
            prioritisation.rescore(id, changes);
            model.addAttribute("scoresSaved", true);
        } catch (NumberFormatException e) {
            scoresRefused(422, form, List.of(text("ahp.score.range")), response, model);
        } catch (InvalidInputException e) {
            scoresRefused(
                    422,
                    form,
                    e.problems().stream()
                            .map(p -> text(p.messageKey(), p.arguments()))
                            .toList(),
                    response,
                    model);
        } catch (ConflictException e) {
            scoresRefused(409, form, List.of(text(e.messageKey(), e.arguments())), response, model);
        }
        return render(masterplan, prioritisation.weighting(id), request, model);
    }

    private static void scoresRefused(
            int status, Map<String, String> form, List<String> errors, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("scoreErrors", errors);
        model.addAttribute("input", form);
    }

    private static Integer score(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static Long version(Map<String, String> form) {
        String text = form.get("version");
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
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

    /**
     * The criteria's names to show: the team's own names as they wrote them, and the usual six,
     * while they keep their Indonesian names, in the reader's language.
     */
    private Map<String, String> names(List<Criterion> criteria) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new HashMap<>();
        criteria.forEach(c -> names.put(
                c.code(),
                Prioritisation.DEFAULT_CRITERIA.contains(c)
                        ? messages.getMessage("prioritisation.criterion." + c.code(), null, c.name(), locale)
                        : c.name()));
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
