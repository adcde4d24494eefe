package id.rancang.publication;

import static id.rancang.publication.BookContext.column;
import static id.rancang.publication.BookContext.numeric;
import static id.rancang.publication.BookContext.orDash;

import id.rancang.analysis.Initiative;
import id.rancang.analysis.Issue;
import id.rancang.analysis.RadarChart;
import id.rancang.analysis.ReadinessModel;
import id.rancang.analysis.ReadinessSummary;
import id.rancang.analysis.RegionalProfile;
import id.rancang.analysis.SwotItem;
import id.rancang.analysis.SwotKind;
import id.rancang.document.Block;
import id.rancang.document.Book;
import id.rancang.framework.Framework;
import id.rancang.strategy.Goal;
import id.rancang.strategy.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Buku 1 · Analisis Strategis: introduction, the regional profile, readiness (ratings, radar,
 * SWOT, gaps), strategic issues per dimension, and the vision with its goals and indicators.
 */
final class AnalysisBook {

    private AnalysisBook() {}

    static Book assemble(BookContext c, ReadinessModel model) {
        List<Book.Chapter> chapters = new ArrayList<>();
        chapters.add(introduction(c));
        chapters.add(profile(c));
        chapters.add(readiness(c, model));
        chapters.add(issues(c));
        chapters.add(visionChapter(c));
        return new Book(BookKind.ANALISIS_STRATEGIS.code(), c.locale(), c.cover(BookKind.ANALISIS_STRATEGIS), chapters);
    }

    private static Book.Chapter introduction(BookContext c) {
        List<Block> blocks = new ArrayList<>();
        c.narrative(blocks, NarrativeChapter.B1_BACKGROUND, true);
        c.narrative(blocks, NarrativeChapter.B1_AIMS, true);
        c.narrative(blocks, NarrativeChapter.B1_LEGAL_BASIS, true);
        c.narrative(blocks, NarrativeChapter.B1_METHOD, true);
        return new Book.Chapter(c.text("publication.chapter.introduction"), blocks);
    }

    private static Book.Chapter profile(BookContext c) {
        RegionalProfile p = c.data().profile();
        List<Block> blocks = new ArrayList<>();
        if (!c.data().narrative(NarrativeChapter.B1_REGIONAL_OVERVIEW).isBlank()) {
            c.narrative(blocks, NarrativeChapter.B1_REGIONAL_OVERVIEW, false);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                c.text("publication.profile.population"), p.population() == null ? "—" : c.number(p.population())));
        rows.add(List.of(
                c.text("publication.profile.area"), p.areaKm2() == null ? "—" : c.decimal(p.areaKm2()) + " km²"));
        rows.add(List.of(c.text("publication.profile.districts"), c.number(p.districts())));
        rows.add(List.of(c.text("publication.profile.villages"), c.number(p.villages())));
        rows.add(List.of(c.text("publication.profile.apbd"), p.apbd() == null ? "—" : c.rupiah(p.apbd())));
        rows.add(List.of(c.text("publication.profile.fiscalCapacity"), orDash(p.fiscalCapacity())));
        rows.add(List.of(
                c.text("publication.profile.rpjmd"),
                p.rpjmdStartYear() == null ? "—" : p.rpjmdStartYear() + "–" + orDash(p.rpjmdEndYear())));
        blocks.add(c.table(
                c.text("publication.profile.caption", c.data().regionName()),
                List.of(column(c.text("publication.profile.item")), column(c.text("publication.profile.value"))),
                rows,
                null));
        if (p.regentVision() != null && !p.regentVision().isBlank()) {
            blocks.add(new Block.Heading(c.text("publication.profile.regentVision")));
            blocks.add(new Block.Paragraph(p.regentVision()));
            if (!p.regentMissions().isEmpty()) {
                blocks.add(new Block.Bullets(p.regentMissions()));
            }
        }
        if (!p.leadingSectors().isEmpty()) {
            blocks.add(new Block.Heading(c.text("publication.profile.leadingSectors")));
            blocks.add(new Block.Bullets(p.leadingSectors()));
        }
        if (!p.figures().isEmpty()) {
            List<List<String>> figures = p.figures().stream()
                    .map(f -> List.of(
                            f.name(),
                            c.decimal(f.value()) + (f.unit() == null ? "" : " " + f.unit()),
                            orDash(f.year()),
                            orDash(f.source())))
                    .toList();
            blocks.add(c.table(
                    c.text("publication.profile.figures"),
                    List.of(
                            column(c.text("publication.profile.item")),
                            numeric(c.text("publication.profile.value")),
                            column(c.text("publication.year")),
                            column(c.text("publication.source"))),
                    figures,
                    null));
        }
        return new Book.Chapter(c.text("publication.chapter.profile"), blocks);
    }

    private static Book.Chapter readiness(BookContext c, ReadinessModel model) {
        List<Block> blocks = new ArrayList<>();
        if (!c.data().narrative(NarrativeChapter.B1_READINESS).isBlank()) {
            c.narrative(blocks, NarrativeChapter.B1_READINESS, false);
        }
        ReadinessSummary summary = ReadinessSummary.of(model, c.data().ratings());
        if (!summary.hasRatings()) {
            blocks.add(new Block.Paragraph(c.text("publication.readiness.none")));
        } else {
            List<RadarChart.Axis> axes = summary.subElements().stream()
                    .map(s -> new RadarChart.Axis(name(model, s.code(), c), s.current(), s.required()))
                    .toList();
            blocks.add(new Block.Figure(
                    c.text("publication.readiness.radar"),
                    RadarChart.svg(
                            axes,
                            c.text("analysis.radar.title"),
                            c.text("analysis.radar.description"),
                            c.text("analysis.rating.current"),
                            c.text("analysis.rating.required")),
                    c.text("publication.readiness.radar.description")));
            List<List<String>> rows = new ArrayList<>();
            for (ReadinessModel.Element element : model.elements()) {
                ReadinessSummary.ElementScore score = summary.elements().stream()
                        .filter(e -> e.code().equals(element.code()))
                        .findFirst()
                        .orElse(null);
                for (ReadinessModel.SubElement sub : element.subElements()) {
                    ReadinessSummary.SubElementScore s = score == null
                            ? null
                            : score.subElements().stream()
                                    .filter(x -> x.code().equals(sub.code()))
                                    .findFirst()
                                    .orElse(null);
                    rows.add(List.of(
                            element.name().in(c.locale()),
                            sub.name().in(c.locale()),
                            s == null || s.current() == null ? "—" : s.current().toString(),
                            s == null || s.required() == null
                                    ? "—"
                                    : s.required().toString(),
                            s == null || s.gap() == null ? "—" : s.gap().toString()));
                }
            }
            blocks.add(c.table(
                    c.text("publication.readiness.caption"),
                    List.of(
                            column(c.text("publication.readiness.element")),
                            column(c.text("publication.readiness.subElement")),
                            numeric(c.text("analysis.rating.current")),
                            numeric(c.text("analysis.rating.required")),
                            numeric(c.text("publication.readiness.gap"))),
                    rows,
                    null));
            List<String> gaps = summary.byGap().stream()
                    .filter(s -> s.gap() != null && s.gap() > 0)
                    .limit(5)
                    .map(s -> c.text("publication.readiness.gapItem", name(model, s.code(), c), s.gap()))
                    .toList();
            if (!gaps.isEmpty()) {
                blocks.add(new Block.Heading(c.text("publication.readiness.gaps")));
                blocks.add(new Block.Bullets(gaps));
            }
        }
        List<SwotItem> swot = c.data().swot();
        if (!swot.isEmpty()) {
            blocks.add(new Block.Heading(c.text("publication.swot")));
            for (SwotKind kind : SwotKind.values()) {
                List<List<String>> rows = swot.stream()
                        .filter(s -> s.kind() == kind)
                        .map(s -> List.of(name(model, s.subElement(), c), s.text()))
                        .toList();
                if (!rows.isEmpty()) {
                    blocks.add(c.table(
                            c.text("publication.swot.caption", c.text("analysis.swot." + kind.name())),
                            List.of(
                                    column(c.text("publication.readiness.subElement")),
                                    column(c.text("analysis.swot.text"))),
                            rows,
                            null));
                }
            }
        }
        return new Book.Chapter(c.text("publication.chapter.readiness"), blocks);
    }

    private static String name(ReadinessModel model, String code, BookContext c) {
        return model.subElement(code).map(s -> s.name().in(c.locale())).orElse(code);
    }

    private static Book.Chapter issues(BookContext c) {
        List<Block> blocks = new ArrayList<>();
        if (!c.data().narrative(NarrativeChapter.B1_STRATEGIC_ISSUES).isBlank()) {
            c.narrative(blocks, NarrativeChapter.B1_STRATEGIC_ISSUES, false);
        }
        List<List<String>> counts = new ArrayList<>();
        for (Framework.Dimension dimension : c.dimensions()) {
            long problems = c.data().problems().stream()
                    .filter(i -> dimension.code().equals(i.dimension()))
                    .count();
            long potentials = c.data().potentials().stream()
                    .filter(i -> dimension.code().equals(i.dimension()))
                    .count();
            counts.add(List.of(dimension.name().in(c.locale()), c.number(problems), c.number(potentials)));
        }
        blocks.add(c.table(
                c.text("publication.issues.summary"),
                List.of(
                        column(c.text("programme.dimension")),
                        numeric(c.text("analysis.problems.title")),
                        numeric(c.text("analysis.potentials.title"))),
                counts,
                List.of(
                        c.text("publication.total"),
                        c.number(c.data().problems().size()),
                        c.number(c.data().potentials().size()))));
        for (Framework.Dimension dimension : c.dimensions()) {
            List<Issue> problems = inDimension(c.data().problems(), dimension.code());
            List<Issue> potentials = inDimension(c.data().potentials(), dimension.code());
            if (problems.isEmpty() && potentials.isEmpty()) {
                continue;
            }
            String name = dimension.name().in(c.locale());
            blocks.add(new Block.Heading(c.text("publication.issues.dimension", name)));
            if (!problems.isEmpty()) {
                blocks.add(issueTable(c, c.text("publication.issues.problems", name), problems, dimension.code()));
            }
            if (!potentials.isEmpty()) {
                blocks.add(issueTable(c, c.text("publication.issues.potentials", name), potentials, dimension.code()));
            }
        }
        List<Initiative> initiatives = c.data().initiatives();
        if (!initiatives.isEmpty()) {
            blocks.add(new Block.Heading(c.text("publication.initiatives")));
            blocks.add(c.table(
                    c.text("publication.initiatives.caption"),
                    List.of(
                            column(c.text("publication.name")),
                            column(c.text("programme.dimension")),
                            column(c.text("publication.owner")),
                            column(c.text("publication.initiative.status"))),
                    initiatives.stream()
                            .map(i -> List.of(
                                    i.name(),
                                    c.dimension(i.dimension()),
                                    orDash(i.ownerOffice()),
                                    c.text("analysis.initiative.status."
                                            + i.status().name())))
                            .toList(),
                    null));
        }
        return new Book.Chapter(c.text("publication.chapter.issues"), blocks);
    }

    private static List<Issue> inDimension(List<Issue> issues, String dimension) {
        return issues.stream()
                .filter(i -> dimension.equals(i.dimension()))
                .sorted(Comparator.comparing(Issue::severity).reversed().thenComparing(Issue::title))
                .toList();
    }

    private static Block.Table issueTable(BookContext c, String caption, List<Issue> issues, String dimension) {
        return c.table(
                caption,
                List.of(
                        column(c.text("publication.issue")),
                        column(c.text("publication.subDimension")),
                        numeric(c.text("publication.severity")),
                        column(c.text("publication.evidence"))),
                issues.stream()
                        .map(i -> List.of(
                                i.description() == null || i.description().isBlank()
                                        ? i.title()
                                        : i.title() + ": " + i.description(),
                                orDash(c.subDimension(dimension, i.subDimension())),
                                String.valueOf(i.severity()),
                                i.evidence() == null || i.evidence().isEmpty() ? "—" : evidence(i)))
                        .toList(),
                null);
    }

    private static String evidence(Issue issue) {
        StringBuilder text = new StringBuilder(orDash(issue.evidence().figure()));
        if (issue.evidence().year() != null) {
            text.append(" (").append(issue.evidence().year()).append(')');
        }
        if (issue.evidence().source() != null && !issue.evidence().source().isBlank()) {
            text.append(", ").append(issue.evidence().source());
        }
        return text.toString();
    }

    private static Book.Chapter visionChapter(BookContext c) {
        List<Block> blocks = new ArrayList<>();
        VisionBlocks.vision(c, blocks);
        VisionBlocks.goals(c, blocks);
        VisionBlocks.indicators(c, blocks);
        return new Book.Chapter(c.text("publication.chapter.vision"), blocks);
    }

    /** The goals and indicators of a dimension, shared by Buku 1 and Buku 2. */
    static final class VisionBlocks {

        private VisionBlocks() {}

        static void vision(BookContext c, List<Block> blocks) {
            blocks.add(new Block.Heading(c.text("publication.vision")));
            String statement = c.data().vision().statement();
            blocks.add(new Block.Paragraph(
                    statement == null || statement.isBlank() ? c.text("publication.vision.none") : statement));
            if (!c.data().vision().missions().isEmpty()) {
                blocks.add(new Block.Heading(c.text("publication.missions")));
                blocks.add(new Block.Bullets(c.data().vision().missions()));
            }
        }

        static void goals(BookContext c, List<Block> blocks) {
            if (c.data().goals().isEmpty()) {
                return;
            }
            blocks.add(new Block.Heading(c.text("publication.goals")));
            blocks.add(c.table(
                    c.text("publication.goals.caption"),
                    List.of(
                            column(c.text("programme.dimension")),
                            column(c.text("publication.goal")),
                            column(c.text("publication.target"))),
                    sortedGoals(c).stream()
                            .map(g -> List.of(c.dimension(g.dimension()), g.statement(), orDash(g.target())))
                            .toList(),
                    null));
        }

        static List<Goal> sortedGoals(BookContext c) {
            Map<String, Integer> order = new TreeMap<>();
            List<Framework.Dimension> dimensions = c.dimensions();
            for (int i = 0; i < dimensions.size(); i++) {
                order.put(dimensions.get(i).code(), i);
            }
            return c.data().goals().stream()
                    .sorted(Comparator.comparing((Goal g) -> order.getOrDefault(g.dimension(), 99))
                            .thenComparing(Goal::id))
                    .toList();
        }

        static void indicators(BookContext c, List<Block> blocks) {
            List<Indicator> indicators = c.data().indicators();
            if (indicators.isEmpty()) {
                return;
            }
            blocks.add(new Block.Heading(c.text("publication.indicators")));
            int last = c.data().endYear();
            blocks.add(c.table(
                    c.text("publication.indicators.caption"),
                    List.of(
                            column(c.text("publication.indicator")),
                            column(c.text("publication.unit")),
                            column(c.text("publication.direction")),
                            numeric(c.text("publication.baseline")),
                            numeric(c.text("publication.targetIn", last))),
                    indicators.stream()
                            .map(i -> List.of(
                                    i.name(),
                                    orDash(i.unit()),
                                    i.direction() == null
                                            ? "—"
                                            : c.text("indicator.direction."
                                                    + i.direction().name()),
                                    i.baselineValue() == null
                                            ? "—"
                                            : c.decimal(i.baselineValue())
                                                    + (i.baselineYear() == null ? "" : " (" + i.baselineYear() + ")"),
                                    finalTarget(c, i)))
                            .toList(),
                    null));
        }

        private static String finalTarget(BookContext c, Indicator indicator) {
            if (indicator.targets() == null || indicator.targets().isEmpty()) {
                return "—";
            }
            Integer year = indicator.targets().lastKey();
            BigDecimal value = indicator.targets().get(year);
            return c.decimal(value) + (year == c.data().endYear() ? "" : " (" + year + ")");
        }
    }
}
