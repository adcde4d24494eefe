package id.rancang.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The books of a masterplan as they stand today. The data is read in the caller's request (with
 * its access checks); rendering happens on the book press, and a book whose data has not changed
 * since it was last generated comes from the stored file.
 */
@Service
public class Publications {

    private final PlanDataCollector collector;
    private final BookAssembler assembler;
    private final BookPress press;
    private final JsonMapper json;

    Publications(PlanDataCollector collector, BookAssembler assembler, BookPress press, JsonMapper json) {
        this.collector = collector;
        this.assembler = assembler;
        this.press = press;
        this.json = json;
    }

    /** The data the books are made of, as it stands now (read access required). */
    public PlanData data(long masterplanId) {
        return collector.collect(masterplanId);
    }

    /**
     * The book generated from today's data; {@code locale} is Indonesian unless English. When the
     * caller already holds that exact file ({@code ifNoneMatch} is its tag), the answer carries only
     * the tag and nothing is rendered.
     */
    public CompletableFuture<GeneratedFile> book(
            long masterplanId, BookKind kind, DocumentFormat format, Locale locale, String ifNoneMatch) {
        PlanData data = collector.collect(masterplanId);
        String hash = hash(data);
        String etag = etag(hash, kind, format, language(locale));
        if (etag.equals(ifNoneMatch)) {
            return CompletableFuture.completedFuture(GeneratedFile.notModified(format, etag));
        }
        return print(masterplanId, data, hash, kind, format, locale, true, null);
    }

    CompletableFuture<GeneratedFile> print(
            long masterplanId,
            PlanData data,
            String dataHash,
            BookKind kind,
            DocumentFormat format,
            Locale locale,
            boolean live,
            String versionLabel) {
        Locale language = language(locale);
        FileStore.Key key = new FileStore.Key(masterplanId, dataHash, kind, format, language.getLanguage());
        String fileName = fileName(data, kind, format, language, versionLabel);
        String etag = etag(dataHash, kind, format, language);
        return press.print(key, () -> assembler.assemble(data, kind, language), live)
                .thenApply(content -> new GeneratedFile(fileName, format, content, etag));
    }

    String hash(PlanData data) {
        return sha256(json.writeValueAsString(data));
    }

    /** Names the exact content of a file: the data it was made of, the book, format and language. */
    private static String etag(String dataHash, BookKind kind, DocumentFormat format, Locale language) {
        return "\"" + dataHash.substring(0, 24) + "-" + kind.code() + "-" + format.extension() + "-"
                + language.getLanguage() + "\"";
    }

    static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(
            PlanData data, BookKind kind, DocumentFormat format, Locale language, String versionLabel) {
        StringBuilder name = new StringBuilder(kind.code())
                .append('-')
                .append(slug(data.regionName()))
                .append('-')
                .append(data.startYear())
                .append('-')
                .append(data.endYear());
        if (versionLabel != null) {
            name.append('-').append(slug(versionLabel));
        }
        if ("en".equals(language.getLanguage())) {
            name.append("-en");
        }
        return name.append('.').append(format.extension()).toString();
    }

    static String slug(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "masterplan" : slug;
    }
}
