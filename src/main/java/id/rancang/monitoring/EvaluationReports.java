package id.rancang.monitoring;

import id.rancang.document.Block;
import id.rancang.document.Block.Table.Column;
import id.rancang.document.Book;
import id.rancang.document.Documents;
import id.rancang.framework.Framework;
import id.rancang.framework.Frameworks;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Regions;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation report of a masterplan's year as a book (PDF or DOCX): the weighted index and
 * national rank, the scores per evaluation dimension with the region's own and the evidence, the
 * scores per smart city dimension, the implementation of the programmes that year, and the
 * written findings.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationReports {

    private final Evaluations evaluations;
    private final Monitoring monitoring;
    private final Masterplans masterplans;
    private final Regions regions;
    private final Frameworks frameworks;
    private final Documents documents;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    EvaluationReports(
            Evaluations evaluations,
            Monitoring monitoring,
            Masterplans masterplans,
            Regions regions,
            Frameworks frameworks,
            Documents documents,
            MessageSource messages,
            Clock clock,
            ZoneId displayZone) {
        this.evaluations = evaluations;
        this.monitoring = monitoring;
        this.masterplans = masterplans;
        this.regions = regions;
        this.frameworks = frameworks;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
        this.zone = displayZone;
    }

    public byte[] pdf(long masterplanId, long evaluationId, Locale locale) {
        return documents.pdf(book(masterplanId, evaluationId, locale));
    }

    public byte[] docx(long masterplanId, long evaluationId, Locale locale) {
        return documents.docx(book(masterplanId, evaluationId, locale));
    }

    Book book(long masterplanId, long evaluationId, Locale locale) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Evaluation evaluation = evaluations.get(masterplanId, evaluationId);
        String regionName = regions.get(masterplan.regionCode().value()).name();
        Framework framework = frameworks.get(masterplan.framework());
        Function<String, String> dimensionName = code -> framework.dimensionName(code, locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        Integer rank = evaluations.ranking(evaluation.year()).stream()
                .filter(r -> r.evaluationId() == evaluation.id())
                .map(RankedEvaluation::rank)
                .findFirst()
                .orElse(null);

        List<Block> summary = new ArrayList<>();
        summary.add(new Block.Paragraph(text(
                locale,
                "evaluation.report.index",
                regionName,
                evaluation.year(),
                decimal.format(evaluation.index()),
                rank == null ? "\u2013" : rank.toString())));
        List<List<String>> scoreRows = new ArrayList<>();
        for (Evaluation.Score s : evaluation.scores()) {
            scoreRows.add(List.of(
                    text(locale, "evaluation.dimension." + s.key()),
                    decimal.format(s.weight()),
                    s.selfScore() == null ? "" : decimal.format(s.selfScore()),
                    decimal.format(s.score()),
                    s.evidence() == null ? "" : s.evidence()));
        }
        summary.add(new Block.Table(
                text(locale, "evaluation.report.scores"),
                List.of(
                        Column.text(text(locale, "evaluation.dimension")),
                        Column.number(text(locale, "evaluation.weight")),
                        Column.number(text(locale, "evaluation.selfScore")),
                        Column.number(text(locale, "evaluation.score")),
                        Column.text(text(locale, "evaluation.evidence"))),
                scoreRows,
                List.of(text(locale, "evaluation.index"), "1", "", decimal.format(evaluation.index()), "")));
        if (!evaluation.dimensionScores().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            evaluation
                    .dimensionScores()
                    .forEach((d, score) -> rows.add(List.of(dimensionName.apply(d), decimal.format(score))));
            summary.add(new Block.Table(
                    text(locale, "evaluation.report.dimensionScores"),
                    List.of(
                            Column.text(text(locale, "monitoring.dimension")),
                            Column.number(text(locale, "evaluation.score"))),
                    rows,
                    null));
        }

        List<Block> implementation = new ArrayList<>();
        MonitoringReport report = monitoring.report(masterplanId, evaluation.year());
        Map<String, Map<ProgressStatus, Integer>> byDimension = new TreeMap<>();
        report.programmes()
                .forEach(p -> byDimension
                        .computeIfAbsent(p.dimension(), d -> new EnumMap<>(ProgressStatus.class))
                        .merge(p.status(), 1, Integer::sum));
        implementation.add(new Block.Paragraph(text(
                locale,
                "evaluation.report.running",
                decimal.format(report.overallRunningShare().movePointRight(2)),
                report.averageAchievement() == null ? "\u2013" : decimal.format(report.averageAchievement()))));
        if (!byDimension.isEmpty()) {
            implementation.add(new Block.Figure(
                    text(locale, "monitoring.statusChart.title", evaluation.year()),
                    MonitoringCharts.programmeStatus(
                            "status-" + evaluation.id(),
                            byDimension,
                            dimensionName,
                            s -> text(locale, "monitoring.status." + s.name()),
                            text(locale, "monitoring.statusChart.title", evaluation.year()),
                            text(locale, "monitoring.statusChart.description")),
                    text(locale, "monitoring.statusChart.description")));
            List<List<String>> rows = new ArrayList<>();
            report.programmesRunningShare()
                    .forEach((d, share) ->
                            rows.add(List.of(dimensionName.apply(d), decimal.format(share.movePointRight(2)) + " %")));
            implementation.add(new Block.Table(
                    text(locale, "monitoring.statusTable", evaluation.year()),
                    List.of(
                            Column.text(text(locale, "monitoring.dimension")),
                            Column.number(text(locale, "monitoring.runningShare"))),
                    rows,
                    null));
        }
        List<List<String>> indicatorRows = new ArrayList<>();
        for (MonitoringReport.IndicatorResult i : report.indicators()) {
            indicatorRows.add(List.of(
                    i.name(),
                    format(decimal, i.target()),
                    format(decimal, i.actual()),
                    i.achievementPercent() == null ? "" : decimal.format(i.achievementPercent()) + " %"));
        }
        if (!indicatorRows.isEmpty()) {
            implementation.add(new Block.Table(
                    text(locale, "monitoring.indicatorsTable", evaluation.year()),
                    List.of(
                            Column.text(text(locale, "monitoring.indicator")),
                            Column.number(text(locale, "monitoring.target")),
                            Column.number(text(locale, "monitoring.actual")),
                            Column.number(text(locale, "monitoring.achievement"))),
                    indicatorRows,
                    null));
        }

        List<Block> findings = new ArrayList<>();
        findings.add(new Block.Heading(text(locale, "evaluation.strengths")));
        findings.add(new Block.Paragraph(orDash(evaluation.strengths())));
        findings.add(new Block.Heading(text(locale, "evaluation.weaknesses")));
        findings.add(new Block.Paragraph(orDash(evaluation.weaknesses())));
        findings.add(new Block.Heading(text(locale, "evaluation.recommendations")));
        findings.add(new Block.Paragraph(orDash(evaluation.recommendations())));

        return new Book(
                "evaluasi-" + evaluation.year(),
                locale,
                new Book.Cover(
                        regionName,
                        text(locale, "evaluation.report.kind", evaluation.year()),
                        masterplan.title(),
                        masterplan.period().label(),
                        LocalDate.now(clock.withZone(zone))),
                List.of(
                        new Book.Chapter(text(locale, "evaluation.report.summary"), summary),
                        new Book.Chapter(text(locale, "evaluation.report.implementation"), implementation),
                        new Book.Chapter(text(locale, "evaluation.report.findings"), findings)));
    }

    private static String format(NumberFormat decimal, BigDecimal value) {
        return value == null ? "" : decimal.format(value);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "\u2013" : text;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
