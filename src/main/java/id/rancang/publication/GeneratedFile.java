package id.rancang.publication;

/** A generated book file, ready to download, and the tag that names its exact content. */
public record GeneratedFile(String fileName, DocumentFormat format, byte[] content, String etag) {

    /** The caller already holds the file tagged {@code etag}: only the tag is answered. */
    static GeneratedFile notModified(DocumentFormat format, String etag) {
        return new GeneratedFile(null, format, null, etag);
    }

    public boolean modified() {
        return content != null;
    }
}
