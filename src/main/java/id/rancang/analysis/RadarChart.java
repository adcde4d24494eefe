package id.rancang.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Draws a radar chart of current against required readiness (scale 0–5) as a standalone SVG
 * document: no script, no style sheet, presentation attributes only, so the same chart works in
 * a page under a strict Content-Security-Policy and in a generated document. The chart carries a
 * title and description for screen readers; pages show the data table next to it.
 */
public final class RadarChart {

    /** One spoke: its label and the two values (null when not rated). */
    public record Axis(String label, Integer current, Integer required) {}

    static final int WIDTH = 700;
    static final int HEIGHT = 440;
    static final int MAX = 5;

    private static final double CX = WIDTH / 2.0;
    private static final double CY = HEIGHT / 2.0;
    private static final double RADIUS = 140;

    private RadarChart() {}

    public static String svg(
            List<Axis> axes, String title, String description, String currentLabel, String requiredLabel) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT + 40)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"radar-title radar-desc\" class=\"chart\">");
        svg.append("<title id=\"radar-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"radar-desc\">").append(escape(description)).append("</desc>");
        int n = axes.size();
        if (n < 3) {
            return svg.append("</svg>").toString();
        }
        for (int level = 1; level <= MAX; level++) {
            int ring = level;
            svg.append("<polygon fill=\"none\" stroke=\"#d5dede\" stroke-width=\"1\" points=\"")
                    .append(points(n, i -> ring))
                    .append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, MAX);
            svg.append("<line x1=\"")
                    .append(fmt(CX))
                    .append("\" y1=\"")
                    .append(fmt(CY))
                    .append("\" x2=\"")
                    .append(fmt(end[0]))
                    .append("\" y2=\"")
                    .append(fmt(end[1]))
                    .append("\" stroke=\"#d5dede\" stroke-width=\"1\"/>");
        }
        for (int level = 1; level <= MAX; level++) {
            svg.append("<text x=\"")
                    .append(fmt(CX + 3))
                    .append("\" y=\"")
                    .append(fmt(CY - RADIUS * level / MAX - 2))
                    .append("\" font-size=\"10\" fill=\"#5a6b6b\">")
                    .append(level)
                    .append("</text>");
        }
        svg.append("<polygon class=\"required\" fill=\"#f2b134\" fill-opacity=\"0.15\" stroke=\"#b07a10\""
                        + " stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"")
                .append(points(n, i -> value(axes.get(i).required())))
                .append("\"/>");
        svg.append("<polygon class=\"current\" fill=\"#0b5d5b\" fill-opacity=\"0.3\" stroke=\"#0b5d5b\""
                        + " stroke-width=\"2\" points=\"")
                .append(points(n, i -> value(axes.get(i).current())))
                .append("\"/>");
        for (int i = 0; i < n; i++) {
            double[] at = point(i, n, MAX + 0.6);
            String anchor = Math.abs(at[0] - CX) < 5 ? "middle" : at[0] > CX ? "start" : "end";
            svg.append("<text x=\"")
                    .append(fmt(at[0]))
                    .append("\" y=\"")
                    .append(fmt(at[1] + 4))
                    .append("\" font-size=\"12\" fill=\"#1d2a2a\" text-anchor=\"")
                    .append(anchor)
                    .append("\">")
                    .append(escape(axes.get(i).label()))
                    .append("</text>");
        }
        double legendY = HEIGHT + 15;
        svg.append("<rect x=\"")
                .append(fmt(CX - 160))
                .append("\" y=\"")
                .append(fmt(legendY - 10))
                .append("\" width=\"14\" height=\"14\" fill=\"#0b5d5b\" fill-opacity=\"0.3\" stroke=\"#0b5d5b\"/>");
        svg.append("<text x=\"")
                .append(fmt(CX - 140))
                .append("\" y=\"")
                .append(fmt(legendY + 2))
                .append("\" font-size=\"12\" fill=\"#1d2a2a\">")
                .append(escape(currentLabel))
                .append("</text>");
        svg.append("<rect x=\"")
                .append(fmt(CX + 20))
                .append("\" y=\"")
                .append(fmt(legendY - 10))
                .append("\" width=\"14\" height=\"14\" fill=\"#f2b134\" fill-opacity=\"0.15\" stroke=\"#b07a10\""
                        + " stroke-dasharray=\"3 2\"/>");
        svg.append("<text x=\"")
                .append(fmt(CX + 40))
                .append("\" y=\"")
                .append(fmt(legendY + 2))
                .append("\" font-size=\"12\" fill=\"#1d2a2a\">")
                .append(escape(requiredLabel))
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    private static double value(Integer value) {
        return value == null ? 0 : Math.max(0, Math.min(MAX, value));
    }

    private static String points(int n, java.util.function.IntToDoubleFunction value) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, value.applyAsDouble(i));
            if (i > 0) {
                points.append(' ');
            }
            points.append(fmt(p[0])).append(',').append(fmt(p[1]));
        }
        return points.toString();
    }

    /** The point on spoke {@code i} of {@code n} at {@code value}; the first spoke points up. */
    static double[] point(int i, int n, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * value / MAX;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return id.rancang.shared.Markup.escape(text);
    }
}
