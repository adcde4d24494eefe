package id.rancang.framework;

import java.util.Locale;

/** A text in Bahasa Indonesia with its English translation. */
public record LocalizedText(String id, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : id;
    }
}
