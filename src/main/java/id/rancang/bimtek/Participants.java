package id.rancang.bimtek;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Office;
import id.rancang.region.Offices;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import id.rancang.shared.SingleLineText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people taking part in a masterplan's Bimtek, and who attended which session. */
@Service
@Transactional
public class Participants {

    static final String ENTITY = "bimtek-participant";
    static final String ATTENDANCE = "bimtek-attendance";

    private final ParticipantStore store;
    private final Sessions sessions;
    private final Masterplans masterplans;
    private final Offices offices;
    private final Regions regions;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    Participants(
            ParticipantStore store,
            Sessions sessions,
            Masterplans masterplans,
            Offices offices,
            Regions regions,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.sessions = sessions;
        this.masterplans = masterplans;
        this.offices = offices;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The masterplan's participants; their contact only for those who may see it. */
    @Transactional(readOnly = true)
    public List<Participant> list(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        List<Participant> all = store.findAll(masterplanId);
        return maySeeContacts(masterplan)
                ? all
                : all.stream().map(Participants::withoutContact).toList();
    }

    /** One participant; the contact only for those who may see it. */
    @Transactional(readOnly = true)
    public Participant get(long masterplanId, long participantId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Participant participant = store.find(masterplanId, participantId)
                .orElseThrow(() -> new NotFoundException("participant " + participantId));
        return maySeeContacts(masterplan) ? participant : withoutContact(participant);
    }

    /**
     * Whether the current user may see participants' phone numbers and e-mail addresses: those who
     * keep the masterplan's Bimtek, i.e. who may edit in the region (editors, region
     * administrators) and the expert assigned to it. Readers, offices, reviewers and the national
     * coordinator see everyone without their contact.
     */
    private boolean maySeeContacts(Masterplan masterplan) {
        return access.can(masterplan.regionCode(), Permission.EDIT) || access.isAssignedExpert(masterplan.regionCode());
    }

    private static Participant withoutContact(Participant p) {
        return new Participant(
                p.id(),
                p.name(),
                p.category(),
                p.organisation(),
                p.officeCode(),
                p.position(),
                p.areaCode(),
                null,
                p.councilMember(),
                p.teamMember(),
                p.version());
    }

    public Participant create(long masterplanId, ParticipantCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Participant checked = check(0, 0, command, masterplan);
        long id = store.insert(masterplanId, checked, clock.instant());
        Participant created = get(masterplanId, id);
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.CREATED, null, created);
        return created;
    }

    public Participant update(long masterplanId, long participantId, ParticipantCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Participant before = get(masterplanId, participantId);
        long version = Objects.requireNonNullElse(command.version(), before.version());
        Participant checked = check(participantId, version, command, masterplan);
        if (!store.update(masterplanId, checked, clock.instant())) {
            throw new OptimisticLockingFailureException("participant " + participantId + " changed meanwhile");
        }
        Participant after = get(masterplanId, participantId);
        audit.record(masterplan.regionCode(), ENTITY, participantId, AuditAction.UPDATED, before, after);
        return after;
    }

    /**
     * Deletes a participant with their registrations. Someone recorded present in a session stays,
     * since the signed attendance sheet names them (409).
     */
    public void delete(long masterplanId, long participantId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Participant before = get(masterplanId, participantId);
        if (store.attendedCount(participantId) > 0) {
            throw new ConflictException("bimtek.participant.attended", before.name());
        }
        store.delete(masterplanId, participantId);
        audit.record(masterplan.regionCode(), ENTITY, participantId, AuditAction.DELETED, before, null);
    }

    /** Takes back an invitation to a session; someone already recorded present stays (409). */
    public List<Attendee> unregister(long masterplanId, long sessionId, long participantId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        sessions.row(masterplanId, sessionId);
        store.lockSession(sessionId);
        Participant participant = get(masterplanId, participantId);
        Optional<Presence> presence = store.attendance(sessionId).get(participantId);
        if (presence != null && presence.isPresent()) {
            throw new ConflictException("bimtek.registration.attended", participant.name());
        }
        store.unregister(sessionId, participantId);
        audit.record(
                masterplan.regionCode(),
                ATTENDANCE,
                sessionId,
                AuditAction.UPDATED,
                Map.of("registered", List.of(participantId)),
                Map.of("unregistered", List.of(participantId)));
        return attendance(masterplanId, sessionId);
    }

    /** Everyone of the masterplan with how they attended the session (absent: null presence). */
    @Transactional(readOnly = true)
    public List<Attendee> attendance(long masterplanId, long sessionId) {
        sessions.row(masterplanId, sessionId);
        Map<Long, Optional<Presence>> recorded = store.attendance(sessionId);
        return list(masterplanId).stream()
                .map(p -> new Attendee(
                        p,
                        recorded.containsKey(p.id()),
                        recorded.getOrDefault(p.id(), Optional.empty()).orElse(null)))
                .toList();
    }

    /**
     * Those on the session's attendance sheet: the registered and whoever attended; everyone when
     * nobody was registered (an open invitation to all participants).
     */
    @Transactional(readOnly = true)
    public List<Attendee> sheet(long masterplanId, long sessionId) {
        List<Attendee> all = attendance(masterplanId, sessionId);
        List<Attendee> registered = all.stream().filter(Attendee::registered).toList();
        return registered.isEmpty() ? all : registered;
    }

    /** Registers (invites) participants for a session before it takes place. */
    public List<Attendee> register(long masterplanId, long sessionId, List<Long> participantIds) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        sessions.row(masterplanId, sessionId);
        store.lockSession(sessionId);
        List<Long> ids = Objects.requireNonNullElse(participantIds, List.of());
        Set<Long> known = new HashSet<>(store.existing(masterplanId, union(ids, List.of())));
        List<FieldProblem> problems = new ArrayList<>();
        unknown(ids, known, "participantIds", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.register(sessionId, ids, clock.instant());
        audit.record(
                masterplan.regionCode(), ATTENDANCE, sessionId, AuditAction.UPDATED, null, Map.of("registered", ids));
        return attendance(masterplanId, sessionId);
    }

    public List<Attendee> recordAttendance(long masterplanId, long sessionId, AttendanceCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        sessions.row(masterplanId, sessionId);
        store.lockSession(sessionId);
        List<Long> present = Objects.requireNonNullElse(command.participantIds(), List.of());
        List<Long> online = Objects.requireNonNullElse(command.onlineIds(), List.of());
        Set<Long> known = new HashSet<>(store.existing(masterplanId, union(present, online)));
        List<FieldProblem> problems = new ArrayList<>();
        unknown(present, known, "participantIds", problems);
        unknown(online, known, "onlineIds", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Attendee> before = attendance(masterplanId, sessionId).stream()
                .filter(Attendee::attended)
                .toList();
        Map<Long, Presence> presence = new LinkedHashMap<>();
        present.forEach(id -> presence.put(id, online.contains(id) ? Presence.ONLINE : Presence.IN_PERSON));
        online.forEach(id -> presence.put(id, Presence.ONLINE));
        store.replaceAttendance(sessionId, presence, clock.instant());
        List<Attendee> after = attendance(masterplanId, sessionId);
        audit.record(
                masterplan.regionCode(),
                ATTENDANCE,
                sessionId,
                AuditAction.UPDATED,
                summary(before),
                summary(after.stream().filter(Attendee::attended).toList()));
        return after;
    }

    /**
     * Changes the presence of the participants whose rows a writer changed in the attendance form,
     * each over the presence they saw there ({@code null}: none recorded), and keeps what others
     * recorded for other rows meanwhile. Refused (409, naming them) when someone else changed one
     * of those same rows after the form was opened; then nothing is saved.
     */
    public List<Attendee> changeAttendance(
            long masterplanId, long sessionId, Map<Long, Presence> seen, Map<Long, Presence> wanted) {
        masterplans.require(masterplanId, Permission.EDIT);
        sessions.row(masterplanId, sessionId);
        store.lockSession(sessionId);
        List<Attendee> now = attendance(masterplanId, sessionId);
        Map<Long, Presence> merged = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        now.forEach(a -> {
            names.put(a.participant().id(), a.participant().name());
            if (a.attended()) {
                merged.put(a.participant().id(), a.presence());
            }
        });
        Map<Long, Presence> current = Map.copyOf(merged);
        Set<Long> rows = new HashSet<>(seen.keySet());
        rows.addAll(wanted.keySet());
        List<String> changedMeanwhile = new ArrayList<>();
        for (Long participant : rows) {
            Presence saw = seen.get(participant);
            Presence wants = wanted.get(participant);
            if (Objects.equals(saw, wants)) {
                continue;
            }
            if (!Objects.equals(current.get(participant), saw)) {
                changedMeanwhile.add(names.getOrDefault(participant, "#" + participant));
            } else if (wants == null) {
                merged.remove(participant);
            } else {
                merged.put(participant, wants);
            }
        }
        if (!changedMeanwhile.isEmpty()) {
            changedMeanwhile.sort(String::compareTo);
            throw new ConflictException("bimtek.attendance.conflict", String.join(", ", changedMeanwhile));
        }
        List<Long> present = new ArrayList<>();
        List<Long> online = new ArrayList<>();
        merged.forEach((participant, presence) -> (presence == Presence.ONLINE ? online : present).add(participant));
        return recordAttendance(masterplanId, sessionId, new AttendanceCommand(present, online));
    }

    private static Map<Long, Presence> summary(List<Attendee> attendees) {
        Map<Long, Presence> summary = new LinkedHashMap<>();
        attendees.forEach(a -> summary.put(a.participant().id(), a.presence()));
        return summary;
    }

    private static List<Long> union(List<Long> a, List<Long> b) {
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        all.remove(null);
        return List.copyOf(all);
    }

    private static void unknown(List<Long> ids, Set<Long> known, String field, List<FieldProblem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !known.contains(ids.get(i))) {
                problems.add(
                        new FieldProblem(field + "[" + i + "]", "bimtek.attendance.unknownParticipant", new Object[] {
                            String.valueOf(ids.get(i))
                        }));
            }
        }
    }

    private Participant check(long id, long version, ParticipantCommand c, Masterplan masterplan) {
        List<FieldProblem> problems = new ArrayList<>();
        required(c.name(), "name", 200, problems);
        if (c.category() == null) {
            problems.add(new FieldProblem("category", "bimtek.participant.category.required", new Object[0]));
        }
        optional(c.organisation(), "organisation", 200, problems);
        optional(c.position(), "position", 200, problems);
        optional(c.contact(), "contact", 200, problems);
        String officeCode = Sessions.blankToNull(c.officeCode());
        if (officeCode != null) {
            officeCode = officeCode.toUpperCase(Locale.ROOT);
            String wanted = officeCode;
            boolean exists = offices.list(masterplan.regionCode().value()).stream()
                    .map(Office::code)
                    .anyMatch(wanted::equals);
            if (!exists) {
                problems.add(
                        new FieldProblem("officeCode", "bimtek.participant.office.unknown", new Object[] {wanted}));
            }
        }
        String areaCode = Sessions.blankToNull(c.areaCode());
        if (areaCode != null && !isAreaOf(areaCode, masterplan.regionCode())) {
            problems.add(new FieldProblem("areaCode", "bimtek.participant.area.unknown", new Object[] {areaCode}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Participant(
                id,
                c.name().strip(),
                c.category(),
                Sessions.blankToNull(c.organisation()),
                officeCode,
                Sessions.blankToNull(c.position()),
                areaCode,
                Sessions.blankToNull(c.contact()),
                Boolean.TRUE.equals(c.councilMember()),
                Boolean.TRUE.equals(c.teamMember()),
                version);
    }

    /** A district or village of the masterplan's regency. */
    private boolean isAreaOf(String code, RegionCode regency) {
        return RegionCode.parse(code)
                .filter(parsed -> parsed.level() >= 3 && parsed.isWithin(regency))
                .flatMap(regions::find)
                .isPresent();
    }

    private static void required(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "bimtek.field.required", new Object[0]));
        } else {
            optional(value, field, max, problems);
        }
    }

    /** A single-line text of the participant (name, organisation, position, contact). */
    private static void optional(String value, String field, int max, List<FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "bimtek.field.size", new Object[] {max}));
        } else {
            SingleLineText.check(value, field, problems);
        }
    }
}
