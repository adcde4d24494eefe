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
        @NotNull @Size(max = 200_000) String text,
        Long version,
        @Size(max = 200_000) String textEn) {

    public NarrativeCommand(String text, Long version) {
        this(text, version, null);
    }
}
