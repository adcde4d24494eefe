package id.rancang.monitoring;

import id.rancang.shared.ChartText;
import id.rancang.shared.Markup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Server-side SVG charts of monitoring and evaluation, each drawn beside a data table with the same
 * figures: target against actual of an indicator over the years, programme status per dimension,
 * and the distribution of evaluation indices.
 */
public final class MonitoringCharts {

    static final int WIDTH = 640;
    /** Room for the dimension names left of the status bars. */
    private static final int LEFT = 230;

    private static final String FONT = "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\"";
    private static final String TARGET = "#1c1c1c";
    private static final String ACTUAL = "#0b5c5a";

    /** Status colours, from not started (grey) to done (dark green); cancelled is red. */
    static final Map<ProgressStatus, String> COLOURS = Map.of(
            ProgressStatus.NOT_STARTED, "#c4cccc",
            ProgressStatus.ON_TRACK, "#2e8b57",
            ProgressStatus.AT_RISK, "#d99a00",
            ProgressStatus.DELAYED, "#c8641e",
            ProgressStatus.DONE, "#0b5c5a",
            ProgressStatus.CANCELLED, "#b3261e");

    private MonitoringCharts() {}

    /**
     * Target (dark dashed line) and actual (green line with points) of an indicator over {@code
     * years}; years without a value are left out of a line. {@code number} writes a value the
     * reader's way (24,5 in Bahasa Indonesia).
     */
    public static String indicatorTrend(
            String id,
            List<Integer> years,
            SortedMap<Integer, BigDecimal> targets,
            SortedMap<Integer, BigDecimal> actuals,
            String title,
            String description,
            String targetLabel,
            String actualLabel,
            Function<BigDecimal, String> number) {
        int height = 220;
        int top = 16;
        int bottom = 46;
        int left = 70;
        double max = 0;
        for (BigDecimal v : targets.values()) {
            max = Math.max(max, v.doubleValue());
        }
        for (BigDecimal v : actuals.values()) {
            max = Math.max(max, v.doubleValue());
        }
        max = max <= 0 ? 1 : max * 1.1;
        double plot = height - top - bottom;
        double slot = (WIDTH - left - 20) / (double) Math.max(1, years.size());
        StringBuilder svg = open(id, WIDTH, height, title, description);
        for (int tick = 0; tick <= 4; tick++) {
            double y = top + plot - plot * tick / 4;
            svg.append(line(left, y, WIDTH - 20, y, "#d5dede", 1, null))
                    .append(text(
                            left - 6,
                            y + 4,
                            "end",
                            number.apply(BigDecimal.valueOf(max * tick / 4).setScale(1, RoundingMode.HALF_UP))));
        }
        StringBuilder targetPath = new StringBuilder();
        StringBuilder actualPath = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            double x = left + slot * i + slot / 2;
            svg.append(text(x, height - bottom + 16, "middle", Integer.toString(year)));
            BigDecimal target = targets.get(year);
            if (target != null) {
                double y = top + plot - plot * target.doubleValue() / max;
                targetPath
                        .append(targetPath.isEmpty() ? "M" : " L")
                        .append(n(x))
                        .append(' ')
                        .append(n(y));
            }
            BigDecimal actual = actuals.get(year);
            if (actual != null) {
                double y = top + plot - plot * actual.doubleValue() / max;
                actualPath
                        .append(actualPath.isEmpty() ? "M" : " L")
                        .append(n(x))
                        .append(' ')
                        .append(n(y));
                points.append("<circle cx=\"")
                        .append(n(x))
                        .append("\" cy=\"")
                        .append(n(y))
                        .append("\" r=\"4\" fill=\"")
                        .append(ACTUAL)
                        .append("\"><title>")
                        .append(year)
                        .append(": ")
                        .append(Markup.escape(number.apply(actual)))
                        .append("</title></circle>");
            }
        }
        if (!targetPath.isEmpty()) {
            svg.append("<path d=\"")
                    .append(targetPath)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(TARGET)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        if (!actualPath.isEmpty()) {
            svg.append("<path d=\"")
                    .append(actualPath)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(ACTUAL)
                    .append("\" stroke-width=\"2.5\"/>");
        }
        svg.append(points);
        int legend = height - 12;
        svg.append(line(left, legend - 4, left + 24, legend - 4, TARGET, 2, "6 4"))
                .append(text(left + 30, legend, "start", targetLabel))
                .append(line(left + 180, legend - 4, left + 204, legend - 4, ACTUAL, 2.5, null))
                .append(text(left + 210, legend, "start", actualLabel));
        return svg.append("</svg>").toString();
    }

    /**
     * One horizontal bar per dimension, split by programme status; {@code dimensionLabel} names a
     * dimension code, {@code statusLabel} a status.
     */
    public static String programmeStatus(
            String id,
            Map<String, Map<ProgressStatus, Integer>> byDimension,
            Function<String, String> dimensionLabel,
            Function<ProgressStatus, String> statusLabel,
            String title,
            String description) {
        int bar = 22;
        int gap = 10;
        int top = 10;
        int legendHeight = 40;
        int height = top + byDimension.size() * (bar + gap) + legendHeight;
        int max = byDimension.values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max()
                .orElse(1);
        double scale = (WIDTH - LEFT - 20) / (double) Math.max(1, max);
        StringBuilder svg = open(id, WIDTH, height, title, description);
        int row = 0;
        for (Map.Entry<String, Map<ProgressStatus, Integer>> entry : byDimension.entrySet()) {
            double y = top + row * (bar + gap);
            svg.append(text(
                    LEFT - 6,
                    y + bar / 2.0 + 4,
                    "end",
                    ChartText.fit(dimensionLabel.apply(entry.getKey()), LEFT - 12, 11)));
            double x = LEFT;
            for (ProgressStatus status : ProgressStatus.values()) {
                int count = entry.getValue().getOrDefault(status, 0);
                if (count == 0) {
                    continue;
                }
                double width = count * scale;
                svg.append("<rect x=\"")
                        .append(n(x))
                        .append("\" y=\"")
                        .append(n(y))
                        .append("\" width=\"")
                        .append(n(width))
                        .append("\" height=\"")
                        .append(bar)
                        .append("\" fill=\"")
                        .append(COLOURS.get(status))
                        .append("\" stroke=\"#ffffff\"><title>")
                        .append(Markup.escape(dimensionLabel.apply(entry.getKey())))
                        .append(": ")
                        .append(Markup.escape(statusLabel.apply(status)))
                        .append(' ')
                        .append(count)
                        .append("</title></rect>");
                x += width;
            }
            row++;
        }
        double legendY = height - legendHeight + 14;
        double x = 10;
        for (ProgressStatus status : ProgressStatus.values()) {
            svg.append("<rect x=\"")
                    .append(n(x))
                    .append("\" y=\"")
                    .append(n(legendY))
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS.get(status))
                    .append("\"/>")
                    .append(text(x + 16, legendY + 10, "start", statusLabel.apply(status)));
            x += 104;
        }
        return svg.append("</svg>").toString();
    }

    /** How many regions fall in each band of the index (0–1, …, 4–5), as columns. */
    public static String distribution(String id, int[] bands, String title, String description) {
        int height = 220;
        int top = 16;
        int bottom = 36;
        int left = 50;
        int most = 1;
        for (int b : bands) {
            most = Math.max(most, b);
        }
        // Regions are counted in whole numbers: at most four gridlines a whole number apart.
        int step = (most + 3) / 4;
        int ticks = (most + step - 1) / step;
        int max = step * ticks;
        double plot = height - top - bottom;
        double slot = (WIDTH - left - 20) / (double) bands.length;
        StringBuilder svg = open(id, WIDTH, height, title, description);
        for (int tick = 0; tick <= ticks; tick++) {
            double y = top + plot - plot * tick / ticks;
            svg.append(line(left, y, WIDTH - 20, y, "#d5dede", 1, null))
                    .append(text(left - 6, y + 4, "end", Integer.toString(step * tick)));
        }
        for (int i = 0; i < bands.length; i++) {
            double x = left + slot * i;
            double h = plot * bands[i] / max;
            svg.append("<rect x=\"")
                    .append(n(x + slot * 0.2))
                    .append("\" y=\"")
                    .append(n(top + plot - h))
                    .append("\" width=\"")
                    .append(n(slot * 0.6))
                    .append("\" height=\"")
                    .append(n(h))
                    .append("\" fill=\"")
                    .append(ACTUAL)
                    .append("\"><title>")
                    .append(i)
                    .append("\u2013")
                    .append(i + 1)
                    .append(": ")
                    .append(bands[i])
                    .append("</title></rect>")
                    .append(text(x + slot / 2, height - bottom + 16, "middle", i + "\u2013" + (i + 1)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int width, int height, String title, String description) {
        String safe = id.replaceAll("[^A-Za-z0-9-]", "-");
        return new StringBuilder(4096)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(safe)
                .append("-title ")
                .append(safe)
                .append("-desc\" ")
                .append(FONT)
                .append("><title id=\"")
                .append(safe)
                .append("-title\">")
                .append(Markup.escape(title))
                .append("</title><desc id=\"")
                .append(safe)
                .append("-desc\">")
                .append(Markup.escape(description))
                .append("</desc><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\""
                + colour + "\" stroke-width=\"" + n(width) + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">" + Markup.escape(text)
                + "</text>";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
