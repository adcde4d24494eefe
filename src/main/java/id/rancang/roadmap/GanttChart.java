package id.rancang.roadmap;

import id.rancang.shared.ChartText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roadmap as a Gantt chart in SVG: one row per scheduled programme, grouped by dimension,
 * years as columns, quick wins marked with a diamond, prerequisites drawn as arrows from the end
 * of one bar to the start of the next. Presentation attributes only (no style sheet, no script),
 * with a title and description, so the same chart serves pages and the books.
 */
public final class GanttChart {

    /** A dimension and its scheduled programmes, in display order. */
    public record Group(String name, List<Bar> bars) {}

    public record Bar(
            String code, String name, int startYear, int durationYears, boolean quickWin, List<String> after) {}

    static final int LABEL_WIDTH = 280;
    static final int YEAR_WIDTH = 56;
    static final int ROW = 22;
    static final int HEADER = 30;
    private static final String[] COLOURS = {"#0b5c5a", "#2f6db5", "#8a4fb0", "#b5532f", "#4d8a2f", "#a0762a", "#596b7a"
    };

    private GanttChart() {}

    public static String svg(
            int firstYear, int years, List<Group> groups, String title, String description, String quickWinLabel) {
        int rows = groups.stream().mapToInt(g -> 1 + g.bars().size()).sum();
        int width = LABEL_WIDTH + years * YEAR_WIDTH + 10;
        int height = HEADER + rows * ROW + 34;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append(
                        "\" role=\"img\" aria-labelledby=\"gantt-title gantt-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">")
                .append("<title id=\"gantt-title\">")
                .append(Svg.escape(title))
                .append("</title>")
                .append("<desc id=\"gantt-desc\">")
                .append(Svg.escape(description))
                .append("</desc>")
                .append(
                        "<defs><marker id=\"gantt-arrow\" viewBox=\"0 0 6 6\" refX=\"6\" refY=\"3\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">")
                .append("<path d=\"M0,0 L6,3 L0,6 z\" fill=\"#555\"/></marker></defs>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (int y = 0; y < years; y++) {
            int x = LABEL_WIDTH + y * YEAR_WIDTH;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(HEADER)
                    .append("\" width=\"")
                    .append(YEAR_WIDTH)
                    .append("\" height=\"")
                    .append(rows * ROW)
                    .append("\" fill=\"")
                    .append(y % 2 == 0 ? "#f4f7f7" : "#ffffff")
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(x + YEAR_WIDTH / 2)
                    .append("\" y=\"")
                    .append(HEADER - 10)
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\">")
                    .append(firstYear + y)
                    .append("</text>");
        }
        Map<String, double[]> ends = new HashMap<>();
        Map<String, double[]> starts = new HashMap<>();
        int row = 0;
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String colour = COLOURS[g % COLOURS.length];
            int top = HEADER + row * ROW;
            svg.append("<rect x=\"0\" y=\"")
                    .append(top)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(ROW)
                    .append("\" fill=\"#e3eeed\"/>")
                    .append("<text x=\"6\" y=\"")
                    .append(top + 15)
                    .append("\" font-weight=\"bold\">")
                    .append(Svg.escape(group.name()))
                    .append("</text>");
            row++;
            for (Bar bar : group.bars()) {
                top = HEADER + row * ROW;
                double x = LABEL_WIDTH + (bar.startYear() - firstYear) * (double) YEAR_WIDTH + 3;
                double w = bar.durationYears() * (double) YEAR_WIDTH - 6;
                svg.append("<text x=\"14\" y=\"")
                        .append(top + 15)
                        .append("\">")
                        .append(Svg.escape(ChartText.fit(bar.code() + " " + bar.name(), LABEL_WIDTH - 20, 11)))
                        .append("</text>")
                        .append("<rect x=\"")
                        .append(Svg.number(x))
                        .append("\" y=\"")
                        .append(top + 4)
                        .append("\" width=\"")
                        .append(Svg.number(w))
                        .append("\" height=\"")
                        .append(ROW - 8)
                        .append("\" rx=\"3\" fill=\"")
                        .append(colour)
                        .append("\"><title>")
                        .append(Svg.escape(bar.code() + " " + bar.name() + ": " + bar.startYear() + "–"
                                + (bar.startYear() + bar.durationYears() - 1)))
                        .append("</title></rect>");
                if (bar.quickWin()) {
                    double cx = x + 8;
                    double cy = top + ROW / 2.0;
                    svg.append("<polygon points=\"")
                            .append(Svg.number(cx))
                            .append(',')
                            .append(Svg.number(cy - 6))
                            .append(' ')
                            .append(Svg.number(cx + 6))
                            .append(',')
                            .append(Svg.number(cy))
                            .append(' ')
                            .append(Svg.number(cx))
                            .append(',')
                            .append(Svg.number(cy + 6))
                            .append(' ')
                            .append(Svg.number(cx - 6))
                            .append(',')
                            .append(Svg.number(cy))
                            .append("\" fill=\"#f2b705\" stroke=\"#1c1c1c\" stroke-width=\"1\"/>");
                }
                starts.put(bar.code(), new double[] {x, top + ROW / 2.0});
                ends.put(bar.code(), new double[] {x + w, top + ROW / 2.0});
                row++;
            }
        }
        for (Group group : groups) {
            for (Bar bar : group.bars()) {
                for (String prerequisite : bar.after()) {
                    double[] from = ends.get(prerequisite);
                    double[] to = starts.get(bar.code());
                    if (from == null || to == null) {
                        continue;
                    }
                    double bend = Math.max(from[0] + 4, to[0] - 6);
                    svg.append("<path d=\"M")
                            .append(Svg.number(from[0]))
                            .append(',')
                            .append(Svg.number(from[1]))
                            .append(" H")
                            .append(Svg.number(bend))
                            .append(" V")
                            .append(Svg.number(to[1]))
                            .append(" H")
                            .append(Svg.number(to[0]))
                            .append(
                                    "\" fill=\"none\" stroke=\"#555\" stroke-width=\"1\" marker-end=\"url(#gantt-arrow)\"/>");
                }
            }
        }
        int legend = HEADER + rows * ROW + 22;
        svg.append("<polygon points=\"14,")
                .append(legend - 10)
                .append(" 20,")
                .append(legend - 4)
                .append(" 14,")
                .append(legend + 2)
                .append(" 8,")
                .append(legend - 4)
                .append("\" fill=\"#f2b705\" stroke=\"#1c1c1c\" stroke-width=\"1\"/>")
                .append("<text x=\"26\" y=\"")
                .append(legend)
                .append("\">")
                .append(Svg.escape(quickWinLabel))
                .append("</text>");
        return svg.append("</svg>").toString();
    }
}
