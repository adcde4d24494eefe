package id.rancang.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence of a realisation. A file is accepted only when its
 * name's extension is allowed and its first bytes match that kind, whatever the browser claimed.
 */
public enum EvidenceType {
    PDF("pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip.MAGIC),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip.MAGIC),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** 10 MB: a scanned report or a spreadsheet of data fits. */
    public static final long MAX_SIZE = 10L * 1024 * 1024;

    private final String extension;
    private final String contentType;
    private final byte[] magic;

    EvidenceType(String extension, String contentType, byte[] magic) {
        this.extension = extension;
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<EvidenceType> ofFilename(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        String normalised = ext.equals("jpeg") ? "jpg" : ext;
        return Arrays.stream(values())
                .filter(t -> t.extension.equals(normalised))
                .findFirst();
    }

    public boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.extension).toList());
    }

    private static final class Zip {
        static final byte[] MAGIC = {'P', 'K', 3, 4};
    }
}
