package id.rancang.publication;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.document.NarrativeHtml;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prose chapters of a masterplan's books. Text is sanitised before it is stored, so what is
 * kept, shown and printed can never carry a script; plain text without tags becomes paragraphs.
 */
@Service
@Transactional
public class Narratives {

    private final JdbcClient jdbc;
    private final Masterplans masterplans;
    private final AuditTrail audit;
    private final AccessControl access;
    private final Clock clock;

    Narratives(JdbcClient jdbc, Masterplans masterplans, AuditTrail audit, AccessControl access, Clock clock) {
        this.jdbc = jdbc;
        this.masterplans = masterplans;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Every chapter in outline order, written or not. */
    @Transactional(readOnly = true)
    public Map<NarrativeChapter, Narrative> all(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Map<String, Narrative> stored = new LinkedHashMap<>();
        jdbc.sql("select chapter_code, html, html_en, updated_at, updated_by, version from publication_narrative"
                        + " where masterplan_id = ?")
                .param(masterplan.id())
                .query(Narratives::narrative)
                .list()
                .forEach(narrative -> stored.put(narrative.chapterCode(), narrative));
        Map<NarrativeChapter, Narrative> all = new LinkedHashMap<>();
        Arrays.stream(NarrativeChapter.values())
                .forEach(chapter -> all.put(chapter, stored.getOrDefault(chapter.code(), empty(chapter))));
        return all;
    }

    @Transactional(readOnly = true)
    public Narrative get(long masterplanId, String chapterCode) {
        NarrativeChapter chapter = chapter(chapterCode);
        return find(masterplans.get(masterplanId).id(), chapter).orElseGet(() -> empty(chapter));
    }

    public Narrative save(long masterplanId, String chapterCode, NarrativeCommand command) {
        NarrativeChapter chapter = chapter(chapterCode);
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        if (command == null || command.text() == null) {
            throw InvalidInputException.of("text", "publication.narrative.error.text");
        }
        String html = limited("text", paragraphs(command.text()));
        String newEn = command.textEn() == null ? null : limited("textEn", paragraphs(command.textEn()));
        Optional<Narrative> before = find(masterplan.id(), chapter);
        String htmlEn = newEn == null ? before.map(Narrative::textEn).orElse("") : newEn;
        Instant now = clock.instant();
        String user = access.currentUsername().orElse("system");
        if (before.isEmpty()) {
            if (command.version() != null && command.version() != 0) {
                throw new OptimisticLockingFailureException("narrative " + chapter.code() + " was deleted meanwhile");
            }
            jdbc.sql("insert into publication_narrative (masterplan_id, chapter_code, html, html_en, updated_at,"
                            + " updated_by, version) values (?, ?, ?, ?, ?, ?, 1)")
                    .params(masterplan.id(), chapter.code(), html, htmlEn, java.sql.Timestamp.from(now), user)
                    .update();
        } else {
            long expected = command.version() == null ? before.get().version() : command.version();
            int updated = jdbc.sql("update publication_narrative set html = ?, html_en = ?, updated_at = ?,"
                            + " updated_by = ?, version = version + 1"
                            + " where masterplan_id = ? and chapter_code = ? and version = ?")
                    .params(html, htmlEn, java.sql.Timestamp.from(now), user, masterplan.id(), chapter.code(), expected)
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("narrative " + chapter.code() + " changed meanwhile");
            }
        }
        Narrative after = find(masterplan.id(), chapter).orElseThrow();
        audit.record(
                masterplan.regionCode(),
                "narrative",
                masterplan.id() + "/" + chapter.code(),
                before.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED,
                before.orElse(null),
                after);
        return after;
    }

    /** The stored HTML, or a refusal naming the field when it is longer than a chapter may be. */
    private static String limited(String field, String html) {
        if (html.length() > NarrativeCommand.MAX_TEXT) {
            throw InvalidInputException.of(
                    field, "publication.narrative.error.textLength", NarrativeCommand.MAX_TEXT, html.length());
        }
        return html;
    }

    /** Sanitised HTML; text without any tag is taken as paragraphs separated by blank lines. */
    static String paragraphs(String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && !stripped.matches("(?s).*<[a-zA-Z/][^>]*>.*")) {
            StringBuilder html = new StringBuilder();
            for (String paragraph : stripped.split("\\R\\s*\\R")) {
                html.append("<p>")
                        .append(id.rancang.shared.Markup.escape(paragraph.strip())
                                .replaceAll("\\R", "<br>"))
                        .append("</p>");
            }
            stripped = html.toString();
        }
        return NarrativeHtml.sanitise(stripped);
    }

    private Optional<Narrative> find(long masterplanId, NarrativeChapter chapter) {
        return jdbc.sql("select chapter_code, html, html_en, updated_at, updated_by, version from publication_narrative"
                        + " where masterplan_id = ? and chapter_code = ?")
                .params(masterplanId, chapter.code())
                .query(Narratives::narrative)
                .optional();
    }

    private static Narrative narrative(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Narrative(
                rs.getString(1),
                rs.getString(2),
                java.util.Objects.requireNonNullElse(rs.getString(3), ""),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getLong(6));
    }

    private static NarrativeChapter chapter(String code) {
        return NarrativeChapter.find(code).orElseThrow(() -> new NotFoundException("narrative"));
    }

    private static Narrative empty(NarrativeChapter chapter) {
        return new Narrative(chapter.code(), "", "", null, null, 0);
    }
}
