package id.rancang.region;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normal capitalisation of official names: "KABUPATEN FLORES TIMUR" and "candirejo" become
 * "Kabupaten Flores Timur" and "Candirejo"; roman numerals and acronyms inside mixed-case names
 * ("Batu XII", "Matang Rayeuk SMK") stay as they are.
 */
final class RegionNames {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private RegionNames() {}

    static String display(String official) {
        String name = official.strip().replaceAll("\\s+", " ");
        boolean shouting = name.chars().noneMatch(Character::isLowerCase);
        Matcher words = WORD.matcher(name);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(out, Matcher.quoteReplacement(word(words.group(), shouting)));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static String word(String word, boolean shouting) {
        if (shouting) {
            return ROMAN.matcher(word).matches() ? word : capitalise(word.toLowerCase(INDONESIAN));
        }
        return Character.isLowerCase(word.charAt(0)) ? capitalise(word) : word;
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(INDONESIAN) + word.substring(1);
    }

    /** The form kept for searching: lower case, single spaces. */
    static String searchable(String name) {
        return name.toLowerCase(INDONESIAN);
    }
}
