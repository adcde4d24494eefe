package id.rancang.bimtek.web;

import id.rancang.bimtek.CohortCommand;
import id.rancang.bimtek.Participants;
import id.rancang.bimtek.Session;
import id.rancang.bimtek.Sessions;
import id.rancang.bimtek.Stage;
import id.rancang.bimtek.StageDatesCommand;
import id.rancang.bimtek.StageOutput;
import id.rancang.bimtek.Stages;
import id.rancang.bimtek.TickOutputCommand;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
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
 * The Bimtek of a masterplan: the four stages with their dates and outputs checklist, and the
 * sessions. With htmx a tick, a date change or closing a stage exchanges only that stage's card.
 */
@Controller
@RequestMapping("/masterplans/{id}/bimtek")
class BimtekController {

    private static final String PAGE = "bimtek/overview";

    private final Masterplans masterplans;
    private final Stages stages;
    private final Sessions sessions;
    private final Participants participants;
    private final Regions regions;
    private final AccessControl access;
    private final MessageSource messages;

    BimtekController(
            Masterplans masterplans,
            Stages stages,
            Sessions sessions,
            Participants participants,
            Regions regions,
            AccessControl access,
            MessageSource messages) {
        this.masterplans = masterplans;
        this.stages = stages;
        this.sessions = sessions;
        this.participants = participants;
        this.regions = regions;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String overview(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.get(id);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("region", regions.find(masterplan.regionCode()).orElseThrow());
        model.addAttribute("stages", stages.list(id));
        List<Session> all = sessions.list(id);
        model.addAttribute("sessions", all);
        model.addAttribute("participantCount", participants.list(id).size());
        model.addAttribute("cohort", stages.cohort(id).orElse(null));
        permissions(masterplan, model);
        return PAGE;
    }

    @PostMapping("/stages/{number}")
    String dates(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(required = false) String plannedStart,
            @RequestParam(required = false) String plannedEnd,
            @RequestParam(required = false) String actualStart,
            @RequestParam(required = false) String actualEnd,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.get(id);
        try {
            stages.updateDates(
                    id,
                    number,
                    new StageDatesCommand(date(plannedStart), date(plannedEnd), date(actualStart), date(actualEnd)));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            // Every refused date, each after its label ("Rencana mulai: ...").
            model.addAttribute(
                    "stageError",
                    e.problems().stream()
                            .map(p -> text("bimtek.stage." + p.field()) + ": " + text(p.messageKey(), p.arguments()))
                            .collect(Collectors.joining(" ")));
        } catch (DateTimeParseException e) {
            response.setStatus(422);
            model.addAttribute("stageError", text("error.field.type"));
        }
        return stage(masterplan, number, request, model);
    }

    @PostMapping("/cohort")
    String cohort(
            @PathVariable long id,
            @RequestParam(required = false) String cohortYear,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        masterplans.get(id);
        try {
            Integer year = cohortYear == null || cohortYear.isBlank() ? null : Integer.valueOf(cohortYear.strip());
            stages.setCohort(id, new CohortCommand(year));
            model.addAttribute("cohortSaved", true);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "cohortError",
                    text(e.problems().get(0).messageKey(), e.problems().get(0).arguments()));
        } catch (NumberFormatException e) {
            response.setStatus(422);
            model.addAttribute("cohortError", text("error.field.type"));
        }
        if (!Htmx.isHtmx(request) && response.getStatus() < 400) {
            return "redirect:/masterplans/" + id + "/bimtek";
        }
        overview(id, model);
        return Htmx.view(request, PAGE, "cohort");
    }

    @PostMapping("/outputs/{code}")
    String tick(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Boolean seenDone,
            @RequestParam(required = false) String seenNote,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.get(id);
        int number = 1;
        // The form sends what it showed, so that a change made meanwhile is not overwritten.
        TickOutputCommand seen = seenDone == null ? null : new TickOutputCommand(seenDone, seenNote);
        try {
            number = stages.tick(id, code, new TickOutputCommand(done, note), seen)
                    .number();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "stageError",
                    text(e.problems().get(0).messageKey(), e.problems().get(0).arguments()));
            number = StageOutput.find(code).map(o -> o.stage()).orElse(1);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("stageError", text(e.messageKey(), e.arguments()));
            number = StageOutput.find(code).map(o -> o.stage()).orElse(1);
        }
        return stage(masterplan, number, request, model);
    }

    @PostMapping("/stages/{number}/close")
    String close(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(required = false) boolean closeWithOpenOutputs,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        masterplans.get(id);
        try {
            stages.close(id, number, closeWithOpenOutputs);
        } catch (ConflictException e) {
            response.setStatus(409);
            if ("bimtek.stage.openOutputs".equals(e.messageKey())) {
                // Outputs found open since the page was shown: name them as the page does.
                List<String> open = stages.get(id, number).outputs().stream()
                        .filter(o -> !o.done())
                        .map(o -> text(o.output().messageKey()))
                        .toList();
                model.addAttribute("stageError", text(e.messageKey(), number, open.size(), String.join(", ", open)));
            } else {
                model.addAttribute("stageError", text(e.messageKey(), e.arguments()));
            }
        }
        if (!Htmx.isHtmx(request) && response.getStatus() < 400) {
            return "redirect:/masterplans/" + id + "/bimtek";
        }
        overview(id, model);
        return Htmx.view(request, PAGE, "stages");
    }

    private String stage(Masterplan masterplan, int number, HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request) && !model.containsAttribute("stageError")) {
            return "redirect:/masterplans/" + masterplan.id() + "/bimtek";
        }
        if (!Htmx.isHtmx(request)) {
            return overview(masterplan.id(), model);
        }
        Stage stage = stages.get(masterplan.id(), number);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("stage", stage);
        model.addAttribute("single", true);
        permissions(masterplan, model);
        return PAGE + " :: stage";
    }

    private void permissions(Masterplan masterplan, Model model) {
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        model.addAttribute("mayTick", stages.mayManage(masterplan, Permission.EDIT));
        model.addAttribute("mayClose", stages.mayManage(masterplan, Permission.ADMINISTER));
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
