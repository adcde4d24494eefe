package id.rancang.bimtek;

import id.rancang.shared.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stage dates, manual output ticks and the facts behind automatic ticks, per masterplan. */
@Repository
class StageStore {

    private final JdbcClient jdbc;

    StageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StageRow(
            int number,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            Instant closedAt,
            String closedBy) {}

    record Tick(String code, boolean done, String note, String tickedBy, Instant tickedAt) {}

    Map<Integer, StageRow> stages(long masterplanId) {
        return jdbc
                .sql("select * from bimtek_stage where masterplan_id = ?")
                .param(masterplanId)
                .query(StageStore::map)
                .list()
                .stream()
                .collect(Collectors.toMap(StageRow::number, row -> row));
    }

    /** Creates the stage row on first use, locked for the rest of the transaction. */
    StageRow lock(long masterplanId, int number, Instant now) {
        Optional<StageRow> existing = selectForUpdate(masterplanId, number);
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into bimtek_stage (masterplan_id, stage_no, updated_at, version) values (?, ?, ?, 0)")
                .params(masterplanId, number, SessionStore.utc(now))
                .update();
        return selectForUpdate(masterplanId, number).orElseThrow();
    }

    void save(long masterplanId, StageRow row, Instant now) {
        jdbc.sql("update bimtek_stage set planned_start = ?, planned_end = ?, actual_start = ?, actual_end = ?,"
                        + " closed_at = ?, closed_by = ?, updated_at = ?, version = version + 1"
                        + " where masterplan_id = ? and stage_no = ?")
                .params(
                        row.plannedStart(),
                        row.plannedEnd(),
                        row.actualStart(),
                        row.actualEnd(),
                        SessionStore.utc(row.closedAt()),
                        row.closedBy(),
                        SessionStore.utc(now),
                        masterplanId,
                        row.number())
                .update();
    }

    Map<String, Tick> ticks(long masterplanId) {
        return jdbc
                .sql("select * from bimtek_output_tick where masterplan_id = ?")
                .param(masterplanId)
                .query((rs, n) -> new Tick(
                        rs.getString("code"),
                        rs.getBoolean("done"),
                        rs.getString("note"),
                        rs.getString("ticked_by"),
                        SessionStore.instant(rs, "ticked_at")))
                .list()
                .stream()
                .collect(Collectors.toMap(Tick::code, t -> t));
    }

    void tick(long masterplanId, Tick tick) {
        Rows.updateOrInsert(
                jdbc,
                "bimtek_output_tick",
                List.of(Rows.column("masterplan_id", masterplanId), Rows.column("code", tick.code())),
                List.of(
                        Rows.column("done", tick.done()),
                        Rows.column("note", tick.note()),
                        Rows.column("ticked_by", tick.tickedBy()),
                        Rows.column("ticked_at", SessionStore.utc(tick.tickedAt()))));
    }

    /** Stages (per masterplan) in which a session with recorded attendance took place. */
    Map<Long, List<Integer>> stagesHeld(Collection<Long> masterplanIds) {
        if (masterplanIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select distinct s.masterplan_id, s.stage from bimtek_session s"
                        + " where s.masterplan_id in (:ids) and exists (select 1 from bimtek_attendance a"
                        + " where a.session_id = s.id and a.presence is not null)")
                .param("ids", masterplanIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Output codes ticked by hand (done or explicitly not done), per masterplan. */
    Map<Long, Map<String, Boolean>> tickDecisions(Collection<Long> masterplanIds) {
        if (masterplanIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, Boolean>> decisions = new java.util.HashMap<>();
        jdbc.sql("select masterplan_id, code, done from bimtek_output_tick where masterplan_id in (:ids)")
                .param("ids", masterplanIds)
                .query(rs -> {
                    decisions
                            .computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                            .put(rs.getString(2), rs.getBoolean(3));
                });
        return decisions;
    }

    /** Cohort years set, per masterplan. */
    Map<Long, Integer> cohorts(Collection<Long> masterplanIds) {
        if (masterplanIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select masterplan_id, cohort_year from bimtek_cohort where masterplan_id in (:ids)")
                .param("ids", masterplanIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveCohort(long masterplanId, Integer year, String by, Instant now) {
        jdbc.sql("delete from bimtek_cohort where masterplan_id = ?")
                .param(masterplanId)
                .update();
        if (year != null) {
            jdbc.sql(
                            "insert into bimtek_cohort (masterplan_id, cohort_year, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(masterplanId, year, by, SessionStore.utc(now))
                    .update();
        }
    }

    /** The latest change to a masterplan's Bimtek (sessions, ticks, stages), per masterplan. */
    Map<Long, Instant> lastActivity(Collection<Long> masterplanIds) {
        if (masterplanIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select masterplan_id, max(t) from ("
                        + " select masterplan_id, updated_at t from bimtek_session where masterplan_id in (:ids)"
                        + " union all select masterplan_id, ticked_at t from bimtek_output_tick where masterplan_id in (:ids)"
                        + " union all select masterplan_id, updated_at t from bimtek_stage where masterplan_id in (:ids)"
                        + ") x group by masterplan_id")
                .param("ids", masterplanIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), SessionStore.instant(rs, 2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** When the first session of a masterplan's stage begins, if it has any. */
    Optional<Instant> firstSession(long masterplanId, int number) {
        return jdbc
                .sql("select starts_at from bimtek_session where masterplan_id = ? and stage = ?"
                        + " order by starts_at, id")
                .params(masterplanId, number)
                .query((rs, n) -> SessionStore.instant(rs, 1))
                .list()
                .stream()
                .findFirst();
    }

    private Optional<StageRow> selectForUpdate(long masterplanId, int number) {
        return jdbc.sql("select * from bimtek_stage where masterplan_id = ? and stage_no = ? for update")
                .params(masterplanId, number)
                .query(StageStore::map)
                .optional();
    }

    private static StageRow map(ResultSet rs, int n) throws SQLException {
        return new StageRow(
                rs.getInt("stage_no"),
                rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class),
                rs.getObject("actual_start", LocalDate.class),
                rs.getObject("actual_end", LocalDate.class),
                SessionStore.instant(rs, "closed_at"),
                rs.getString("closed_by"));
    }
}
