package id.rancang.bimtek;

import id.rancang.analysis.AnalysisSources;
import id.rancang.analysis.SourceReference;
import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.bimtek.Session.ActionItem;
import id.rancang.bimtek.Session.AgendaItem;
import id.rancang.bimtek.SessionCommand.ActionItemCommand;
import id.rancang.bimtek.SessionCommand.AgendaItemCommand;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.ConflictException;
import id.rancang.shared.DateBounds;
import id.rancang.shared.IndonesianTimeZone;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.SingleLineText;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and records the sessions of a masterplan's Bimtek. The masterplan is loaded through its
 * facade (which decides access) and every query is scoped by it; editors change sessions.
 */
@Service
@Transactional
public class Sessions {

    static final String ENTITY = "bimtek-session";
    static final int MAX_TITLE = 200;

    private final SessionStore store;
    private final Masterplans masterplans;
    private final AuditTrail audit;
    private final Clock clock;
    private final AnalysisSources sources;

    Sessions(SessionStore store, Masterplans masterplans, AuditTrail audit, Clock clock, AnalysisSources sources) {
        this.sources = sources;
        this.store = store;
        this.masterplans = masterplans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Session> list(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        ZoneId zone = IndonesianTimeZone.of(masterplan.regionCode()).zoneId();
        Map<Long, List<AgendaItem>> agenda = store.agendaBySession(masterplanId, zone);
        Map<Long, List<ActionItem>> actionItems = store.actionItemsBySession(masterplanId);
        return store.findAll(masterplanId).stream()
                .map(row -> toSession(
                        row,
                        masterplan,
                        agenda.getOrDefault(row.id(), List.of()),
                        actionItems.getOrDefault(row.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Session get(long masterplanId, long sessionId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        SessionStore.Row row = row(masterplanId, sessionId);
        ZoneId zone = IndonesianTimeZone.of(masterplan.regionCode()).zoneId();
        return toSession(row, masterplan, store.agenda(row.id(), zone), store.actionItems(row.id()));
    }

    public Session create(long masterplanId, SessionCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Checked checked = check(command, masterplan);
        SessionStore.Row row = checked.row(0, masterplanId, 0);
        long id = store.insert(row, clock.instant());
        store.replaceAgenda(id, checked.agenda());
        store.replaceActionItems(id, checked.actionItems());
        Session created = get(masterplanId, id);
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.CREATED, null, created);
        return created;
    }

    public Session update(long masterplanId, long sessionId, SessionCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Session before = get(masterplanId, sessionId);
        if (command.version() != null && command.version() != before.version()) {
            throw new OptimisticLockingFailureException("session " + sessionId + " changed meanwhile");
        }
        Checked checked = check(command, masterplan);
        if (!store.update(checked.row(sessionId, masterplanId, before.version()), clock.instant())) {
            throw new OptimisticLockingFailureException("session " + sessionId + " changed meanwhile");
        }
        if (command.agenda() != null) {
            store.replaceAgenda(sessionId, checked.agenda());
        }
        if (command.actionItems() != null) {
            store.replaceActionItems(sessionId, checked.actionItems());
        }
        Session after = get(masterplanId, sessionId);
        audit.record(masterplan.regionCode(), ENTITY, sessionId, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Adds one point to the agenda, keeping the agenda in time order. */
    public Session addAgendaItem(long masterplanId, long sessionId, AgendaItemCommand item) {
        Session session = get(masterplanId, sessionId);
        List<AgendaItemCommand> agenda = new ArrayList<>(session.agenda().stream()
                .map(a -> new AgendaItemCommand(a.startsAt(), a.title(), a.speaker(), a.speakerRole()))
                .toList());
        agenda.add(item);
        return update(masterplanId, sessionId, withLists(session, agenda, null));
    }

    /** Changes the agenda point at {@code index} (0-based, in time order), keeping the agenda sorted. */
    public Session updateAgendaItem(long masterplanId, long sessionId, int index, AgendaItemCommand item) {
        return updateAgendaItem(masterplanId, sessionId, index, item, null);
    }

    /**
     * {@link #updateAgendaItem} by a writer who read the session at {@code seenVersion}: points are
     * numbered by their place in the agenda, so when the session changed since (a point added,
     * moved or removed) the number may name another point, and the change is refused (409).
     */
    public Session updateAgendaItem(
            long masterplanId, long sessionId, int index, AgendaItemCommand item, Long seenVersion) {
        Session session = get(masterplanId, sessionId);
        requireSeen(session, seenVersion);
        List<AgendaItemCommand> agenda = agendaCommands(session);
        checkIndex(index, agenda.size());
        agenda.set(index, item);
        return update(masterplanId, sessionId, withLists(session, agenda, null));
    }

    /** Removes the agenda point at {@code index} (0-based, in time order). */
    public Session deleteAgendaItem(long masterplanId, long sessionId, int index) {
        return deleteAgendaItem(masterplanId, sessionId, index, null);
    }

    /** {@link #deleteAgendaItem}, refused (409) when the session changed since {@code seenVersion}. */
    public Session deleteAgendaItem(long masterplanId, long sessionId, int index, Long seenVersion) {
        Session session = get(masterplanId, sessionId);
        requireSeen(session, seenVersion);
        List<AgendaItemCommand> agenda = agendaCommands(session);
        checkIndex(index, agenda.size());
        agenda.remove(index);
        return update(masterplanId, sessionId, withLists(session, agenda, null));
    }

    private static void requireSeen(Session session, Long seenVersion) {
        if (seenVersion != null && seenVersion != session.version()) {
            throw new ConflictException("bimtek.agenda.conflict");
        }
    }

    private static List<AgendaItemCommand> agendaCommands(Session session) {
        return new ArrayList<>(session.agenda().stream()
                .map(a -> new AgendaItemCommand(a.startsAt(), a.title(), a.speaker(), a.speakerRole()))
                .toList());
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new NotFoundException("agenda item " + index);
        }
    }

    public Session addActionItem(long masterplanId, long sessionId, ActionItemCommand item) {
        Session session = get(masterplanId, sessionId);
        List<ActionItemCommand> actions = new ArrayList<>(session.actionItems().stream()
                .map(a -> new ActionItemCommand(a.description(), a.owner(), a.dueDate(), a.done()))
                .toList());
        actions.add(item);
        return update(masterplanId, sessionId, withLists(session, null, actions));
    }

    public void delete(long masterplanId, long sessionId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Session before = get(masterplanId, sessionId);
        store.delete(masterplanId, sessionId);
        sources.sourceDeleted(masterplan.id(), SourceReference.SESSION, sessionId);
        audit.record(masterplan.regionCode(), ENTITY, sessionId, AuditAction.DELETED, before, null);
    }

    private static SessionCommand withLists(
            Session s, List<AgendaItemCommand> agenda, List<ActionItemCommand> actions) {
        return new SessionCommand(
                s.stage(),
                s.title(),
                s.startsAt(),
                s.endsAt(),
                s.mode(),
                s.venue(),
                s.onlineUrl(),
                s.openedBy(),
                s.minutes(),
                agenda,
                actions,
                s.version());
    }

    /** The stored session, after checking that the caller may read the masterplan. */
    SessionStore.Row row(long masterplanId, long sessionId) {
        masterplans.get(masterplanId);
        return store.find(masterplanId, sessionId).orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    private static Session toSession(
            SessionStore.Row row, Masterplan masterplan, List<AgendaItem> agenda, List<ActionItem> actionItems) {
        IndonesianTimeZone zone = IndonesianTimeZone.of(masterplan.regionCode());
        ZoneId id = zone.zoneId();
        return new Session(
                row.id(),
                row.masterplanId(),
                row.stage(),
                row.title(),
                row.startsAt().atZone(id).toOffsetDateTime(),
                row.endsAt().atZone(id).toOffsetDateTime(),
                row.mode(),
                row.venue(),
                row.onlineUrl(),
                row.openedBy(),
                row.minutes(),
                List.copyOf(agenda),
                List.copyOf(actionItems),
                zone,
                row.version());
    }

    private record Checked(
            SessionCommand command, String minutes, List<AgendaItem> agenda, List<ActionItem> actionItems) {

        SessionStore.Row row(long id, long masterplanId, long version) {
            return new SessionStore.Row(
                    id,
                    masterplanId,
                    command.stage(),
                    command.title().strip(),
                    command.startsAt().toInstant(),
                    command.endsAt().toInstant(),
                    command.mode(),
                    blankToNull(command.venue()),
                    blankToNull(command.onlineUrl()),
                    blankToNull(command.openedBy()),
                    minutes,
                    version);
        }
    }

    private static Checked check(SessionCommand c, Masterplan masterplan) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.stage() == null || c.stage() < 1 || c.stage() > Masterplan.STAGES) {
            problems.add(new FieldProblem("stage", "bimtek.stage.range", new Object[] {Masterplan.STAGES}));
        }
        text(c.title(), "title", true, MAX_TITLE, problems);
        text(c.venue(), "venue", false, 200, problems);
        text(c.openedBy(), "openedBy", false, 200, problems);
        if (c.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "bimtek.session.startsAt.required", new Object[0]));
        }
        DateBounds.check(c.startsAt(), "startsAt", problems);
        if (c.endsAt() == null) {
            problems.add(new FieldProblem("endsAt", "bimtek.session.endsAt.required", new Object[0]));
        } else if (!DateBounds.accepts(c.endsAt().getYear())) {
            problems.add(DateBounds.problem("endsAt"));
        } else if (c.startsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
            problems.add(new FieldProblem("endsAt", "bimtek.session.endsAt.beforeStart", new Object[0]));
        }
        if (c.mode() == null) {
            problems.add(new FieldProblem("mode", "bimtek.session.mode.required", new Object[0]));
        } else if (c.mode().needsOnlineUrl()
                && (c.onlineUrl() == null || c.onlineUrl().isBlank())) {
            problems.add(new FieldProblem("onlineUrl", "bimtek.session.onlineUrl.required", new Object[0]));
        }
        if (c.onlineUrl() != null && !c.onlineUrl().isBlank() && !isWebAddress(c.onlineUrl())) {
            problems.add(new FieldProblem("onlineUrl", "bimtek.session.onlineUrl.invalid", new Object[0]));
        }
        String minutes = Minutes.sanitise(c.minutes());
        if (minutes != null && minutes.length() > 100_000) {
            problems.add(new FieldProblem("minutes", "bimtek.session.minutes.size", new Object[] {100_000}));
        }
        List<AgendaItem> agenda = agenda(c, problems);
        List<ActionItem> actions = actionItems(c, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(c, minutes, agenda, actions);
    }

    private static List<AgendaItem> agenda(SessionCommand c, List<FieldProblem> problems) {
        List<AgendaItem> items = new ArrayList<>();
        List<AgendaItemCommand> given = Objects.requireNonNullElse(c.agenda(), List.of());
        for (int i = 0; i < given.size(); i++) {
            AgendaItemCommand item = given.get(i);
            String field = "agenda[" + i + "]";
            text(item.title(), field + ".title", true, 300, problems);
            text(item.speaker(), field + ".speaker", false, 200, problems);
            if (item.startsAt() == null) {
                problems.add(new FieldProblem(field + ".startsAt", "bimtek.agenda.startsAt.required", new Object[0]));
            } else if (c.startsAt() != null
                    && c.endsAt() != null
                    && (item.startsAt().isBefore(c.startsAt())
                            || item.startsAt().isAfter(c.endsAt()))) {
                problems.add(new FieldProblem(field + ".startsAt", "bimtek.agenda.startsAt.outside", new Object[0]));
            }
            if (item.title() != null && item.startsAt() != null) {
                items.add(new AgendaItem(
                        item.startsAt(), item.title().strip(), blankToNull(item.speaker()), item.speakerRole()));
            }
        }
        items.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
        return items;
    }

    private static List<ActionItem> actionItems(SessionCommand c, List<FieldProblem> problems) {
        List<ActionItem> items = new ArrayList<>();
        List<ActionItemCommand> given = Objects.requireNonNullElse(c.actionItems(), List.of());
        for (int i = 0; i < given.size(); i++) {
            ActionItemCommand item = given.get(i);
            String field = "actionItems[" + i + "]";
            text(item.description(), field + ".description", true, 500, problems);
            text(item.owner(), field + ".owner", true, 200, problems);
            DateBounds.check(item.dueDate(), field + ".dueDate", problems);
            if (item.description() != null && item.owner() != null) {
                items.add(new ActionItem(
                        item.description().strip(),
                        item.owner().strip(),
                        item.dueDate(),
                        Boolean.TRUE.equals(item.done())));
            }
        }
        return items;
    }

    /** A single-line text of the session (title, venue, agenda and action item texts, names). */
    private static void text(String value, String field, boolean required, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "bimtek.field.required", new Object[0]));
            }
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "bimtek.field.size", new Object[] {max}));
        } else {
            SingleLineText.check(value, field, problems);
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
