package id.rancang.shared.web;

import id.rancang.shared.IndonesianTimeZone;
import id.rancang.shared.Numbers;
import id.rancang.shared.RegionCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private static final long KILOBYTE = 1024;

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

    /** A moment with its zone, "23 November 2026 14:05 WIB", in the display zone. */
    public String dateTime(Instant instant) {
        return dateTime(instant, zone);
    }

    /**
     * A moment as read in {@code region}, "23 November 2026 15:05 WITA": in a region's own pages
     * times are its local times, as its sessions are.
     */
    public String dateTime(Instant instant, RegionCode region) {
        return region == null
                ? dateTime(instant)
                : dateTime(instant, IndonesianTimeZone.of(region).zoneId());
    }

    /** {@link #dateTime(Instant, RegionCode)} for a region given by its code text (or none). */
    public String dateTimeIn(Instant instant, String regionCode) {
        return dateTime(instant, regionCode == null || regionCode.isBlank() ? null : RegionCode.of(regionCode));
    }

    private String dateTime(Instant instant, ZoneId in) {
        if (instant == null) {
            return "";
        }
        String text = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale())
                .withZone(in)
                .format(instant);
        return IndonesianTimeZone.named(in).map(z -> text + " " + z.name()).orElse(text);
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

    /** Indonesian digit grouping, as rupiah are written in both languages: 1.234. */
    private static String grouped(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }

    public String rupiah(long amount) {
        return rupiah(BigDecimal.valueOf(amount));
    }

    /** A count in the reader's language: 287.510 in Bahasa Indonesia, 287,510 in English. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /**
     * A measured value (an indicator's baseline, target or actual) in the reader's language, as
     * many decimals as it has, at most four: 24,2 and 38.000 in Bahasa Indonesia, 24.2 and 38,000
     * in English.
     */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /**
     * A file's size in the reader's number format: bytes below a kilobyte ("125 B"), whole
     * kilobytes rounded up below a megabyte (so a small file is never "0 KB"), megabytes with one
     * decimal ("2,5 MB"); a kilobyte is 1,024 bytes.
     */
    public String fileSize(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        if (bytes < KILOBYTE) {
            return format.format(bytes) + " B";
        }
        if (bytes < KILOBYTE * KILOBYTE) {
            return format.format((bytes + KILOBYTE - 1) / KILOBYTE) + " KB";
        }
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(KILOBYTE * KILOBYTE))) + " MB";
    }

    /**
     * A number as a form field shows it, to be read back in the interface's language: "1250,5" in
     * Bahasa Indonesia, "1250.5" in English; empty for none.
     */
    public String editable(BigDecimal value) {
        return Numbers.plain(value, LocaleContextHolder.getLocale());
    }

    private static Locale locale() {
        Locale current = LocaleContextHolder.getLocale();
        return "en".equals(current.getLanguage()) ? Locale.UK : INDONESIAN;
    }
}
