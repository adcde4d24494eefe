package id.rancang.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of runs, scenarios and the adopted roadmap. Every method takes the masterplan, which the
 * facade has loaded through the masterplan module's access check.
 */
@Component
class RoadmapStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RoadmapStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insertRun(long masterplanId, OptimiseCommand request, RoadmapProblem problem, Instant now, String user) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into roadmap_run (masterplan_id, scenario_id, state, request_json, problem_json, started_at,"
                        + " started_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        masterplanId,
                        request.scenarioId(),
                        OptimisationRun.State.RUNNING.name(),
                        json.writeValueAsString(request),
                        json.writeValueAsString(problem),
                        Timestamp.from(now),
                        user)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void progress(long runId, Long objective, Long bound) {
        jdbc.sql("update roadmap_run set best_objective = ?, best_bound = ? where id = ?")
                .params(objective, bound, runId)
                .update();
    }

    /** Marks a running run as to be cancelled; false when it had already finished. */
    boolean requestCancel(long masterplanId, long runId) {
        return jdbc.sql("update roadmap_run set state = ? where id = ? and masterplan_id = ? and state = ?")
                        .params(
                                OptimisationRun.State.CANCELLING.name(),
                                runId,
                                masterplanId,
                                OptimisationRun.State.RUNNING.name())
                        .update()
                > 0;
    }

    boolean cancelRequested(long runId) {
        return jdbc.sql("select count(*) from roadmap_run where id = ? and state = ?")
                        .params(runId, OptimisationRun.State.CANCELLING.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void finish(long runId, OptimisationRun.State state, OptimisationRun.Result result, Instant now) {
        jdbc.sql("update roadmap_run set state = ?, result_json = ?, best_objective = ?, best_bound = ?,"
                        + " finished_at = ? where id = ?")
                .params(
                        state.name(),
                        result == null ? null : json.writeValueAsString(result),
                        result == null ? null : result.objective(),
                        result == null ? null : result.bestBound(),
                        Timestamp.from(now),
                        runId)
                .update();
    }

    /** Runs that were running when their instance stopped can never finish: mark them failed. */
    int failAbandoned(Instant startedBefore, Instant now) {
        return jdbc.sql("update roadmap_run set state = ?, finished_at = ? where state in (?, ?) and started_at < ?")
                .params(
                        OptimisationRun.State.FAILED.name(),
                        Timestamp.from(now),
                        OptimisationRun.State.RUNNING.name(),
                        OptimisationRun.State.CANCELLING.name(),
                        Timestamp.from(startedBefore))
                .update();
    }

    Optional<OptimisationRun> findRunInMasterplan(long masterplanId, long runId) {
        return jdbc.sql("select * from roadmap_run where masterplan_id = ? and id = ?")
                .params(masterplanId, runId)
                .query(this::run)
                .optional();
    }

    List<OptimisationRun> findRunsInMasterplan(long masterplanId, int limit) {
        return jdbc.sql("select * from roadmap_run where masterplan_id = ? order by id desc limit ?")
                .params(masterplanId, limit)
                .query(this::run)
                .list();
    }

    RoadmapProblem problemOf(long masterplanId, long runId) {
        String problem = jdbc.sql("select problem_json from roadmap_run where masterplan_id = ? and id = ?")
                .params(masterplanId, runId)
                .query(String.class)
                .single();
        return json.readValue(problem, RoadmapProblem.class);
    }

    private OptimisationRun run(ResultSet row, int index) throws SQLException {
        String result = row.getString("result_json");
        Timestamp finished = row.getTimestamp("finished_at");
        return new OptimisationRun(
                row.getLong("id"),
                row.getLong("masterplan_id"),
                (Long) row.getObject("scenario_id", Long.class),
                OptimisationRun.State.valueOf(row.getString("state")),
                json.readValue(row.getString("request_json"), OptimiseCommand.class),
                row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                row.getString("started_by"),
                (Long) row.getObject("best_objective", Long.class),
                (Long) row.getObject("best_bound", Long.class),
                result == null ? null : json.readValue(result, OptimisationRun.Result.class));
    }

    // The adopted roadmap.

    Optional<Long> findAdoptionVersionInMasterplan(long masterplanId) {
        return jdbc.sql("select version from roadmap_adoption where masterplan_id = ?")
                .param(masterplanId)
                .query(Long.class)
                .optional();
    }

    void adopt(long masterplanId, long runId, Map<String, Integer> schedule, Instant now, String user) {
        Optional<Long> version = findAdoptionVersionInMasterplan(masterplanId);
        if (version.isPresent()) {
            jdbc.sql("update roadmap_adoption set run_id = ?, adopted_at = ?, adopted_by = ?, version = version + 1"
                            + " where masterplan_id = ?")
                    .params(runId, Timestamp.from(now), user, masterplanId)
                    .update();
            jdbc.sql("delete from roadmap_entry where masterplan_id = ?")
                    .param(masterplanId)
                    .update();
        } else {
            jdbc.sql("insert into roadmap_adoption (masterplan_id, run_id, adopted_at, adopted_by, version)"
                            + " values (?, ?, ?, ?, 0)")
                    .params(masterplanId, runId, Timestamp.from(now), user)
                    .update();
        }
        schedule.forEach((code, year) -> jdbc.sql(
                        "insert into roadmap_entry (masterplan_id, programme_code, start_year) values (?, ?, ?)")
                .params(masterplanId, code, year)
                .update());
    }

    /** Moves one programme (null: takes it out of the roadmap); false when the version is stale. */
    boolean move(long masterplanId, String code, Integer startYear, long version, Instant now, String user) {
        int updated = jdbc.sql("update roadmap_adoption set version = version + 1, adopted_at = adopted_at"
                        + " where masterplan_id = ? and version = ?")
                .params(masterplanId, version)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from roadmap_entry where masterplan_id = ? and programme_code = ?")
                .params(masterplanId, code)
                .update();
        if (startYear != null) {
            jdbc.sql("insert into roadmap_entry (masterplan_id, programme_code, start_year) values (?, ?, ?)")
                    .params(masterplanId, code, startYear)
                    .update();
        }
        return true;
    }

    record Adoption(long runId, Instant adoptedAt, String adoptedBy, long version, Map<String, Integer> schedule) {}

    Optional<Adoption> findAdoptionInMasterplan(long masterplanId) {
        Map<String, Integer> schedule = new LinkedHashMap<>();
        jdbc.sql("select programme_code, start_year from roadmap_entry where masterplan_id = ?"
                        + " order by start_year, programme_code")
                .param(masterplanId)
                .query(row -> {
                    schedule.put(row.getString(1), row.getInt(2));
                });
        return jdbc.sql("select run_id, adopted_at, adopted_by, version from roadmap_adoption where masterplan_id = ?")
                .param(masterplanId)
                .query((row, i) -> new Adoption(
                        row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getLong(4), schedule))
                .optional();
    }

    // Scenarios.

    long insertScenario(long masterplanId, String name, OptimiseCommand parameters, Instant now, String user) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into roadmap_scenario (masterplan_id, name, ceilings_json, office_capacity, pins_json,"
                        + " time_limit_seconds, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        masterplanId,
                        name,
                        json.writeValueAsString(parameters.budgetCeilings()),
                        parameters.officeCapacity(),
                        json.writeValueAsString(parameters.pins()),
                        parameters.timeLimit(),
                        Timestamp.from(now),
                        user)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Scenario> findScenariosInMasterplan(long masterplanId) {
        return jdbc.sql("select * from roadmap_scenario where masterplan_id = ? order by name")
                .param(masterplanId)
                .query(this::scenario)
                .list();
    }

    Optional<Scenario> findScenarioInMasterplan(long masterplanId, long scenarioId) {
        return jdbc.sql("select * from roadmap_scenario where masterplan_id = ? and id = ?")
                .params(masterplanId, scenarioId)
                .query(this::scenario)
                .optional();
    }

    boolean existsScenarioNamedInMasterplan(long masterplanId, String name) {
        return jdbc.sql("select count(*) from roadmap_scenario where masterplan_id = ? and lower(name) = lower(?)")
                        .params(masterplanId, name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void deleteScenario(long masterplanId, long scenarioId) {
        jdbc.sql("delete from roadmap_scenario where masterplan_id = ? and id = ?")
                .params(masterplanId, scenarioId)
                .update();
    }

    private Scenario scenario(ResultSet row, int index) throws SQLException {
        Map<String, Long> ceilings =
                json.readValue(row.getString("ceilings_json"), new TypeReference<Map<String, Long>>() {});
        Map<String, Integer> pins =
                json.readValue(row.getString("pins_json"), new TypeReference<Map<String, Integer>>() {});
        long id = row.getLong("id");
        return new Scenario(
                id,
                row.getString("name"),
                new OptimiseCommand(
                        ceilings,
                        (Integer) row.getObject("office_capacity", Integer.class),
                        row.getInt("time_limit_seconds"),
                        pins,
                        id),
                row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"));
    }
}
