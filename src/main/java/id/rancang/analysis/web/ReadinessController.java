package id.rancang.analysis.web;

import id.rancang.analysis.RadarChart;
import id.rancang.analysis.RatingsCommand;
import id.rancang.analysis.Readiness;
import id.rancang.analysis.ReadinessModel;
import id.rancang.analysis.ReadinessRating;
import id.rancang.analysis.ReadinessSummary;
import id.rancang.analysis.SwotCommand;
import id.rancang.analysis.SwotItem;
import id.rancang.analysis.SwotKind;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The readiness analysis: per sub-element a rating (current and required, 1–5) and its SWOT items,
 * each sub-element exchanged on its own with htmx; and the summary with the radar chart.
 */
@Controller
@RequestMapping("/masterplans/{id}/readiness")
class ReadinessController {

    private static final String PAGE = "analysis/readiness";

    private final Readiness readiness;
    private final AnalysisPages pages;
    private final MessageSource messages;

    ReadinessController(Readiness readiness, AnalysisPages pages, MessageSource messages) {
        this.readiness = readiness;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        prepare(id, model);
        return PAGE;
    }

    @PostMapping("/ratings")
    String rate(
            @PathVariable long id,
            @RequestParam String subElement,
            @RequestParam(required = false) Integer current,
            @RequestParam(required = false) Integer required,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            readiness.rate(
                    id,
                    new RatingsCommand(
                            List.of(new RatingsCommand.Rating(subElement, current, required, note, version))));
            model.addAttribute("saved", subElement);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            errors(e, subElement, model);
            keepInput(current, required, note, model);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            // The rating saved now shows in the message; the writer's entries stay in the form,
            // over the saved version, so that saving again replaces it knowingly.
            response.setStatus(409);
            ReadinessRating saved = readiness.ratings(id).stream()
                    .filter(r -> r.subElement().equals(subElement))
                    .findFirst()
                    .orElse(null);
            model.addAttribute("fieldErrors", Map.of());
            model.addAttribute("errorSub", subElement);
            model.addAttribute(
                    "ratingConflict",
                    messages.getMessage(
                            "analysis.rating.conflict.form",
                            new Object[] {saved == null ? "–" : saved.current(), saved == null ? "–" : saved.required()
                            },
                            LocaleContextHolder.getLocale()));
            keepInput(current, required, note, model);
        }
        return answer(id, subElement, request, model);
    }

    private static void keepInput(Integer current, Integer required, String note, Model model) {
        Map<String, Object> input = new HashMap<>();
        input.put("current", current);
        input.put("required", required);
        input.put("note", note);
        model.addAttribute("ratingInput", input);
    }

    @PostMapping("/swot")
    String addSwot(
            @PathVariable long id,
            @RequestParam String subElement,
            @RequestParam(required = false) SwotKind kind,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String dimension,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            readiness.addSwot(id, new SwotCommand(subElement, kind, text, dimension));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            errors(e, subElement, model);
            model.addAttribute("swotText", text);
        }
        return answer(id, subElement, request, model);
    }

    @PostMapping("/swot/{swotId}/delete")
    String deleteSwot(@PathVariable long id, @PathVariable long swotId, HttpServletRequest request, Model model) {
        SwotItem item = readiness.swot(id).stream()
                .filter(s -> s.id() == swotId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("readiness-swot " + swotId));
        readiness.deleteSwot(id, swotId);
        return answer(id, item.subElement(), request, model);
    }

    @GetMapping("/summary")
    String summary(@PathVariable long id, Model model) {
        prepare(id, model);
        ReadinessSummary summary = readiness.summary(id);
        model.addAttribute("summary", summary);
        model.addAttribute("radar", radar(summary));
        return "analysis/readiness-summary";
    }

    @GetMapping(path = "/radar.svg", produces = "image/svg+xml")
    ResponseEntity<String> radarSvg(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/svg+xml"))
                .body(radar(readiness.summary(id)));
    }

    private String answer(long id, String subElement, HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request) && !model.containsAttribute("fieldErrors")) {
            return "redirect:/masterplans/" + id + "/readiness#sub-" + subElement.replace('.', '-');
        }
        prepare(id, model);
        ReadinessModel.SubElement sub = readiness
                .model()
                .subElement(subElement)
                .orElseThrow(() -> new NotFoundException("sub-element " + subElement));
        model.addAttribute("sub", sub);
        return Htmx.view(request, PAGE, "subElement");
    }

    private void prepare(long id, Model model) {
        pages.prepare(id, model);
        Map<String, ReadinessRating> ratings = readiness.ratings(id).stream()
                .collect(Collectors.toMap(ReadinessRating::subElement, Function.identity()));
        Map<String, Map<SwotKind, List<SwotItem>>> swot = new HashMap<>();
        for (SwotItem item : readiness.swot(id)) {
            swot.computeIfAbsent(item.subElement(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(item.kind(), k -> new java.util.ArrayList<>())
                    .add(item);
        }
        model.addAttribute("readinessModel", readiness.model());
        model.addAttribute("ratings", ratings);
        model.addAttribute("swot", swot);
        model.addAttribute("kinds", SwotKind.values());
    }

    private void errors(InvalidInputException e, String subElement, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new HashMap<>();
        e.problems()
                .forEach(p -> errors.merge(
                        p.field().replaceFirst("^ratings\\[0]\\.", ""),
                        messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale),
                        (a, b) -> a + " " + b));
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("errorSub", subElement);
    }

    private String radar(ReadinessSummary summary) {
        Locale locale = LocaleContextHolder.getLocale();
        ReadinessModel model = readiness.model();
        List<RadarChart.Axis> axes = summary.subElements().stream()
                .map(s -> new RadarChart.Axis(
                        model.subElement(s.code()).orElseThrow().name().in(locale), s.current(), s.required()))
                .toList();
        return RadarChart.svg(
                axes,
                messages.getMessage("analysis.radar.title", null, locale),
                messages.getMessage("analysis.radar.description", null, locale),
                messages.getMessage("analysis.rating.current", null, locale),
                messages.getMessage("analysis.rating.required", null, locale));
    }
}
