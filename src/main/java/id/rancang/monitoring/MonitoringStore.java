package id.rancang.monitoring;

import static id.rancang.shared.Rows.column;

import id.rancang.shared.Rows;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Realisations, progress and office contributors; every query names its masterplan or region. */
@Repository
class MonitoringStore {

    private final JdbcClient jdbc;

    MonitoringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Realisation> realisations(long masterplanId) {
        return jdbc.sql("select * from monitoring_realisation where masterplan_id = ? order by indicator_id, year_no")
                .param(masterplanId)
                .query(MonitoringStore::realisation)
                .list();
    }

    Optional<Realisation> realisation(long masterplanId, long indicatorId, int year) {
        return jdbc.sql(
                        "select * from monitoring_realisation where masterplan_id = ? and indicator_id = ? and year_no = ?")
                .params(masterplanId, indicatorId, year)
                .query(MonitoringStore::realisation)
                .optional();
    }

    /** Saves the realisation over the version {@code seen} (0: none yet), as version {@code seen + 1}. */
    void saveRealisation(long masterplanId, Realisation r, long seen) {
        Rows.writeVersioned(
                jdbc,
                "monitoring_realisation",
                List.of(
                        column("masterplan_id", masterplanId),
                        column("indicator_id", r.indicatorId()),
                        column("year_no", r.year())),
                List.of(
                        column("actual_value", r.value()),
                        column("note", r.note()),
                        column("evidence_url", r.evidenceUrl()),
                        column("updated_by", r.updatedBy()),
                        column("updated_at", utc(r.updatedAt()))),
                seen,
                "realisation.conflict");
    }

    List<Progress> progress(long masterplanId) {
        return jdbc.sql("select * from monitoring_progress where masterplan_id = ? order by programme_code, year_no")
                .param(masterplanId)
                .query(MonitoringStore::progress)
                .list();
    }

    Optional<Progress> progress(long masterplanId, String code, int year) {
        return jdbc.sql(
                        "select * from monitoring_progress where masterplan_id = ? and programme_code = ? and year_no = ?")
                .params(masterplanId, code, year)
                .query(MonitoringStore::progress)
                .optional();
    }

    /** Saves the progress over the version {@code seen} (0: none yet), as version {@code seen + 1}. */
    void saveProgress(long masterplanId, Progress p, long seen) {
        Rows.writeVersioned(
                jdbc,
                "monitoring_progress",
                List.of(
                        column("masterplan_id", masterplanId),
                        column("programme_code", p.programmeCode()),
                        column("year_no", p.year())),
                List.of(
                        column("status", p.status().name()),
                        column("percent_complete", p.percentComplete()),
                        column("budget_realised", p.budgetRealised()),
                        column("updated_by", p.updatedBy()),
                        column("updated_at", utc(p.updatedAt()))),
                seen,
                "progress.conflict");
    }

    /** The office {@code username} reports for in {@code regionCode}, if any. */
    Optional<String> officeOfContributorInRegion(String regionCode, String username) {
        return jdbc.sql("select office_code from monitoring_contributor where region_code = ? and username = ?")
                .params(regionCode, username)
                .query(String.class)
                .optional();
    }

    List<Contributor> contributorsInRegion(String regionCode) {
        return jdbc.sql("select username, office_code, email from monitoring_contributor where region_code = ?"
                        + " order by username")
                .param(regionCode)
                .query((rs, n) ->
                        new Contributor(rs.getString("username"), rs.getString("office_code"), rs.getString("email")))
                .list();
    }

    void saveContributor(String regionCode, String username, String officeCode, String email, Instant now) {
        Rows.updateOrInsert(
                jdbc,
                "monitoring_contributor",
                List.of(column("region_code", regionCode), column("username", username)),
                List.of(column("office_code", officeCode), column("email", email)),
                column("created_at", utc(now)));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Realisation realisation(ResultSet rs, int n) throws SQLException {
        return new Realisation(
                rs.getLong("indicator_id"),
                rs.getInt("year_no"),
                strip(rs.getBigDecimal("actual_value")),
                rs.getString("note"),
                rs.getString("evidence_url"),
                rs.getString("updated_by"),
                instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static Progress progress(ResultSet rs, int n) throws SQLException {
        long budget = rs.getLong("budget_realised");
        Long budgetRealised = rs.wasNull() ? null : budget;
        return new Progress(
                rs.getString("programme_code"),
                rs.getInt("year_no"),
                ProgressStatus.valueOf(rs.getString("status")),
                strip(rs.getBigDecimal("percent_complete")),
                budgetRealised,
                rs.getString("updated_by"),
                instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A region user, the office they report for and where their reminders go. */
    record Contributor(String username, String officeCode, String email) {}
}
