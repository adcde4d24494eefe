package id.rancang.bimtek;

import id.rancang.bimtek.Session.ActionItem;
import id.rancang.bimtek.Session.AgendaItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Sessions with their agenda and action items; every finder takes the masterplan (tenant-scoped). */
@Repository
class SessionStore {

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            long id,
            long masterplanId,
            int stage,
            String title,
            Instant startsAt,
            Instant endsAt,
            SessionMode mode,
            String venue,
            String onlineUrl,
            String openedBy,
            String minutes,
            long version) {}

    List<Row> findAll(long masterplanId) {
        return jdbc.sql("select * from bimtek_session where masterplan_id = ? order by starts_at, id")
                .param(masterplanId)
                .query(SessionStore::map)
                .list();
    }

    Optional<Row> find(long masterplanId, long sessionId) {
        return jdbc.sql("select * from bimtek_session where masterplan_id = ? and id = ?")
                .params(masterplanId, sessionId)
                .query(SessionStore::map)
                .optional();
    }

    long insert(Row row, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bimtek_session (masterplan_id, stage, title, starts_at, ends_at, mode, venue,"
                        + " online_url, opened_by, minutes, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        row.masterplanId(),
                        row.stage(),
                        row.title(),
                        utc(row.startsAt()),
                        utc(row.endsAt()),
                        row.mode().name(),
                        row.venue(),
                        row.onlineUrl(),
                        row.openedBy(),
                        row.minutes(),
                        utc(now),
                        utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates if the version still matches; false when someone else changed it meanwhile. */
    boolean update(Row row, Instant now) {
        return jdbc.sql("update bimtek_session set stage = ?, title = ?, starts_at = ?, ends_at = ?, mode = ?,"
                                + " venue = ?, online_url = ?, opened_by = ?, minutes = ?, updated_at = ?,"
                                + " version = version + 1 where id = ? and masterplan_id = ? and version = ?")
                        .params(
                                row.stage(),
                                row.title(),
                                utc(row.startsAt()),
                                utc(row.endsAt()),
                                row.mode().name(),
                                row.venue(),
                                row.onlineUrl(),
                                row.openedBy(),
                                row.minutes(),
                                utc(now),
                                row.id(),
                                row.masterplanId(),
                                row.version())
                        .update()
                == 1;
    }

    void delete(long masterplanId, long sessionId) {
        jdbc.sql("delete from bimtek_session where id = ? and masterplan_id = ?")
                .params(sessionId, masterplanId)
                .update();
    }

    List<AgendaItem> agenda(long sessionId, ZoneId zone) {
        return jdbc.sql("select * from bimtek_agenda_item where session_id = ? order by seq")
                .param(sessionId)
                .query((rs, n) -> agendaItem(rs, zone))
                .list();
    }

    /** The agenda of every session of the masterplan, by session id, in two queries rather than one a session. */
    Map<Long, List<AgendaItem>> agendaBySession(long masterplanId, ZoneId zone) {
        Map<Long, List<AgendaItem>> bySession = new HashMap<>();
        jdbc.sql("select a.* from bimtek_agenda_item a join bimtek_session s on s.id = a.session_id"
                        + " where s.masterplan_id = ? order by a.session_id, a.seq")
                .param(masterplanId)
                .query(rs -> {
                    bySession
                            .computeIfAbsent(rs.getLong("session_id"), id -> new ArrayList<>())
                            .add(agendaItem(rs, zone));
                });
        return bySession;
    }

    List<ActionItem> actionItems(long sessionId) {
        return jdbc.sql("select * from bimtek_action_item where session_id = ? order by seq")
                .param(sessionId)
                .query((rs, n) -> actionItem(rs))
                .list();
    }

    /** The action items of every session of the masterplan, by session id. */
    Map<Long, List<ActionItem>> actionItemsBySession(long masterplanId) {
        Map<Long, List<ActionItem>> bySession = new HashMap<>();
        jdbc.sql("select a.* from bimtek_action_item a join bimtek_session s on s.id = a.session_id"
                        + " where s.masterplan_id = ? order by a.session_id, a.seq")
                .param(masterplanId)
                .query(rs -> {
                    bySession
                            .computeIfAbsent(rs.getLong("session_id"), id -> new ArrayList<>())
                            .add(actionItem(rs));
                });
        return bySession;
    }

    private static AgendaItem agendaItem(ResultSet rs, ZoneId zone) throws SQLException {
        return new AgendaItem(
                instant(rs, "starts_at").atZone(zone).toOffsetDateTime(),
                rs.getString("title"),
                rs.getString("speaker"),
                rs.getString("speaker_role") == null ? null : SpeakerRole.valueOf(rs.getString("speaker_role")));
    }

    private static ActionItem actionItem(ResultSet rs) throws SQLException {
        return new ActionItem(
                rs.getString("description"),
                rs.getString("owner"),
                rs.getObject("due_date", LocalDate.class),
                rs.getBoolean("done"));
    }

    void replaceAgenda(long sessionId, List<AgendaItem> items) {
        jdbc.sql("delete from bimtek_agenda_item where session_id = ?")
                .param(sessionId)
                .update();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            jdbc.sql("insert into bimtek_agenda_item (session_id, seq, starts_at, title, speaker, speaker_role)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            sessionId,
                            i,
                            item.startsAt().withOffsetSameInstant(ZoneOffset.UTC),
                            item.title(),
                            item.speaker(),
                            item.speakerRole() == null
                                    ? null
                                    : item.speakerRole().name())
                    .update();
        }
    }

    void replaceActionItems(long sessionId, List<ActionItem> items) {
        jdbc.sql("delete from bimtek_action_item where session_id = ?")
                .param(sessionId)
                .update();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            jdbc.sql("insert into bimtek_action_item (session_id, seq, description, owner, due_date, done)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(sessionId, i, item.description(), item.owner(), item.dueDate(), item.done())
                    .update();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("masterplan_id"),
                rs.getInt("stage"),
                rs.getString("title"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                SessionMode.valueOf(rs.getString("mode")),
                rs.getString("venue"),
                rs.getString("online_url"),
                rs.getString("opened_by"),
                rs.getString("minutes"),
                rs.getLong("version"));
    }
}
