package id.rancang.roadmap;

import java.util.Locale;

/** Small helpers to write SVG by hand safely: escaped text and compact numbers. */
final class Svg {

    private Svg() {}

    static String escape(String text) {
        return id.rancang.shared.Markup.escape(text);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
