package id.rancang.monitoring.web;

import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.monitoring.EvidenceFile;
import id.rancang.monitoring.Monitoring;
import id.rancang.monitoring.MonitoringCharts;
import id.rancang.monitoring.MonitoringReport;
import id.rancang.monitoring.OpenData;
import id.rancang.monitoring.ProgressCommand;
import id.rancang.monitoring.ProgressStatus;
import id.rancang.monitoring.RealisationCommand;
import id.rancang.monitoring.Reminders;
import id.rancang.monitoring.UpdatesDue;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Numbers;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Formats;
import id.rancang.shared.web.Htmx;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.Indicators;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The monitoring page of a masterplan and year: achievement per indicator, programme status per
 * dimension (charts with their tables), what each office still owes, and inline updates with htmx
 * (the same handlers serve whole pages without JavaScript).
 */
@Controller
@RequestMapping("/masterplans/{id}/monitoring")
class MonitoringController {

    private static final String PAGE = "monitoring/page";

    private final Monitoring monitoring;
    private final Masterplans masterplans;
    private final Indicators indicators;
    private final Frameworks frameworks;
    private final AccessControl access;
    private final MessageSource messages;
    private final Reminders reminders;
    private final OpenData openData;

    private final Formats formats;

    MonitoringController(
            Monitoring monitoring,
            Reminders reminders,
            OpenData openData,
            Masterplans masterplans,
            Indicators indicators,
            Frameworks frameworks,
            AccessControl access,
            MessageSource messages,
            Formats formats) {
        this.formats = formats;
        this.monitoring = monitoring;
        this.reminders = reminders;
        this.openData = openData;
        this.masterplans = masterplans;
        this.indicators = indicators;
        this.frameworks = frameworks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? monitoring.reportingYear(id) : year;
        fill(id, shown, model);
        return PAGE;
    }

    @GetMapping("/{year}/indicators/{indicatorId}/edit")
    String editIndicator(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable long indicatorId,
            HttpServletRequest request,
            Model model) {
        mayUpdate(putRow(id, year, model, "i", report -> indicatorRow(report, indicatorId))
                .mayUpdate());
        return edit(id, year, request, model, "indicatorEdit", "editIndicator", indicatorId);
    }

    @GetMapping("/{year}/indicators/{indicatorId}")
    String indicatorRow(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable long indicatorId,
            HttpServletRequest request,
            Model model) {
        return row(id, year, request, model, "i", report -> indicatorRow(report, indicatorId), "indicatorRow");
    }

    @PostMapping("/{year}/indicators/{indicatorId}")
    String saveIndicator(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable long indicatorId,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String evidenceUrl,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<String> errors = new ArrayList<>();
        BigDecimal parsed = null;
        if (value == null || value.isBlank()) {
            errors.add(text("realisation.value.required"));
        } else {
            parsed = Numbers.decimal(value, locale()).orElse(null);
            if (parsed == null) {
                errors.add(text("realisation.value.format"));
            }
        }
        if (evidenceUrl != null
                && !evidenceUrl.isBlank()
                && !evidenceUrl.strip().matches("https?://\\S+")) {
            errors.add(text("realisation.evidenceUrl.format"));
        }
        BigDecimal read = parsed;
        return answer(
                errors,
                () -> monitoring.recordRealisation(
                        id, indicatorId, year, new RealisationCommand(read, note, evidenceUrl, version)),
                id,
                year,
                request,
                response,
                model,
                () -> indicatorRow(id, year, indicatorId, request, model),
                () -> editIndicator(id, year, indicatorId, request, model),
                () -> {
                    BigDecimal current = ((MonitoringReport.IndicatorResult) model.getAttribute("i")).actual();
                    return text("realisation.conflict.form", current == null ? "–" : current);
                });
    }

    @PostMapping("/{year}/indicators/{indicatorId}/evidence")
    String uploadEvidence(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable long indicatorId,
            @RequestParam(value = "file", required = false) MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            monitoring.attachEvidence(
                    id,
                    indicatorId,
                    year,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            return "redirect:/masterplans/" + id + "/monitoring?year=" + year;
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "errors",
                    e.problems().stream()
                            .map(p -> text(p.messageKey(), p.arguments()))
                            .toList());
            return editIndicator(id, year, indicatorId, request, model);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GetMapping("/{year}/indicators/{indicatorId}/evidence")
    org.springframework.http.ResponseEntity<byte[]> evidence(
            @PathVariable long id, @PathVariable int year, @PathVariable long indicatorId) {
        EvidenceFile file = monitoring
                .evidence(id, indicatorId, year)
                .orElseThrow(() -> new id.rancang.shared.NotFoundException("evidence " + indicatorId));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(monitoring.evidenceContent(id, indicatorId, year));
    }

    @GetMapping("/{year}/programmes/{code}/edit")
    String editProgramme(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable String code,
            HttpServletRequest request,
            Model model) {
        mayUpdate(putRow(id, year, model, "p", report -> programmeRow(report, code))
                .mayUpdate());
        model.addAttribute("statuses", ProgressStatus.values());
        return edit(id, year, request, model, "programmeEdit", "editProgramme", code);
    }

    @GetMapping("/{year}/programmes/{code}")
    String programmeRow(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable String code,
            HttpServletRequest request,
            Model model) {
        return row(id, year, request, model, "p", report -> programmeRow(report, code), "programmeRow");
    }

    @PostMapping("/{year}/programmes/{code}")
    String saveProgramme(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String percentComplete,
            @RequestParam(required = false) String budgetRealised,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<String> errors = new ArrayList<>();
        ProgressStatus parsedStatus = null;
        try {
            parsedStatus = status == null ? null : ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add(text("progress.status.required"));
        }
        BigDecimal percent = null;
        if (percentComplete != null && !percentComplete.isBlank()) {
            percent = Numbers.decimal(percentComplete, locale()).orElse(null);
            if (percent == null) {
                errors.add(text("progress.percentComplete.format"));
            }
        }
        Long budget = null;
        if (budgetRealised != null && !budgetRealised.isBlank()) {
            budget = Numbers.wholeRupiah(budgetRealised, locale()).orElse(null);
            if (budget == null) {
                errors.add(
                        wholeButOutOfRange(budgetRealised)
                                ? text("progress.budgetRealised.range", Monitoring.MAX_BUDGET_REALISED_TEXT)
                                : text("progress.budgetRealised.format"));
            }
        }
        ProgressStatus chosen = parsedStatus;
        BigDecimal percentRead = percent;
        Long budgetRead = budget;
        return answer(
                errors,
                () -> monitoring.recordProgress(
                        id, code, year, new ProgressCommand(chosen, percentRead, budgetRead, version)),
                id,
                year,
                request,
                response,
                model,
                () -> programmeRow(id, year, code, request, model),
                () -> editProgramme(id, year, code, request, model),
                () -> {
                    MonitoringReport.ProgrammeResult current =
                            (MonitoringReport.ProgrammeResult) model.getAttribute("p");
                    return text(
                            "progress.conflict.form",
                            text("monitoring.status." + current.status().name()),
                            current.percentComplete());
                });
    }

    /**
     * Saves a row unless its input already has errors, and answers: the updated row for htmx or the
     * page again; else the row's form with the writer's input and the errors (422), or, when
     * someone else saved the row after the form was opened, with the writer's input over the
     * current version and what is saved now (409), so that saving again replaces it knowingly.
     */
    private String answer(
            List<String> errors,
            Runnable save,
            long id,
            int year,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Supplier<String> row,
            Supplier<String> form,
            Supplier<String> staleText) {
        boolean stale = false;
        if (errors.isEmpty()) {
            try {
                save.run();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(text(p.messageKey(), p.arguments())));
            } catch (ConflictException e) {
                stale = true;
            }
        }
        if (errors.isEmpty() && !stale) {
            return Htmx.isHtmx(request) ? row.get() : "redirect:/masterplans/" + id + "/monitoring?year=" + year;
        }
        response.setStatus(stale ? 409 : 422);
        Map<String, String> input = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> input.put(name, values.length == 0 ? "" : values[0]));
        model.addAttribute("input", input);
        String view = form.get();
        if (stale) {
            errors.add(staleText.get());
        }
        model.addAttribute("errors", errors);
        return view;
    }

    private void fill(long id, int year, Model model) {
        Masterplan masterplan = masterplans.get(id);
        MonitoringReport report = monitoring.report(id, year);
        Locale locale = LocaleContextHolder.getLocale();
        Framework framework = frameworks.find(masterplan.framework()).orElse(null);
        Map<String, String> dimensionNames = new LinkedHashMap<>();
        report.programmesRunningShare()
                .keySet()
                .forEach(code ->
                        dimensionNames.put(code, framework == null ? code : framework.dimensionName(code, locale)));
        Map<String, Map<ProgressStatus, Integer>> byDimension = new TreeMap<>();
        report.programmes()
                .forEach(p -> byDimension
                        .computeIfAbsent(p.dimension(), d -> new EnumMap<>(ProgressStatus.class))
                        .merge(p.status(), 1, Integer::sum));
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("year", year);
        model.addAttribute(
                "years",
                masterplan.period().years().stream().map(y -> y.getValue()).toList());
        model.addAttribute("report", report);
        model.addAttribute("dimensionNames", dimensionNames);
        model.addAttribute("byDimension", byDimension);
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute(
                "statusChart",
                MonitoringCharts.programmeStatus(
                        "status-chart",
                        byDimension,
                        code -> dimensionNames.getOrDefault(code, code),
                        s -> text("monitoring.status." + s.name()),
                        text("monitoring.statusChart.title", year),
                        text("monitoring.statusChart.description")));
        List<IndicatorTrend> trends = new ArrayList<>();
        Map<Long, SortedMap<Integer, BigDecimal>> actuals = monitoring.actuals(id);
        List<Integer> years =
                masterplan.period().years().stream().map(y -> y.getValue()).toList();
        for (Indicator indicator : indicators.list(id)) {
            SortedMap<Integer, BigDecimal> actual = actuals.getOrDefault(indicator.id(), new TreeMap<>());
            trends.add(new IndicatorTrend(
                    indicator,
                    years.stream().map(y -> indicator.targets().get(y)).toList(),
                    years.stream().map(actual::get).toList(),
                    MonitoringCharts.indicatorTrend(
                            "trend-" + indicator.id(),
                            years,
                            indicator.targets(),
                            actual,
                            text("monitoring.trend.title", indicator.name()),
                            text("monitoring.trend.description", indicator.name(), indicator.unit()),
                            text("monitoring.target"),
                            text("monitoring.actual"),
                            formats::decimal)));
        }
        model.addAttribute("trends", trends);
        Optional<String> myOffice = monitoring.myOffice(id);
        List<UpdatesDue> due = monitoring.updatesDue(id, year);
        model.addAttribute("myOffice", myOffice.orElse(null));
        model.addAttribute(
                "myDue",
                myOffice.flatMap(o -> due.stream()
                                .filter(d -> d.officeCode().equalsIgnoreCase(o))
                                .findFirst())
                        .orElse(null));
        boolean administers = access.can(masterplan.regionCode(), Permission.ADMINISTER);
        model.addAttribute("administers", administers);
        model.addAttribute("due", administers ? due : List.of());
        model.addAttribute("published", openData.published(id));
        model.addAttribute(
                "reminders",
                reminders.sent(id).stream()
                        .filter(r -> administers
                                || myOffice.map(o -> o.equalsIgnoreCase(r.officeCode()))
                                        .orElse(false))
                        .toList());
    }

    /** An indicator with its actual values and its chart. */
    record IndicatorTrend(Indicator indicator, List<BigDecimal> targetRow, List<BigDecimal> actualRow, String svg) {}

    /** A row of the table: the fragment for htmx, else the whole page. */
    private <R> String row(
            long id,
            int year,
            HttpServletRequest request,
            Model model,
            String name,
            Function<MonitoringReport, R> find,
            String fragment) {
        if (!Htmx.isHtmx(request)) {
            fill(id, year, model);
            return PAGE;
        }
        putRow(id, year, model, name, find);
        return PAGE + " :: " + fragment;
    }

    /** The form of a row (put in the model first): the fragment for htmx, else the page with it open. */
    private String edit(
            long id,
            int year,
            HttpServletRequest request,
            Model model,
            String fragment,
            String editAttribute,
            Object editKey) {
        if (Htmx.isHtmx(request)) {
            return PAGE + " :: " + fragment;
        }
        fill(id, year, model);
        model.addAttribute(editAttribute, editKey);
        return PAGE;
    }

    /** 403 unless the current user may update the row. */
    private static void mayUpdate(boolean mayUpdate) {
        if (!mayUpdate) {
            throw new ForbiddenException();
        }
    }

    /**
     * Puts the masterplan, the year and one row of the year's report, found by {@code find}, into
     * the model under {@code name}, as a row fragment and its edit form need them.
     */
    private <R> R putRow(long id, int year, Model model, String name, Function<MonitoringReport, R> find) {
        MonitoringReport report = monitoring.report(id, year);
        model.addAttribute("masterplan", masterplans.get(id));
        model.addAttribute("year", year);
        R row = find.apply(report);
        model.addAttribute(name, row);
        return row;
    }

    private static MonitoringReport.IndicatorResult indicatorRow(MonitoringReport report, long indicatorId) {
        return report.indicators().stream()
                .filter(i -> i.id() == indicatorId)
                .findFirst()
                .orElseThrow(() -> new id.rancang.shared.NotFoundException("indicator " + indicatorId));
    }

    private static MonitoringReport.ProgrammeResult programmeRow(MonitoringReport report, String code) {
        return report.programmes().stream()
                .filter(p -> p.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new id.rancang.shared.NotFoundException("programme " + code));
    }

    /** A whole number that is not a rupiah amount the form takes: negative, or too large. */
    private static boolean wholeButOutOfRange(String text) {
        return Numbers.decimal(text, locale())
                .filter(n -> n.signum() < 0 || n.stripTrailingZeros().scale() <= 0)
                .isPresent();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
