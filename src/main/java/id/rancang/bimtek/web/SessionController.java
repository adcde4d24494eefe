package id.rancang.bimtek.web;

import id.rancang.analysis.InitiativeType;
import id.rancang.bimtek.AttendanceCommand;
import id.rancang.bimtek.AttendancePdf;
import id.rancang.bimtek.AttendanceSheet;
import id.rancang.bimtek.Attendee;
import id.rancang.bimtek.ICalendar;
import id.rancang.bimtek.Materials;
import id.rancang.bimtek.Participants;
import id.rancang.bimtek.Presence;
import id.rancang.bimtek.Session;
import id.rancang.bimtek.SessionCommand;
import id.rancang.bimtek.SessionCommand.ActionItemCommand;
import id.rancang.bimtek.SessionCommand.AgendaItemCommand;
import id.rancang.bimtek.SessionInputCommand;
import id.rancang.bimtek.SessionInputKind;
import id.rancang.bimtek.SessionInputs;
import id.rancang.bimtek.SessionMode;
import id.rancang.bimtek.Sessions;
import id.rancang.bimtek.SpeakerRole;
import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Region;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.IndonesianTimeZone;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A session's page: details, agenda, minutes, action items, attendance and materials; the form to
 * plan or change it; the attendance sheet and calendar downloads. Agenda, action items and
 * attendance are exchanged as fragments with htmx.
 */
@Controller
@RequestMapping("/masterplans/{id}/bimtek/sessions")
class SessionController {

    private static final String PAGE = "bimtek/session";
    private static final String FORM = "bimtek/session-form";
    private static final Set<String> FORM_FIELDS =
            Set.of("stage", "title", "startsAt", "endsAt", "mode", "venue", "onlineUrl", "openedBy", "minutes");

    private final Masterplans masterplans;
    private final Sessions sessions;
    private final Participants participants;
    private final Materials materials;
    private final SessionInputs inputs;
    private final Frameworks frameworks;
    private final Regions regions;
    private final AccessControl access;
    private final MessageSource messages;
    private final Clock clock;

    SessionController(
            Masterplans masterplans,
            Sessions sessions,
            Participants participants,
            Materials materials,
            SessionInputs inputs,
            Frameworks frameworks,
            Regions regions,
            AccessControl access,
            MessageSource messages,
            Clock clock) {
        this.masterplans = masterplans;
        this.sessions = sessions;
        this.participants = participants;
        this.materials = materials;
        this.inputs = inputs;
        this.frameworks = frameworks;
        this.regions = regions;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        model.addAttribute("form", SessionForm.empty(masterplan.stage()));
        return form(masterplan, null, model);
    }

    @PostMapping
    String create(
            @PathVariable long id,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        SessionCommand command = command(form, masterplan, binding, false);
        if (command != null) {
            try {
                Session created = sessions.create(id, command);
                return "redirect:/masterplans/" + id + "/bimtek/sessions/" + created.id();
            } catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        response.setStatus(422);
        return form(masterplan, null, model);
    }

    @GetMapping("/{sessionId}")
    String show(@PathVariable long id, @PathVariable long sessionId, Model model) {
        return page(id, sessionId, model);
    }

    @GetMapping("/{sessionId}/edit")
    String edit(@PathVariable long id, @PathVariable long sessionId, Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Session session = sessions.get(id, sessionId);
        model.addAttribute("form", SessionForm.of(session));
        return form(masterplan, session, model);
    }

    @PostMapping("/{sessionId}")
    String update(
            @PathVariable long id,
            @PathVariable long sessionId,
            @ModelAttribute("form") SessionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        Session current = sessions.get(id, sessionId);
        SessionCommand command = command(form, masterplan, binding, true);
        if (command != null) {
            try {
                sessions.update(id, sessionId, command);
                return "redirect:/masterplans/" + id + "/bimtek/sessions/" + sessionId;
            } catch (InvalidInputException e) {
                reject(e, binding);
            } catch (OptimisticLockingFailureException e) {
                // The writer's entries stay, over the version saved now, so that saving again
                // replaces it knowingly.
                response.setStatus(409);
                model.addAttribute("current", current);
                model.addAttribute("form", form.over(current.version()));
                return form(masterplan, current, model);
            }
        }
        response.setStatus(422);
        return form(masterplan, current, model);
    }

    @PostMapping("/{sessionId}/delete")
    String delete(@PathVariable long id, @PathVariable long sessionId) {
        sessions.delete(id, sessionId);
        return "redirect:/masterplans/" + id + "/bimtek";
    }

    @PostMapping("/{sessionId}/agenda")
    String addAgendaItem(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String speakerRole,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return saveAgendaItem(
                id, sessionId, null, startsAt, title, speaker, speakerRole, null, request, response, model);
    }

    @GetMapping("/{sessionId}/agenda/{index}/edit")
    String editAgendaItem(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable int index,
            HttpServletRequest request,
            Model model) {
        masterplans.require(id, Permission.EDIT);
        Session session = sessions.get(id, sessionId);
        if (index < 0 || index >= session.agenda().size()) {
            throw new id.rancang.shared.NotFoundException("agenda item " + index);
        }
        model.addAttribute("editingAgenda", index);
        page(id, sessionId, model);
        return Htmx.view(request, PAGE, "agenda");
    }

    @PostMapping("/{sessionId}/agenda/{index}")
    String updateAgendaItem(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable int index,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String speakerRole,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return saveAgendaItem(
                id, sessionId, index, startsAt, title, speaker, speakerRole, version, request, response, model);
    }

    /** Adds an agenda item ({@code index} null) or changes one; a refusal keeps the row open with why. */
    private String saveAgendaItem(
            long id,
            long sessionId,
            Integer index,
            String startsAt,
            String title,
            String speaker,
            String speakerRole,
            Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Masterplan masterplan = masterplans.require(id, Permission.EDIT);
        sessions.get(id, sessionId);
        String refusal = null;
        try {
            AgendaItemCommand item = new AgendaItemCommand(
                    offset(startsAt, masterplan), title, speaker, enumOrNull(SpeakerRole.class, speakerRole));
            if (index == null) {
                sessions.addAgendaItem(id, sessionId, item);
            } else {
                sessions.updateAgendaItem(id, sessionId, index, item, version);
            }
        } catch (InvalidInputException e) {
            refusal = problemText(e);
        } catch (DateTimeParseException e) {
            refusal = text("bimtek.agenda.startsAt.required");
        } catch (ConflictException e) {
            // The point's number may name another point now: show the agenda as it is.
            response.setStatus(409);
            model.addAttribute("agendaError", text(e.messageKey(), e.arguments()));
            return part(id, sessionId, request, model, "agenda");
        }
        if (refusal != null) {
            response.setStatus(422);
            model.addAttribute("agendaError", refusal);
            if (index != null) {
                model.addAttribute("editingAgenda", index);
            }
        }
        return part(id, sessionId, request, model, "agenda");
    }

    @PostMapping("/{sessionId}/agenda/{index}/delete")
    String deleteAgendaItem(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable int index,
            @RequestParam(required = false) Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            sessions.deleteAgendaItem(id, sessionId, index, version);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("agendaError", text(e.messageKey(), e.arguments()));
        }
        return part(id, sessionId, request, model, "agenda");
    }

    /** Registers (invites) the chosen participants for the session. */
    @PostMapping("/{sessionId}/registrations")
    String register(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) List<Long> participant,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return change(id, sessionId, "attendance", "registrationError", request, response, model, () -> {
            participants.register(id, sessionId, participant == null ? List.of() : participant);
            model.addAttribute("registered", true);
        });
    }

    @PostMapping("/{sessionId}/registrations/{participantId}/delete")
    String unregister(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable long participantId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            participants.unregister(id, sessionId, participantId);
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("registrationError", text(e.messageKey(), e.arguments()));
        }
        return part(id, sessionId, request, model, "attendance");
    }

    @PostMapping("/{sessionId}/materials/{materialId}/delete")
    String deleteMaterial(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable long materialId,
            HttpServletRequest request,
            Model model) {
        materials.delete(id, sessionId, materialId);
        return part(id, sessionId, request, model, "materials");
    }

    @PostMapping("/{sessionId}/actions")
    String addActionItem(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dueDate,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        masterplans.require(id, Permission.EDIT);
        sessions.get(id, sessionId);
        return change(id, sessionId, "actions", "actionError", request, response, model, () -> {
            LocalDate due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate);
            sessions.addActionItem(id, sessionId, new ActionItemCommand(description, owner, due, false));
        });
    }

    /** Records a problem, potential, initiative (into the analysis) or comment raised in the session. */
    @PostMapping("/{sessionId}/inputs")
    String addInput(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String author,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        masterplans.require(id, Permission.EDIT);
        sessions.get(id, sessionId);
        return change(id, sessionId, "inputs", "inputError", request, response, model, () -> {
            Integer level = severity == null || severity.isBlank() ? null : Integer.valueOf(severity.strip());
            inputs.add(
                    id,
                    sessionId,
                    new SessionInputCommand(
                            enumOrNull(SessionInputKind.class, kind),
                            title,
                            text,
                            dimension == null || dimension.isBlank() ? null : dimension,
                            null,
                            level,
                            enumOrNull(InitiativeType.class, type),
                            author));
            model.addAttribute("inputSaved", true);
        });
    }

    @PostMapping("/{sessionId}/inputs/comments/{commentId}/delete")
    String deleteComment(
            @PathVariable long id,
            @PathVariable long sessionId,
            @PathVariable long commentId,
            HttpServletRequest request,
            Model model) {
        inputs.deleteComment(id, sessionId, commentId);
        return part(id, sessionId, request, model, "inputs");
    }

    @PostMapping("/{sessionId}/attendance")
    String attendance(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) List<Long> present,
            @RequestParam(required = false) List<Long> online,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        List<Long> inPerson = present == null ? List.of() : present;
        List<Long> remote = online == null ? List.of() : online;
        // Each row of the sheet says what it showed (seen_<participant>), so that only the rows
        // this writer changed are saved and what others recorded meanwhile is kept.
        return change(id, sessionId, "attendance", "attendanceError", request, response, model, () -> {
            Map<Long, Presence> seen = new HashMap<>();
            request.getParameterMap().forEach((name, values) -> {
                if (name.startsWith("seen_") && values.length > 0) {
                    seen.put(Long.valueOf(name.substring(5)), enumOrNull(Presence.class, values[0]));
                }
            });
            if (seen.isEmpty()) {
                participants.recordAttendance(id, sessionId, new AttendanceCommand(inPerson, remote));
            } else {
                Map<Long, Presence> wanted = new HashMap<>();
                seen.keySet().forEach(participant -> {
                    if (remote.contains(participant)) {
                        wanted.put(participant, Presence.ONLINE);
                    } else if (inPerson.contains(participant)) {
                        wanted.put(participant, Presence.IN_PERSON);
                    }
                });
                participants.changeAttendance(id, sessionId, seen, wanted);
            }
            model.addAttribute("saved", true);
        });
    }

    /**
     * Makes one change to a part of the session page and answers with that part; a refusal is
     * answered with 422 and its reason in {@code errorAttribute} (a field that does not parse, such
     * as a date or a number, says so).
     */
    private String change(
            long id,
            long sessionId,
            String part,
            String errorAttribute,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(errorAttribute, problemText(e));
        } catch (DateTimeParseException | NumberFormatException e) {
            response.setStatus(422);
            model.addAttribute(errorAttribute, text("error.field.type"));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute(errorAttribute, text(e.messageKey(), e.arguments()));
        }
        return part(id, sessionId, request, model, part);
    }

    @PostMapping("/{sessionId}/materials")
    String upload(
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(value = "file", required = false) MultipartFile file,
            HttpServletResponse response,
            Model model) {
        try {
            materials.upload(
                    id,
                    sessionId,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            return "redirect:/masterplans/" + id + "/bimtek/sessions/" + sessionId + "#materials";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("materialError", problemText(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page(id, sessionId, model);
    }

    @GetMapping("/{sessionId}/materials/{materialId}")
    ResponseEntity<byte[]> material(
            @PathVariable long id, @PathVariable long sessionId, @PathVariable long materialId) {
        Materials.Content content = materials.content(id, sessionId, materialId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.material().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        attachment(content.material().filename()))
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @GetMapping("/{sessionId}/attendance.xlsx")
    ResponseEntity<byte[]> attendanceSheet(@PathVariable long id, @PathVariable long sessionId) {
        Session session = sessions.get(id, sessionId);
        Region region = regions.find(masterplans.get(id).regionCode()).orElseThrow();
        byte[] sheet = AttendanceSheet.xlsx(region.name(), session, participants.sheet(id, sessionId), this::text);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AttendanceSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("daftar-hadir-" + sessionId + ".xlsx"))
                .body(sheet);
    }

    @GetMapping("/{sessionId}/attendance.pdf")
    ResponseEntity<byte[]> attendancePdf(@PathVariable long id, @PathVariable long sessionId) {
        Session session = sessions.get(id, sessionId);
        Region region = regions.find(masterplans.get(id).regionCode()).orElseThrow();
        byte[] pdf = AttendancePdf.pdf(region.name(), session, participants.sheet(id, sessionId), this::text);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("daftar-hadir-" + sessionId + ".pdf"))
                .body(pdf);
    }

    @GetMapping("/{sessionId}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable long id, @PathVariable long sessionId) {
        Session session = sessions.get(id, sessionId);
        String body = new ICalendar().add(session, "rancang", clock.instant()).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("sesi-" + sessionId + ".ics"))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private String part(long id, long sessionId, HttpServletRequest request, Model model, String fragment) {
        if (!Htmx.isHtmx(request) && model.asMap().keySet().stream().noneMatch(k -> k.endsWith("Error"))) {
            return "redirect:/masterplans/" + id + "/bimtek/sessions/" + sessionId;
        }
        page(id, sessionId, model);
        return Htmx.view(request, PAGE, fragment);
    }

    private String page(long id, long sessionId, Model model) {
        Masterplan masterplan = masterplans.get(id);
        Session session = sessions.get(id, sessionId);
        List<Attendee> attendees = participants.attendance(id, sessionId);
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("region", regions.find(masterplan.regionCode()).orElseThrow());
        model.addAttribute("meeting", session);
        model.addAttribute("attendees", attendees);
        model.addAttribute(
                "presentCount", attendees.stream().filter(Attendee::attended).count());
        model.addAttribute(
                "registeredOnly",
                attendees.stream().filter(a -> a.registered() && !a.attended()).toList());
        model.addAttribute(
                "notRegistered",
                attendees.stream().filter(a -> !a.registered() && !a.attended()).toList());
        model.addAttribute("online", Presence.ONLINE);
        model.addAttribute("materials", materials.list(id, sessionId));
        model.addAttribute("inputs", inputs.list(id, sessionId));
        model.addAttribute("inputKinds", SessionInputKind.values());
        model.addAttribute("initiativeTypes", InitiativeType.values());
        Framework framework = frameworks.get(masterplan.framework());
        java.util.Map<String, String> dimensionNames = new java.util.LinkedHashMap<>();
        framework
                .dimensions()
                .forEach(d -> dimensionNames.put(d.code(), d.name().in(LocaleContextHolder.getLocale())));
        model.addAttribute("dimensionNames", dimensionNames);
        model.addAttribute("roles", SpeakerRole.values());
        model.addAttribute("mayEdit", access.can(masterplan.regionCode(), Permission.EDIT));
        return PAGE;
    }

    private String form(Masterplan masterplan, Session session, Model model) {
        model.addAttribute("masterplan", masterplan);
        model.addAttribute("meeting", session);
        model.addAttribute("modes", SessionMode.values());
        model.addAttribute("zone", IndonesianTimeZone.of(masterplan.regionCode()));
        return FORM;
    }

    /**
     * The command for {@code form}, or null when a number or date-time could not be read: then every
     * such field is named on {@code binding} at once.
     */
    private SessionCommand command(SessionForm form, Masterplan masterplan, BindingResult binding, boolean changing) {
        Integer stage = number(form.stage(), "stage", binding, Integer::valueOf);
        Long version = changing ? number(form.version(), "version", binding, Long::valueOf) : null;
        OffsetDateTime startsAt = parse(form.startsAt(), "startsAt", masterplan, binding);
        OffsetDateTime endsAt = parse(form.endsAt(), "endsAt", masterplan, binding);
        SessionMode mode = enumOrNull(SessionMode.class, form.mode());
        if (binding.hasErrors()) {
            return null;
        }
        return new SessionCommand(
                stage,
                form.title(),
                startsAt,
                endsAt,
                mode,
                form.venue(),
                form.onlineUrl(),
                form.openedBy(),
                form.minutes(),
                null,
                null,
                version);
    }

    private static <N> N number(
            String value, String field, BindingResult binding, java.util.function.Function<String, N> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            if ("version".equals(field)) {
                // The version is hidden: its mistake is the form's, not a field's.
                binding.reject("error.field.type");
            } else {
                binding.rejectValue(field, "error.field.type");
            }
            return null;
        }
    }

    private OffsetDateTime parse(String value, String field, Masterplan masterplan, BindingResult binding) {
        try {
            return offset(value, masterplan);
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "error.field.type");
            return null;
        }
    }

    private static OffsetDateTime offset(String value, Masterplan masterplan) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(value.strip())
                .atZone(IndonesianTimeZone.of(masterplan.regionCode()).zoneId())
                .toOffsetDateTime();
    }

    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().forEach(p -> {
            if (FORM_FIELDS.contains(p.field())) {
                binding.rejectValue(p.field(), p.messageKey(), p.arguments(), null);
            } else {
                binding.reject(p.messageKey(), p.arguments(), null);
            }
        });
    }

    private String problemText(InvalidInputException e) {
        List<String> texts = new ArrayList<>();
        e.problems().forEach(p -> texts.add(text(p.messageKey(), p.arguments())));
        return String.join(" ", texts);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
