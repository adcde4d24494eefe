package id.rancang.publication;

import java.time.Instant;

/**
 * The prose of one chapter as sanitised HTML (paragraphs, headings, lists, bold, italic, links,
 * tables), in Indonesian and, when the team writes it, in English for the English books;
 * {@code version} is 0 while nothing has been written.
 */
public record Narrative(
        String chapterCode, String text, String textEn, Instant updatedAt, String updatedBy, long version) {

    public boolean written() {
        return version > 0 && !text.isBlank();
    }

    public boolean writtenInEnglish() {
        return version > 0 && !textEn.isBlank();
    }
}
