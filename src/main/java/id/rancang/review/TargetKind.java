package id.rancang.review;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a review comment is about. A chapter is named by its code (book, dot, chapter, e.g. {@code
 * buku2.visi-misi}), a programme by its code, the other items by their id.
 */
public enum TargetKind {
    CHAPTER,
    PROGRAMME,
    PROBLEM,
    POTENTIAL,
    GOAL,
    INDICATOR,
    SESSION;

    static final int MAX_KEY = 100;

    private static final Pattern CHAPTER_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PROGRAMME_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    /** The key in its stored form, or empty if it cannot name an item of this kind. */
    public Optional<String> normalise(String key) {
        if (key == null || key.isBlank() || key.strip().length() > MAX_KEY) {
            return Optional.empty();
        }
        String value = key.strip();
        return switch (this) {
            case CHAPTER -> {
                String code = value.toLowerCase(Locale.ROOT);
                yield CHAPTER_CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
            }
            case PROGRAMME -> PROGRAMME_CODE.matcher(value).matches() ? Optional.of(value) : Optional.empty();
            default -> ID.matcher(value).matches() ? Optional.of(value) : Optional.empty();
        };
    }

    public String messageKey() {
        return "review.target." + name();
    }
}
