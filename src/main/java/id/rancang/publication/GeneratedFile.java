package id.rancang.publication;

/** A generated book file, ready to download, and the tag that names its exact content. */
public record GeneratedFile(String fileName, DocumentFormat format, byte[] content, String etag) {}
