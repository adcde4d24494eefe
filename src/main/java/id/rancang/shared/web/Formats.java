package id.rancang.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats for pages and documents, as Indonesians write them: "23 November 2026", "Rp
 * 1.250.000.000", in the display time zone. Used in templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final ZoneId zone;

    Formats(ZoneId displayZone) {
        this.zone = displayZone;
    }

    public String date(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale())
                        .withZone(zone)
                        .format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale())
                        .withZone(zone)
                        .format(instant);
    }

    /** Whole rupiah with dots for thousands: "Rp 1.250.000.000". */
    public String rupiah(BigDecimal amount) {
        return amount == null
                ? ""
                : "Rp " + NumberFormat.getIntegerInstance(INDONESIAN).format(amount);
    }

    /** The same "Rp 1.250.000.000" for documents, which format outside a request. */
    public static String wholeRupiah(long amount) {
        return "Rp " + grouped(amount);
    }

    /** Indonesian digit grouping in both languages: 1.234. */
    public static String grouped(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }

    public String rupiah(long amount) {
        return rupiah(BigDecimal.valueOf(amount));
    }

    /** A count with Indonesian digit grouping in both languages: 1.234. */
    public String number(long value) {
        return grouped(value);
    }

    private static Locale locale() {
        Locale current = LocaleContextHolder.getLocale();
        return "en".equals(current.getLanguage()) ? Locale.UK : INDONESIAN;
    }
}
