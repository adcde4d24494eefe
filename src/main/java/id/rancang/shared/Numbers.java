package id.rancang.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into forms and spreadsheets, read strictly in the way of the
 * interface's language: in Bahasa Indonesia a dot groups thousands and a comma marks decimals
 * ({@code 1.250.000,5}), in English the other way round ({@code 1,250,000.5}). An entry that does
 * not follow that pattern is refused, never guessed: {@code 1.5} is not fifteen rupiah. The one
 * leniency is a single separator that cannot group thousands ({@code 24.2} or {@code 0.125} in
 * Indonesian), which can only be a decimal mark and is read as one, so that values copied from the
 * other language, or sent by a browser's number field, read right.
 */
public final class Numbers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Pattern RUPIAH_PREFIX = Pattern.compile("^(?i)rp\\.?");

    private Numbers() {}

    /**
     * Whole rupiah: {@code 1250000000}, {@code 1.250.000.000}, {@code Rp 1.250.000.000},
     * {@code 1.250.000.000,00} or {@code 1.250.000,-}: amounts are written the Indonesian way in
     * both languages (as the product shows them), and in English also {@code 1,250,000.00}. Empty
     * for anything else: decimals, misplaced separators, letters, or more than a {@code long} holds.
     */
    public static Optional<Long> wholeRupiah(String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = RUPIAH_PREFIX.matcher(strip(text)).replaceFirst("");
        Optional<Long> amount = wholeRupiah(compact, Separators.INDONESIAN);
        return amount.isEmpty() && Separators.of(locale) == Separators.ENGLISH
                ? wholeRupiah(compact, Separators.ENGLISH)
                : amount;
    }

    private static Optional<Long> wholeRupiah(String compact, Separators s) {
        String group = Pattern.quote(s.group());
        String decimal = Pattern.quote(s.decimal());
        Matcher matcher = Pattern.compile("^(\\d+|[1-9]\\d{0,2}(?:" + group + "\\d{3})+)(?:" + decimal + "(?:0+|-))?$")
                .matcher(compact);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(matcher.group(1).replace(s.group(), "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A decimal number: {@code 1250}, {@code 1.250}, {@code 1.250,75}, {@code 24,2} or {@code -3} in
     * Indonesian ({@code 1,250.75} in English); {@code 24.2} is read as a decimal in both. Empty
     * when the entry follows neither pattern.
     */
    public static Optional<BigDecimal> decimal(String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = strip(text);
        Separators s = Separators.of(locale);
        String group = Pattern.quote(s.group());
        String decimal = Pattern.quote(s.decimal());
        String digits;
        if (compact.matches("[+-]?\\d+(" + decimal + "\\d+)?")) {
            digits = compact.replace(s.decimal(), ".");
        } else if (compact.matches("[+-]?[1-9]\\d{0,2}(" + group + "\\d{3})+(" + decimal + "\\d+)?")) {
            digits = compact.replace(s.group(), "").replace(s.decimal(), ".");
        } else if (compact.matches("[+-]?(\\d+" + group + "(\\d{1,2}|\\d{4,})|0" + group + "\\d+)")) {
            digits = compact.replace(s.group(), ".");
        } else {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits));
    }

    /**
     * A number as a form field shows it, so that saving the form again reads it back unchanged: no
     * thousands separator, the decimal mark of the language ({@code 1250,5} in Bahasa Indonesia,
     * {@code 1250.5} in English), no trailing zeros.
     */
    public static String plain(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.replace(".", Separators.of(locale).decimal());
    }

    private static String strip(String text) {
        return SPACES.matcher(text).replaceAll("");
    }

    private record Separators(String group, String decimal) {
        static final Separators INDONESIAN = new Separators(".", ",");
        static final Separators ENGLISH = new Separators(",", ".");

        static Separators of(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        }
    }
}
