package id.rancang.shared;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Text in the charts' font, DejaVu Sans (shipped with the product and embedded in the books), so
 * that a label is shortened to the space it has rather than to a guessed number of characters:
 * "Smart Living (Lingkungan Hidup Layak)" takes more room than as many letters of "Tata Kelola".
 */
public final class ChartText {

    private static final String ELLIPSIS = "\u2026";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private ChartText() {}

    /** The width in pixels (SVG user units) of {@code text} at {@code size}. */
    public static double width(String text, float size) {
        return Dejavu.FONT.deriveFont(size).getStringBounds(text, CONTEXT).getWidth();
    }

    /** {@code text} as it is when it fits in {@code maxWidth}, otherwise its longest start that fits with an ellipsis. */
    public static String fit(String text, double maxWidth, float size) {
        if (text == null || width(text, size) <= maxWidth) {
            return text;
        }
        Font font = Dejavu.FONT.deriveFont(size);
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            String candidate = text.substring(0, middle).stripTrailing() + ELLIPSIS;
            if (font.getStringBounds(candidate, CONTEXT).getWidth() <= maxWidth) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return text.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    /** Loaded on first use. */
    private static final class Dejavu {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = ChartText.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("fonts/DejaVuSans.ttf is missing from the classpath");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
