package id.rancang.review;

import java.util.Locale;
import java.util.Optional;

/**
 * Names book chapters, which comments may be about, as the books title them. Implemented by the
 * module that writes the books, so that the review needs no knowledge of them; without an
 * implementation a chapter is shown by its code.
 */
public interface ChapterTitles {

    /** The title of the chapter with {@code code} (such as {@code buku2.arah-pembangunan}), if known. */
    Optional<String> title(String code, Locale locale);
}
