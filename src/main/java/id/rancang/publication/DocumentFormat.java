package id.rancang.publication;

import java.util.Arrays;
import java.util.Optional;

/** The file formats a book is published in. */
public enum DocumentFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<DocumentFormat> find(String extension) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(extension))
                .findFirst();
    }
}
