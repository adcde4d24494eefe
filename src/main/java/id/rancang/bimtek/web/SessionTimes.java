package id.rancang.bimtek.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Session times as the region reads them, in the offset they carry (WIB, WITA or WIT): "Rabu, 5
 * Juni 2024 08.00". Used in templates as {@code @sessionTimes}.
 */
@Component("sessionTimes")
class SessionTimes {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    public String dateTime(OffsetDateTime time) {
        return time == null
                ? ""
                : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", locale())
                        .format(time);
    }

    public String shortDateTime(OffsetDateTime time) {
        return time == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale()).format(time);
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(date);
    }

    private static Locale locale() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.UK : INDONESIAN;
    }
}
