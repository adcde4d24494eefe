package id.rancang.monitoring.web;

import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.monitoring.Evaluation;
import id.rancang.monitoring.EvaluationCommand;
import id.rancang.monitoring.EvaluationDimension;
import id.rancang.monitoring.EvaluationReports;
import id.rancang.monitoring.Evaluations;
import id.rancang.monitoring.MonitoringCharts;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Numbers;
import id.rancang.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A masterplan's yearly evaluations (assessors add one per year), their reports as PDF and DOCX,
 * and the national ranking with the distribution of indices and the year's weights.
 */
@Controller
class EvaluationController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Evaluations evaluations;
    private final EvaluationReports reports;
    private final Masterplans masterplans;
    private final Frameworks frameworks;
    private final AccessControl access;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    EvaluationController(
            Evaluations evaluations,
            EvaluationReports reports,
            Masterplans masterplans,
            Frameworks frameworks,
            AccessControl access,
            MessageSource messages,
            Clock clock,
            ZoneId displayZone) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.masterplans = masterplans;
        this.frameworks = frameworks;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
        this.zone = displayZone;
    }

    @GetMapping("/masterplans/{id}/evaluations")
    String list(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.get(id);
        List<Evaluation> recorded = evaluations.list(id);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("evaluations", recorded);
        model.addAttribute("dimensionNames", dimensionNames(masterplan, recorded));
        model.addAttribute("mayAssess", access.can(masterplan.regionCode(), Permission.REVIEW));
        model.addAttribute("dimensions", EvaluationDimension.values());
        model.addAttribute(
                "years",
                masterplan.period().years().stream().map(Year::getValue).toList());
        model.addAttribute("form", new HashMap<String, String>());
        return "monitoring/evaluations";
    }

    @PostMapping("/masterplans/{id}/evaluations")
    String create(
            @PathVariable long id, @RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
        List<String> errors = new ArrayList<>();
        EvaluationCommand command = command(form, null, null, errors);
        if (errors.isEmpty()) {
            try {
                evaluations.create(id, command);
                return "redirect:/masterplans/" + id + "/evaluations";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(p.field() + ": " + text(p.messageKey(), p.arguments())));
            } catch (ConflictException e) {
                errors.add(text(e.messageKey(), e.arguments()));
            }
        }
        response.setStatus(422);
        list(id, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "monitoring/evaluations";
    }

    /** The evaluations page with the form prefilled from a recorded evaluation, to correct it. */
    @GetMapping("/masterplans/{id}/evaluations/{evaluationId}/edit")
    String edit(@PathVariable long id, @PathVariable long evaluationId, Model model) {
        Evaluation evaluation = evaluations.get(id, evaluationId);
        list(id, model);
        model.addAttribute("editing", evaluation);
        model.addAttribute("form", prefilled(evaluation));
        return "monitoring/evaluations";
    }

    @PostMapping("/masterplans/{id}/evaluations/{evaluationId}")
    String update(
            @PathVariable long id,
            @PathVariable long evaluationId,
            @RequestParam Map<String, String> form,
            HttpServletResponse response,
            Model model) {
        Evaluation evaluation = evaluations.get(id, evaluationId);
        List<String> errors = new ArrayList<>();
        Long version = null;
        try {
            version = Long.valueOf(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            errors.add(text("evaluation.version.required"));
        }
        // The form does not show the scores per smart city dimension; a correction keeps them.
        Map<String, BigDecimal> dimensionScores =
                evaluation.dimensionScores().isEmpty() ? null : evaluation.dimensionScores();
        EvaluationCommand command = command(form, dimensionScores, version, errors);
        int status = 422;
        if (errors.isEmpty()) {
            try {
                evaluations.update(id, evaluationId, command);
                return "redirect:/masterplans/" + id + "/evaluations";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(p.field() + ": " + text(p.messageKey(), p.arguments())));
            } catch (ConflictException e) {
                status = 409;
                errors.add(text(e.messageKey(), e.arguments()));
            } catch (OptimisticLockingFailureException e) {
                // The writer's entries stay, over the saved version, so that saving again
                // replaces the other correction knowingly.
                status = 409;
                form = new HashMap<>(form);
                form.put("version", String.valueOf(evaluation.version()));
                errors.add(text("evaluation.conflict", evaluation.year(), evaluation.index()));
            }
        }
        response.setStatus(status);
        list(id, model);
        model.addAttribute("editing", evaluation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "monitoring/evaluations";
    }

    @PostMapping("/masterplans/{id}/evaluations/{evaluationId}/delete")
    String delete(@PathVariable long id, @PathVariable long evaluationId) {
        evaluations.delete(id, evaluationId);
        return "redirect:/masterplans/" + id + "/evaluations";
    }

    private EvaluationCommand command(
            Map<String, String> form, Map<String, BigDecimal> dimensionScores, Long version, List<String> errors) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, BigDecimal> self = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        for (EvaluationDimension d : EvaluationDimension.values()) {
            put(weights, d.key(), form.get("weight_" + d.key()), errors);
            put(scores, d.key(), form.get("score_" + d.key()), errors);
            put(self, d.key(), form.get("self_" + d.key()), errors);
            String text = form.get("evidence_" + d.key());
            if (text != null && !text.isBlank()) {
                evidence.put(d.key(), text);
            }
        }
        Integer year = null;
        try {
            year = Integer.valueOf(form.getOrDefault("year", "").strip());
        } catch (NumberFormatException e) {
            errors.add(text("evaluation.year.required"));
        }
        return new EvaluationCommand(
                year,
                weights.isEmpty() ? null : weights,
                scores,
                self.isEmpty() ? null : self,
                evidence,
                dimensionScores,
                form.get("strengths"),
                form.get("weaknesses"),
                form.get("recommendations"),
                version);
    }

    /** The smart city dimensions scored in {@code recorded}, named in the reader's language. */
    private Map<String, String> dimensionNames(Masterplan masterplan, List<Evaluation> recorded) {
        Locale locale = LocaleContextHolder.getLocale();
        Framework framework = frameworks.find(masterplan.framework()).orElse(null);
        Map<String, String> names = new HashMap<>();
        recorded.forEach(e -> e.dimensionScores()
                .keySet()
                .forEach(code -> names.put(code, framework == null ? code : framework.dimensionName(code, locale))));
        return names;
    }

    private static Map<String, String> prefilled(Evaluation evaluation) {
        Map<String, String> form = new HashMap<>();
        form.put("year", String.valueOf(evaluation.year()));
        form.put("version", String.valueOf(evaluation.version()));
        for (Evaluation.Score s : evaluation.scores()) {
            form.put("weight_" + s.key(), plain(s.weight()));
            form.put("score_" + s.key(), plain(s.score()));
            form.put("self_" + s.key(), plain(s.selfScore()));
            form.put("evidence_" + s.key(), s.evidence());
        }
        form.put("strengths", evaluation.strengths());
        form.put("weaknesses", evaluation.weaknesses());
        form.put("recommendations", evaluation.recommendations());
        return form;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @GetMapping("/masterplans/{id}/evaluations/{evaluationId}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long evaluationId) {
        return file(
                reports.pdf(id, evaluationId, LocaleContextHolder.getLocale()),
                MediaType.APPLICATION_PDF,
                "evaluasi-" + evaluationId + ".pdf");
    }

    @GetMapping("/masterplans/{id}/evaluations/{evaluationId}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable long evaluationId) {
        return file(
                reports.docx(id, evaluationId, LocaleContextHolder.getLocale()),
                DOCX,
                "evaluasi-" + evaluationId + ".docx");
    }

    @GetMapping("/evaluations")
    String ranking(@RequestParam(required = false) Integer year, Model model) {
        int shown = year != null
                ? year
                : evaluations
                        .latestYear()
                        .orElseGet(() -> Year.now(clock.withZone(zone)).getValue() - 1);
        int[] bands = evaluations.distribution(shown);
        model.addAttribute("year", shown);
        model.addAttribute("ranking", evaluations.ranking(shown));
        model.addAttribute("bands", bands);
        model.addAttribute(
                "chart",
                MonitoringCharts.distribution(
                        "distribution",
                        bands,
                        text("evaluation.distribution.title", shown),
                        text("evaluation.distribution.description")));
        model.addAttribute("weights", keyed(evaluations.weights(shown)));
        model.addAttribute("mayEditWeights", evaluations.mayEditWeights());
        model.addAttribute("dimensions", EvaluationDimension.values());
        return "monitoring/ranking";
    }

    @PostMapping("/evaluations/weights")
    String weights(
            @RequestParam int year, @RequestParam Map<String, String> form, HttpServletResponse response, Model model) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (EvaluationDimension d : EvaluationDimension.values()) {
            put(weights, d.key(), form.get("weight_" + d.key()), errors);
        }
        if (errors.isEmpty()) {
            try {
                evaluations.setWeights(year, weights);
                return "redirect:/evaluations?year=" + year;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(p.field() + ": " + text(p.messageKey(), p.arguments())));
            }
        }
        response.setStatus(422);
        ranking(year, model);
        model.addAttribute("errors", errors);
        return "monitoring/ranking";
    }

    private static Map<String, BigDecimal> keyed(Map<EvaluationDimension, BigDecimal> weights) {
        Map<String, BigDecimal> keyed = new LinkedHashMap<>();
        weights.forEach((d, w) -> keyed.put(d.key(), w));
        return keyed;
    }

    private void put(Map<String, BigDecimal> into, String key, String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return;
        }
        Numbers.decimal(value, LocaleContextHolder.getLocale())
                .ifPresentOrElse(
                        number -> into.put(key, number),
                        () -> errors.add(text("evaluation.number", text("evaluation.dimension." + key))));
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
