package id.rancang.publication.web;

import id.rancang.publication.BookKind;
import id.rancang.publication.DocumentFormat;
import id.rancang.publication.GeneratedFile;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How book downloads are named, typed and cached, for the pages and the API alike. */
public final class Downloads {

    private Downloads() {}

    public static BookKind book(String code) {
        return BookKind.find(code).orElseThrow(() -> new NotFoundException("book"));
    }

    public static DocumentFormat format(String extension) {
        return DocumentFormat.find(extension).orElseThrow(() -> new NotFoundException("book"));
    }

    /** {@code id} (the default) or {@code en}; anything else is refused by name. */
    public static Locale language(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("id")) {
            return Locale.forLanguageTag("id");
        }
        if (lang.equals("en")) {
            return Locale.ENGLISH;
        }
        throw InvalidInputException.of("lang", "publication.error.lang", lang);
    }

    public static ResponseEntity<byte[]> response(GeneratedFile file) {
        if (!file.modified()) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(file.etag())
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .eTag(file.etag())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }
}
