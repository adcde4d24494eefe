package id.rancang.monitoring;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.Rows;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.Indicators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A masterplan's indicators with their targets and actual values per year as open data (CSV and
 * JSON). Anyone may read them once the region publishes them; before that only those who may read
 * the region (to check what would be published).
 */
@Service
public class OpenData {

    static final List<String> COLUMNS = List.of(
            "indicator_id", "indicator", "unit", "direction", "year", "target", "actual", "achievement_percent");

    private final Masterplans masterplans;
    private final Indicators indicators;
    private final Monitoring monitoring;
    private final AccessControl access;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    OpenData(
            Masterplans masterplans,
            Indicators indicators,
            Monitoring monitoring,
            AccessControl access,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock) {
        this.masterplans = masterplans;
        this.indicators = indicators;
        this.monitoring = monitoring;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One indicator in one year of the plan. */
    public record Row(
            long indicatorId,
            String indicator,
            String unit,
            String direction,
            int year,
            BigDecimal target,
            BigDecimal actual,
            BigDecimal achievementPercent) {}

    @Transactional(readOnly = true)
    public boolean published(long masterplanId) {
        return publishedInMasterplan(masterplans.get(masterplanId).id());
    }

    /** Publishes or withdraws the open data; the region's administrators only. */
    @Transactional
    public boolean publish(long masterplanId, boolean published) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.ADMINISTER);
        boolean before = publishedInMasterplan(masterplan.id());
        String by = access.currentUsername().orElse("system");
        Rows.updateOrInsert(
                jdbc,
                "monitoring_publication",
                List.of(Rows.column("masterplan_id", masterplan.id())),
                List.of(
                        Rows.column("published", published),
                        Rows.column("updated_by", by),
                        Rows.column("updated_at", MonitoringStore.utc(clock.instant()))));
        audit.record(
                masterplan.regionCode(),
                "open-data",
                masterplan.id(),
                AuditAction.UPDATED,
                Map.of("published", before),
                Map.of("published", published));
        return published;
    }

    /** Not in a transaction of its own: a "not found" from the caller's check must not spoil it. */
    public List<Row> rows(long masterplanId) {
        return readable(masterplanId, () -> {
            Masterplan masterplan = masterplans.get(masterplanId);
            Map<Long, SortedMap<Integer, BigDecimal>> actuals = monitoring.actuals(masterplanId);
            List<Row> rows = new ArrayList<>();
            for (Indicator indicator : indicators.list(masterplanId)) {
                SortedMap<Integer, BigDecimal> actual = actuals.getOrDefault(indicator.id(), new TreeMap<>());
                for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
                    BigDecimal target = indicator.targets().get(year);
                    BigDecimal value = actual.get(year);
                    rows.add(new Row(
                            indicator.id(),
                            indicator.name(),
                            indicator.unit(),
                            indicator.direction() == null
                                    ? null
                                    : indicator.direction().name(),
                            year,
                            target == null ? null : MonitoringStore.strip(target),
                            value,
                            Achievement.percent(indicator.direction(), target, value)));
                }
            }
            return rows;
        });
    }

    /** A masterplan whose open data its region has published. */
    public record Dataset(long masterplanId, String title, String regionCode, int startYear, int endYear) {}

    /** Every published dataset, for the public open-data page; newest plans first. */
    public List<Dataset> published() {
        List<Long> ids = jdbc.sql("select masterplan_id from monitoring_publication where published = true"
                        + " order by masterplan_id desc")
                .query(Long.class)
                .list();
        List<Dataset> datasets = new ArrayList<>();
        for (long id : ids) {
            Masterplan masterplan = readable(id, () -> masterplans.get(id));
            datasets.add(new Dataset(
                    masterplan.id(),
                    masterplan.title(),
                    masterplan.regionCode().value(),
                    masterplan.startYear(),
                    masterplan.endYear()));
        }
        return datasets;
    }

    public String csv(long masterplanId) {
        List<Row> rows = rows(masterplanId);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (Row r : rows) {
                printer.printRecord(
                        r.indicatorId(),
                        r.indicator(),
                        r.unit(),
                        r.direction(),
                        r.year(),
                        plain(r.target()),
                        plain(r.actual()),
                        plain(r.achievementPercent()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private boolean publishedInMasterplan(long masterplanId) {
        return jdbc.sql("select published from monitoring_publication where masterplan_id = ?")
                .param(masterplanId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Runs {@code read} as the caller when they may read the masterplan; otherwise, only if it is
     * published, as the system (read-only); "not found" in every other case.
     */
    private <T> T readable(long masterplanId, Supplier<T> read) {
        try {
            masterplans.get(masterplanId);
            return read.get();
        } catch (NotFoundException e) {
            if (!publishedInMasterplan(masterplanId)) {
                throw e;
            }
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        SecurityContextHolder.setContext(system);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
