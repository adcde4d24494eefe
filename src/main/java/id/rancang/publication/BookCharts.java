package id.rancang.publication;

import id.rancang.document.Block;
import id.rancang.framework.Framework;
import id.rancang.programme.Programme;
import id.rancang.roadmap.BudgetChart;
import id.rancang.roadmap.GanttChart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The roadmap's charts for the books: the Gantt chart per dimension and spending per year. */
final class BookCharts {

    private BookCharts() {}

    static boolean hasSchedule(BookContext c) {
        return !c.data().schedule().isEmpty();
    }

    /** Bars per Gantt chart, so that every chart fits on one printed page. */
    static final int BARS_PER_CHART = 30;

    /**
     * One Gantt chart per dimension (a large dimension in parts of at most {@link #BARS_PER_CHART}
     * programmes): a chart of every programme at once would not fit on a page.
     */
    static List<Block.Figure> gantt(BookContext c) {
        List<Block.Figure> figures = new ArrayList<>();
        for (Framework.Dimension dimension : c.dimensions()) {
            List<GanttChart.Bar> bars = c.programmesOf(dimension.code()).stream()
                    .filter(p -> c.data().startOf(p) != null)
                    .sorted(Comparator.comparing((Programme p) -> c.data().startOf(p))
                            .thenComparing(Programme::code))
                    .map(p -> new GanttChart.Bar(
                            p.code(), p.name(), c.data().startOf(p), p.durationYears(), p.quickWin(), p.dependsOn()))
                    .toList();
            int parts = (bars.size() + BARS_PER_CHART - 1) / BARS_PER_CHART;
            for (int part = 0; part < parts; part++) {
                List<GanttChart.Bar> slice =
                        bars.subList(part * BARS_PER_CHART, Math.min(bars.size(), (part + 1) * BARS_PER_CHART));
                String name = dimension.name().in(c.locale());
                String title = parts == 1
                        ? c.text("publication.roadmap.ganttOf", name)
                        : c.text("publication.roadmap.ganttOfPart", name, part + 1, parts);
                String description = c.text("publication.roadmap.ganttDescription", slice.size(), name);
                figures.add(new Block.Figure(
                        title,
                        GanttChart.svg(
                                c.data().startYear(),
                                c.data().horizonYears(),
                                List.of(new GanttChart.Group(name, slice)),
                                title,
                                description,
                                c.text("roadmap.gantt.quickWin")),
                        description));
            }
        }
        return figures;
    }

    static List<BudgetChart.Year> years(BookContext c) {
        List<BudgetChart.Year> years = new ArrayList<>();
        for (int year = c.data().startYear(); year <= c.data().endYear(); year++) {
            years.add(new BudgetChart.Year(
                    year, c.data().spendIn(year), c.data().ceilings().getOrDefault(year, 0L)));
        }
        return years;
    }

    static Block.Figure budget(BookContext c) {
        String description = c.text(
                c.data().ceilings().isEmpty()
                        ? "publication.roadmap.budget.description"
                        : "roadmap.budget.description");
        return new Block.Figure(
                c.text("publication.roadmap.budget"),
                BudgetChart.svg(
                        years(c),
                        c.text("roadmap.budget.title"),
                        description,
                        c::compact,
                        c.text("roadmap.budget.spend"),
                        c.text("roadmap.budget.ceiling")),
                description);
    }

    /** Spending per year (and the ceiling, when a roadmap is adopted) as a table. */
    static Block.Table budgetTable(BookContext c) {
        boolean ceilings = !c.data().ceilings().isEmpty();
        List<List<String>> rows = new ArrayList<>();
        long spend = 0;
        long ceiling = 0;
        for (BudgetChart.Year year : years(c)) {
            spend += year.spend();
            ceiling += year.ceiling();
            rows.add(
                    ceilings
                            ? List.of(
                                    String.valueOf(year.year()),
                                    c.rupiah(year.spend()),
                                    c.rupiah(year.ceiling()),
                                    c.rupiah(year.ceiling() - year.spend()))
                            : List.of(String.valueOf(year.year()), c.rupiah(year.spend())));
        }
        List<Block.Table.Column> columns = ceilings
                ? List.of(
                        BookContext.column(c.text("publication.year")),
                        BookContext.numeric(c.text("roadmap.budget.spend")),
                        BookContext.numeric(c.text("roadmap.budget.ceiling")),
                        BookContext.numeric(c.text("publication.roadmap.headroom")))
                : List.of(
                        BookContext.column(c.text("publication.year")),
                        BookContext.numeric(c.text("roadmap.budget.spend")));
        List<String> total = ceilings
                ? List.of(c.text("publication.total"), c.rupiah(spend), c.rupiah(ceiling), c.rupiah(ceiling - spend))
                : List.of(c.text("publication.total"), c.rupiah(spend));
        return c.table(c.text("publication.roadmap.budgetCaption"), columns, rows, total);
    }
}
