package id.rancang.monitoring;

import static id.rancang.shared.Rows.column;

import id.rancang.shared.RegionCode;
import id.rancang.shared.Rows;
import id.rancang.shared.TenantScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluations and the national weights per year. */
@Repository
class EvaluationStore {

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Map<EvaluationDimension, BigDecimal>> weights(int year) {
        return jdbc.sql("select * from evaluation_weights where year_no = ?")
                .param(year)
                .query((rs, n) -> {
                    Map<EvaluationDimension, BigDecimal> w = new EnumMap<>(EvaluationDimension.class);
                    for (EvaluationDimension d : EvaluationDimension.values()) {
                        w.put(d, MonitoringStore.strip(rs.getBigDecimal("w_" + d.key())));
                    }
                    return w;
                })
                .optional();
    }

    void saveWeights(int year, Map<EvaluationDimension, BigDecimal> w, String by, Instant now) {
        Rows.updateOrInsert(
                jdbc,
                "evaluation_weights",
                List.of(column("year_no", year)),
                List.of(
                        column("w_baseline", w.get(EvaluationDimension.BASELINE)),
                        column("w_output", w.get(EvaluationDimension.OUTPUT)),
                        column("w_outcome", w.get(EvaluationDimension.OUTCOME)),
                        column("w_impact", w.get(EvaluationDimension.IMPACT)),
                        column("w_quick_win", w.get(EvaluationDimension.QUICK_WIN)),
                        column("updated_by", by),
                        column("updated_at", MonitoringStore.utc(now))));
    }

    Optional<Long> idInMasterplan(long masterplanId, int year) {
        return jdbc.sql("select id from evaluation where masterplan_id = ? and year_no = ?")
                .params(masterplanId, year)
                .query(Long.class)
                .optional();
    }

    long insert(Evaluation e) {
        jdbc.sql("insert into evaluation (masterplan_id, region_code, year_no, eval_index, strengths, weaknesses,"
                        + " recommendations, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.masterplanId(),
                        e.regionCode().value(),
                        e.year(),
                        e.index(),
                        e.strengths(),
                        e.weaknesses(),
                        e.recommendations(),
                        e.createdBy(),
                        MonitoringStore.utc(e.createdAt()))
                .update();
        long id = idInMasterplan(e.masterplanId(), e.year()).orElseThrow();
        insertScores(id, e);
        return id;
    }

    /** Overwrites evaluation {@code id} if it still has {@code version}; false when it changed meanwhile. */
    boolean update(long id, long version, Evaluation e, String by, Instant now) {
        int updated = jdbc.sql("update evaluation set year_no = ?, eval_index = ?, strengths = ?, weaknesses = ?,"
                        + " recommendations = ?, updated_by = ?, updated_at = ?, version = version + 1"
                        + " where id = ? and masterplan_id = ? and version = ?")
                .params(
                        e.year(),
                        e.index(),
                        e.strengths(),
                        e.weaknesses(),
                        e.recommendations(),
                        by,
                        MonitoringStore.utc(now),
                        id,
                        e.masterplanId(),
                        version)
                .update();
        if (updated == 0) {
            return false;
        }
        deleteScores(id);
        insertScores(id, e);
        return true;
    }

    void delete(long id, long masterplanId) {
        deleteScores(id);
        jdbc.sql("delete from evaluation where id = ? and masterplan_id = ?")
                .params(id, masterplanId)
                .update();
    }

    private void deleteScores(long id) {
        jdbc.sql("delete from evaluation_score where evaluation_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from evaluation_dimension_score where evaluation_id = ?")
                .param(id)
                .update();
    }

    private void insertScores(long id, Evaluation e) {
        for (Evaluation.Score s : e.scores()) {
            jdbc.sql("insert into evaluation_score (evaluation_id, dimension, weight, score, self_score, evidence)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(id, s.key(), s.weight(), s.score(), s.selfScore(), s.evidence())
                    .update();
        }
        e.dimensionScores()
                .forEach((dimension, score) -> jdbc.sql(
                                "insert into evaluation_dimension_score (evaluation_id, dimension, score) values (?, ?, ?)")
                        .params(id, dimension, score)
                        .update());
    }

    List<Evaluation> inMasterplan(long masterplanId) {
        return jdbc
                .sql("select * from evaluation where masterplan_id = ? order by year_no")
                .param(masterplanId)
                .query(EvaluationStore::header)
                .list()
                .stream()
                .map(this::withScores)
                .toList();
    }

    /** Every evaluation of {@code year} nationally, best first (for ranks); callers filter by scope. */
    List<RankRow> rankingOfYearInScope(int year, TenantScope everything) {
        if (!everything.allRegions()) {
            throw new IllegalArgumentException("The national ranking is computed over every region");
        }
        return jdbc.sql("select id, masterplan_id, region_code, eval_index from evaluation where year_no = ?"
                        + " order by eval_index desc, region_code")
                .param(year)
                .query((rs, n) -> new RankRow(
                        rs.getLong("id"),
                        rs.getLong("masterplan_id"),
                        rs.getString("region_code"),
                        MonitoringStore.strip(rs.getBigDecimal("eval_index"))))
                .list();
    }

    /** The latest year with an evaluation of a region in {@code scope}. */
    Optional<Integer> latestYearInScope(TenantScope scope) {
        if (scope.allRegions()) {
            return jdbc.sql("select max(year_no) from evaluation").query(Integer.class).list().stream()
                    .filter(Objects::nonNull)
                    .findFirst();
        }
        return jdbc
                .sql("select max(year_no) from evaluation where region_code in (:codes)")
                .param("codes", scope.codesForQuery())
                .query(Integer.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    private Evaluation withScores(Evaluation e) {
        List<Evaluation.Score> scores = new ArrayList<>(jdbc.sql(
                        "select * from evaluation_score where evaluation_id = ?")
                .param(e.id())
                .query((rs, n) -> new Evaluation.Score(
                        EvaluationDimension.ofKey(rs.getString("dimension")).orElseThrow(),
                        MonitoringStore.strip(rs.getBigDecimal("weight")),
                        MonitoringStore.strip(rs.getBigDecimal("score")),
                        MonitoringStore.strip(rs.getBigDecimal("self_score")),
                        rs.getString("evidence")))
                .list());
        scores.sort((a, b) -> a.dimension().compareTo(b.dimension()));
        Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
        jdbc.sql("select dimension, score from evaluation_dimension_score where evaluation_id = ? order by dimension")
                .param(e.id())
                .query((rs, n) -> Map.entry(rs.getString(1), MonitoringStore.strip(rs.getBigDecimal(2))))
                .list()
                .forEach(entry -> dimensions.put(entry.getKey(), entry.getValue()));
        return new Evaluation(
                e.id(),
                e.masterplanId(),
                e.regionCode(),
                e.year(),
                e.index(),
                scores,
                dimensions,
                e.strengths(),
                e.weaknesses(),
                e.recommendations(),
                e.createdBy(),
                e.createdAt(),
                e.version());
    }

    private static Evaluation header(ResultSet rs, int n) throws SQLException {
        return new Evaluation(
                rs.getLong("id"),
                rs.getLong("masterplan_id"),
                RegionCode.of(rs.getString("region_code")),
                rs.getInt("year_no"),
                MonitoringStore.strip(rs.getBigDecimal("eval_index")),
                List.of(),
                Map.of(),
                rs.getString("strengths"),
                rs.getString("weaknesses"),
                rs.getString("recommendations"),
                rs.getString("created_by"),
                MonitoringStore.instant(rs, "created_at"),
                rs.getLong("version"));
    }

    record RankRow(long id, long masterplanId, String regionCode, BigDecimal index) {}
}
