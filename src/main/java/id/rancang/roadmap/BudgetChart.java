package id.rancang.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Spending per year against the budget ceiling as an SVG bar chart: a bar for what the roadmap
 * spends, a dark line for the ceiling, amounts on the axis in the reader's format.
 */
public final class BudgetChart {

    public record Year(int year, long spend, long ceiling) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 96;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;

    private BudgetChart() {}

    /** "Rp 1,2 M" (miliar) or "Rp 350 jt" (juta) for chart axes; "Rp 1.2 bn", "Rp 350 m" in English. */
    public static String compact(long amount, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        NumberFormat format = NumberFormat.getNumberInstance(english ? Locale.UK : Locale.forLanguageTag("id-ID"));
        format.setMaximumFractionDigits(1);
        if (amount >= 1_000_000_000L) {
            return "Rp "
                    + format.format(BigDecimal.valueOf(amount)
                            .divide(BigDecimal.valueOf(1_000_000_000L), 1, RoundingMode.HALF_UP))
                    + (english ? " bn" : " M");
        }
        return "Rp "
                + format.format(
                        BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(1_000_000L), 0, RoundingMode.HALF_UP))
                + (english ? " m" : " jt");
    }

    public static String svg(
            List<Year> years,
            String title,
            String description,
            LongFunction<String> amount,
            String spendLabel,
            String ceilingLabel) {
        long max = Math.max(
                1,
                years.stream()
                        .mapToLong(y -> Math.max(y.spend(), y.ceiling()))
                        .max()
                        .orElse(1));
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, years.size());
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append(
                        "\" role=\"img\" aria-labelledby=\"budget-title budget-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">")
                .append("<title id=\"budget-title\">")
                .append(Svg.escape(title))
                .append("</title>")
                .append("<desc id=\"budget-desc\">")
                .append(Svg.escape(description))
                .append("</desc>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (int tick = 0; tick <= 4; tick++) {
            double y = TOP + plotHeight - plotHeight * tick / 4;
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - 10)
                    .append("\" y1=\"")
                    .append(Svg.number(y))
                    .append("\" y2=\"")
                    .append(Svg.number(y))
                    .append("\" stroke=\"#d5dede\"/>")
                    .append("<text x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(Svg.number(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(Svg.escape(amount.apply(max * tick / 4)))
                    .append("</text>");
        }
        for (int i = 0; i < years.size(); i++) {
            Year year = years.get(i);
            double x = LEFT + i * slot;
            double barHeight = plotHeight * year.spend() / max;
            double ceilingY = TOP + plotHeight - plotHeight * year.ceiling() / max;
            boolean over = year.spend() > year.ceiling();
            svg.append("<rect x=\"")
                    .append(Svg.number(x + slot * 0.2))
                    .append("\" y=\"")
                    .append(Svg.number(TOP + plotHeight - barHeight))
                    .append("\" width=\"")
                    .append(Svg.number(slot * 0.6))
                    .append("\" height=\"")
                    .append(Svg.number(barHeight))
                    .append("\" fill=\"")
                    .append(over ? "#b3261e" : "#0b5c5a")
                    .append("\"><title>")
                    .append(year.year())
                    .append(": ")
                    .append(Svg.escape(amount.apply(year.spend())))
                    .append(" / ")
                    .append(Svg.escape(amount.apply(year.ceiling())))
                    .append("</title></rect>")
                    .append("<line x1=\"")
                    .append(Svg.number(x + slot * 0.1))
                    .append("\" x2=\"")
                    .append(Svg.number(x + slot * 0.9))
                    .append("\" y1=\"")
                    .append(Svg.number(ceilingY))
                    .append("\" y2=\"")
                    .append(Svg.number(ceilingY))
                    .append("\" stroke=\"#1c1c1c\" stroke-width=\"2.5\"/>")
                    .append("<text x=\"")
                    .append(Svg.number(x + slot / 2))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(year.year())
                    .append("</text>");
        }
        int legend = HEIGHT - 12;
        svg.append("<rect x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(legend - 10)
                .append("\" width=\"12\" height=\"12\" fill=\"#0b5c5a\"/>")
                .append("<text x=\"")
                .append(LEFT + 18)
                .append("\" y=\"")
                .append(legend)
                .append("\">")
                .append(Svg.escape(spendLabel))
                .append("</text>")
                .append("<line x1=\"")
                .append(LEFT + 200)
                .append("\" x2=\"")
                .append(LEFT + 224)
                .append("\" y1=\"")
                .append(legend - 4)
                .append("\" y2=\"")
                .append(legend - 4)
                .append("\" stroke=\"#1c1c1c\" stroke-width=\"2.5\"/>")
                .append("<text x=\"")
                .append(LEFT + 230)
                .append("\" y=\"")
                .append(legend)
                .append("\">")
                .append(Svg.escape(ceilingLabel))
                .append("</text>");
        return svg.append("</svg>").toString();
    }
}
