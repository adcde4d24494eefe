package id.rancang.bimtek;

import id.rancang.analysis.Initiative;
import id.rancang.analysis.InitiativeCommand;
import id.rancang.analysis.Initiatives;
import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueCommand;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.IssueOrigin;
import id.rancang.analysis.Issues;
import id.rancang.analysis.SourceReference;
import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.SingleLineText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What participants raise during a session. Problems, potentials and initiatives are recorded in
 * the analysis through its facades, carrying the session as their source (kind, id, title, date
 * and link), so the analysis never depends on the Bimtek; plain comments stay with the session.
 */
@Service
@Transactional
public class SessionInputs {

    static final String ENTITY = "bimtek-session-comment";
    static final int MAX_COMMENT = 2000;
    static final int MAX_AUTHOR = 200;

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final Masterplans masterplans;
    private final Issues issues;
    private final Initiatives initiatives;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    SessionInputs(
            JdbcClient jdbc,
            Sessions sessions,
            Masterplans masterplans,
            Issues issues,
            Initiatives initiatives,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.masterplans = masterplans;
        this.issues = issues;
        this.initiatives = initiatives;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything raised in the session: problems, potentials, initiatives, then comments. */
    @Transactional(readOnly = true)
    public List<SessionInput> list(long masterplanId, long sessionId) {
        sessions.row(masterplanId, sessionId);
        List<SessionInput> inputs = new ArrayList<>();
        List<Issue> raised = issues.fromSource(masterplanId, SourceReference.SESSION, sessionId);
        for (IssueKind kind : IssueKind.values()) {
            raised.stream().filter(i -> i.kind() == kind).forEach(i -> inputs.add(of(masterplanId, i)));
        }
        initiatives.fromSource(masterplanId, SourceReference.SESSION, sessionId).stream()
                .map(i -> of(masterplanId, i))
                .forEach(inputs::add);
        inputs.addAll(comments(masterplanId, sessionId));
        Map<String, String> authors = authors(masterplanId, sessionId);
        return inputs.stream()
                .map(i -> i.author() != null || i.kind() == SessionInputKind.COMMENT
                        ? i
                        : i.by(authors.get(i.kind().name() + "/" + i.id())))
                .toList();
    }

    /** Records what was raised; every mistake is named at once and nothing is written then. */
    public SessionInput add(long masterplanId, long sessionId, SessionInputCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Session session = sessions.get(masterplanId, sessionId);
        if (command == null || command.kind() == null) {
            throw InvalidInputException.of("kind", "bimtek.input.kind.required");
        }
        SourceReference source = new SourceReference(
                SourceReference.SESSION,
                sessionId,
                session.title(),
                session.startsAt().toLocalDate(),
                "/masterplans/" + masterplanId + "/bimtek/sessions/" + sessionId);
        List<FieldProblem> problems = new ArrayList<>();
        if (command.author() != null && command.author().strip().length() > MAX_AUTHOR) {
            problems.add(new FieldProblem("author", "bimtek.field.size", new Object[] {MAX_AUTHOR}));
        }
        SingleLineText.check(command.author(), "author", problems);
        SingleLineText.check(command.title(), "title", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return switch (command.kind()) {
            case PROBLEM, POTENTIAL -> {
                IssueKind kind = command.kind() == SessionInputKind.PROBLEM ? IssueKind.PROBLEM : IssueKind.POTENTIAL;
                Issue issue = issues.createFrom(
                        masterplanId,
                        kind,
                        new IssueCommand(
                                command.dimension(),
                                command.subDimension(),
                                command.title(),
                                Sessions.blankToNull(command.text()),
                                command.severity() == null ? 3 : command.severity(),
                                List.of(),
                                null,
                                IssueOrigin.BIMTEK,
                                null),
                        source);
                yield remember(masterplanId, sessionId, of(masterplanId, issue), command.author());
            }
            case INITIATIVE -> {
                Initiative initiative = initiatives.createFrom(
                        masterplanId,
                        new InitiativeCommand(
                                command.title(),
                                Sessions.blankToNull(command.text()),
                                null,
                                command.dimension(),
                                command.subDimension(),
                                command.type(),
                                null,
                                null,
                                null),
                        source);
                yield remember(masterplanId, sessionId, of(masterplanId, initiative), command.author());
            }
            case COMMENT -> comment(masterplan, sessionId, command);
        };
    }

    /** Deletes a comment kept with the session (analysis items are deleted in the analysis). */
    public void deleteComment(long masterplanId, long sessionId, long commentId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        SessionInput before = comments(masterplanId, sessionId).stream()
                .filter(c -> c.id() == commentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        jdbc.sql("delete from bimtek_session_comment where id = ? and session_id = ? and masterplan_id = ?")
                .params(commentId, sessionId, masterplanId)
                .update();
        audit.record(masterplan.regionCode(), ENTITY, commentId, AuditAction.DELETED, before, null);
    }

    private SessionInput comment(Masterplan masterplan, long sessionId, SessionInputCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.text() == null || command.text().isBlank()) {
            problems.add(new FieldProblem("text", "bimtek.field.required", new Object[0]));
        } else if (command.text().strip().length() > MAX_COMMENT) {
            problems.add(new FieldProblem("text", "bimtek.field.size", new Object[] {MAX_COMMENT}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bimtek_session_comment (session_id, masterplan_id, text, author, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        sessionId,
                        masterplan.id(),
                        command.text().strip(),
                        Sessions.blankToNull(command.author()),
                        access.currentUsername().orElse("system"),
                        SessionStore.utc(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        SessionInput created = comments(masterplan.id(), sessionId).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.CREATED, null, created);
        return created;
    }

    /**
     * Keeps who raised an analysis item in the session (the analysis has no such field) and
     * answers the item with its author.
     */
    private SessionInput remember(long masterplanId, long sessionId, SessionInput input, String author) {
        String by = Sessions.blankToNull(author);
        if (by == null) {
            return input;
        }
        jdbc.sql("insert into bimtek_session_input_author (session_id, masterplan_id, item_kind, item_id, author)"
                        + " values (?, ?, ?, ?, ?)")
                .params(sessionId, masterplanId, input.kind().name(), input.id(), by.strip())
                .update();
        return input.by(by.strip());
    }

    /** Who raised each analysis item of the session, by {@code KIND/id}. */
    private Map<String, String> authors(long masterplanId, long sessionId) {
        Map<String, String> authors = new HashMap<>();
        jdbc.sql("select item_kind, item_id, author from bimtek_session_input_author"
                        + " where masterplan_id = ? and session_id = ?")
                .params(masterplanId, sessionId)
                .query(rs -> {
                    authors.put(rs.getString("item_kind") + "/" + rs.getLong("item_id"), rs.getString("author"));
                });
        return authors;
    }

    private List<SessionInput> comments(long masterplanId, long sessionId) {
        return jdbc.sql("select id, text, author from bimtek_session_comment"
                        + " where masterplan_id = ? and session_id = ? order by created_at, id")
                .params(masterplanId, sessionId)
                .query((rs, n) -> new SessionInput(
                        SessionInputKind.COMMENT,
                        rs.getLong("id"),
                        null,
                        rs.getString("text"),
                        null,
                        rs.getString("author"),
                        null))
                .list();
    }

    private static SessionInput of(long masterplanId, Issue issue) {
        SessionInputKind kind =
                issue.kind() == IssueKind.PROBLEM ? SessionInputKind.PROBLEM : SessionInputKind.POTENTIAL;
        return new SessionInput(
                kind,
                issue.id(),
                issue.title(),
                issue.description(),
                issue.dimension(),
                null,
                "/masterplans/" + masterplanId + "/" + kind.segment() + "#item-" + issue.id());
    }

    private static SessionInput of(long masterplanId, Initiative initiative) {
        return new SessionInput(
                SessionInputKind.INITIATIVE,
                initiative.id(),
                initiative.name(),
                initiative.description(),
                initiative.dimension(),
                null,
                "/masterplans/" + masterplanId + "/initiatives#item-" + initiative.id());
    }
}
