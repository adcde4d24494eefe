package id.rancang.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The fixed words and the date format of a book, in its language. */
@Component
class BookText {

    private final MessageSource messages;

    BookText(MessageSource messages) {
        this.messages = messages;
    }

    Labels labels(Locale locale) {
        return new Labels(
                messages.getMessage("document.contents", null, locale),
                messages.getMessage("document.table", null, locale),
                messages.getMessage("document.figure", null, locale),
                messages.getMessage("document.page", null, locale),
                messages.getMessage("document.chapter", null, locale));
    }

    /** "23 November 2026" in Indonesian and English alike. */
    String date(LocalDate date, Locale locale) {
        Locale format = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("id-ID");
        return DateTimeFormatter.ofPattern("d MMMM yyyy", format).format(date);
    }
}
