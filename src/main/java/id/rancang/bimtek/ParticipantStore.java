package id.rancang.bimtek;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Participants and attendance; every finder takes the masterplan (tenant-scoped). */
@Repository
class ParticipantStore {

    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Participant> findAll(long masterplanId) {
        return jdbc.sql("select * from bimtek_participant where masterplan_id = ? order by name, id")
                .param(masterplanId)
                .query(ParticipantStore::map)
                .list();
    }

    Optional<Participant> find(long masterplanId, long id) {
        return jdbc.sql("select * from bimtek_participant where masterplan_id = ? and id = ?")
                .params(masterplanId, id)
                .query(ParticipantStore::map)
                .optional();
    }

    /** The ids among {@code ids} that are participants of the masterplan. */
    List<Long> existing(long masterplanId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from bimtek_participant where masterplan_id = :m and id in (:ids)")
                .param("m", masterplanId)
                .param("ids", ids)
                .query(Long.class)
                .list();
    }

    long insert(long masterplanId, Participant p, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bimtek_participant (masterplan_id, name, category, organisation, office_code,"
                        + " job_title, area_code, contact, council_member, team_member, created_at, updated_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        masterplanId,
                        p.name(),
                        p.category().name(),
                        p.organisation(),
                        p.officeCode(),
                        p.position(),
                        p.areaCode(),
                        p.contact(),
                        p.councilMember(),
                        p.teamMember(),
                        SessionStore.utc(now),
                        SessionStore.utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long masterplanId, Participant p, Instant now) {
        return jdbc.sql("update bimtek_participant set name = ?, category = ?, organisation = ?, office_code = ?,"
                                + " job_title = ?, area_code = ?, contact = ?, council_member = ?, team_member = ?,"
                                + " updated_at = ?, version = version + 1"
                                + " where id = ? and masterplan_id = ? and version = ?")
                        .params(
                                p.name(),
                                p.category().name(),
                                p.organisation(),
                                p.officeCode(),
                                p.position(),
                                p.areaCode(),
                                p.contact(),
                                p.councilMember(),
                                p.teamMember(),
                                SessionStore.utc(now),
                                p.id(),
                                masterplanId,
                                p.version())
                        .update()
                == 1;
    }

    /** Participant id → presence (null: registered, absent) for a session of the masterplan. */
    Map<Long, Optional<Presence>> attendance(long sessionId) {
        return jdbc
                .sql("select participant_id, presence from bimtek_attendance where session_id = ?")
                .param(sessionId)
                .query((rs, n) -> Map.entry(
                        rs.getLong("participant_id"),
                        Optional.ofNullable(rs.getString("presence")).map(Presence::valueOf)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Holds the session until the transaction ends, so that attendance changes are made one by one. */
    void lockSession(long sessionId) {
        jdbc.sql("select id from bimtek_session where id = ? for update")
                .param(sessionId)
                .query(Long.class)
                .optional();
    }

    /** Records who attended; registrations of those absent are kept, with no presence. */
    void replaceAttendance(long sessionId, Map<Long, Presence> present, Instant now) {
        jdbc.sql("delete from bimtek_attendance where session_id = ? and presence is not null")
                .param(sessionId)
                .update();
        jdbc.sql("update bimtek_attendance set presence = null where session_id = ?")
                .param(sessionId)
                .update();
        present.forEach((participant, presence) -> {
            int updated = jdbc.sql("update bimtek_attendance set presence = ?, recorded_at = ?"
                            + " where session_id = ? and participant_id = ?")
                    .params(presence.name(), SessionStore.utc(now), sessionId, participant)
                    .update();
            if (updated == 0) {
                insert(sessionId, participant, presence, now);
            }
        });
    }

    /** Sessions in which the participant was recorded present (in person or online). */
    int attendedCount(long participantId) {
        return jdbc.sql("select count(*) from bimtek_attendance where participant_id = ? and presence is not null")
                .param(participantId)
                .query(Integer.class)
                .single();
    }

    /** Deletes a participant who attended nothing, with their registrations. */
    void delete(long masterplanId, long participantId) {
        jdbc.sql("delete from bimtek_attendance where participant_id = ? and presence is null")
                .param(participantId)
                .update();
        jdbc.sql("delete from bimtek_participant where id = ? and masterplan_id = ?")
                .params(participantId, masterplanId)
                .update();
    }

    /** Removes a registration that has no recorded presence. */
    void unregister(long sessionId, long participantId) {
        jdbc.sql("delete from bimtek_attendance where session_id = ? and participant_id = ? and presence is null")
                .params(sessionId, participantId)
                .update();
    }

    /** Registers participants for a session (those already registered stay as they are). */
    void register(long sessionId, Collection<Long> participants, Instant now) {
        Map<Long, Optional<Presence>> existing = attendance(sessionId);
        participants.stream().filter(id -> !existing.containsKey(id)).forEach(id -> insert(sessionId, id, null, now));
    }

    private void insert(long sessionId, long participant, Presence presence, Instant now) {
        jdbc.sql(
                        "insert into bimtek_attendance (session_id, participant_id, presence, recorded_at) values (?, ?, ?, ?)")
                .params(sessionId, participant, presence == null ? null : presence.name(), SessionStore.utc(now))
                .update();
    }

    private static Participant map(ResultSet rs, int n) throws SQLException {
        return new Participant(
                rs.getLong("id"),
                rs.getString("name"),
                PentahelixCategory.valueOf(rs.getString("category")),
                rs.getString("organisation"),
                rs.getString("office_code"),
                rs.getString("job_title"),
                rs.getString("area_code"),
                rs.getString("contact"),
                rs.getBoolean("council_member"),
                rs.getBoolean("team_member"),
                rs.getLong("version"));
    }
}
