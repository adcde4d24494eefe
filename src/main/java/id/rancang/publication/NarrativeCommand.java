package id.rancang.publication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * New text for a chapter. {@code version} is the version the writer started from (0 for a first
 * text); leaving it out overwrites whatever stands, which only the API's simple clients do.
 * {@code textEn} is the English text for the English books: left out, the English text stays as
 * it is; empty, it is removed and the English books print the Indonesian text.
 */
public record NarrativeCommand(
        @NotNull @Size(max = NarrativeCommand.MAX_TEXT) String text,
        Long version,
        @Size(max = NarrativeCommand.MAX_TEXT) String textEn) {

    /** The longest text, in characters of the sanitised HTML that is stored. */
    public static final int MAX_TEXT = 200_000;

    public NarrativeCommand(String text, Long version) {
        this(text, version, null);
    }
}
