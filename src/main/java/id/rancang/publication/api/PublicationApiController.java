package id.rancang.publication.api;

import id.rancang.masterplan.Masterplans;
import id.rancang.publication.ApprovalCommand;
import id.rancang.publication.BookKind;
import id.rancang.publication.DocumentFormat;
import id.rancang.publication.Narrative;
import id.rancang.publication.NarrativeChapter;
import id.rancang.publication.NarrativeCommand;
import id.rancang.publication.Narratives;
import id.rancang.publication.Publications;
import id.rancang.publication.Version;
import id.rancang.publication.VersionCommand;
import id.rancang.publication.VersionDiff;
import id.rancang.publication.Versions;
import id.rancang.publication.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/masterplans/{id}")
@Tag(name = "Buku / Books")
class PublicationApiController {

    private final Publications publications;
    private final Narratives narratives;
    private final Versions versions;
    private final MessageSource messages;
    private final Masterplans masterplans;

    PublicationApiController(
            Publications publications,
            Narratives narratives,
            Versions versions,
            MessageSource messages,
            Masterplans masterplans) {
        this.masterplans = masterplans;
        this.publications = publications;
        this.narratives = narratives;
        this.versions = versions;
        this.messages = messages;
    }

    record BookDocument(String book, String title, Map<String, String> files) {}

    record NarrativeDocument(
            String chapterCode,
            String book,
            String title,
            String text,
            String textEn,
            Instant updatedAt,
            String updatedBy,
            long version) {}

    @GetMapping("/documents")
    @Operation(summary = "The five books with the addresses of their files")
    List<BookDocument> books(@PathVariable long id, Locale locale) {
        masterplans.get(id);
        List<BookDocument> books = new ArrayList<>();
        for (BookKind kind : BookKind.values()) {
            Map<String, String> files = new LinkedHashMap<>();
            for (DocumentFormat format : DocumentFormat.values()) {
                files.put(
                        format.extension(),
                        "/api/v1/masterplans/" + id + "/documents/" + kind.code() + "." + format.extension());
            }
            books.add(new BookDocument(kind.code(), messages.getMessage(kind.messageKey(), null, locale), files));
        }
        return books;
    }

    @GetMapping("/documents/{book}.{format}")
    @Operation(summary = "A book generated from the masterplan's current data, as DOCX or PDF (?lang=id|en)")
    CompletableFuture<ResponseEntity<byte[]>> book(
            @PathVariable long id,
            @PathVariable String book,
            @PathVariable String format,
            @RequestParam(required = false) String lang,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        return publications
                .book(id, Downloads.book(book), Downloads.format(format), Downloads.language(lang), ifNoneMatch)
                .thenApply(Downloads::response);
    }

    @GetMapping("/narratives")
    @Operation(summary = "Every narrative chapter of the books, written or not")
    List<NarrativeDocument> narratives(@PathVariable long id, Locale locale) {
        return narratives.all(id).entrySet().stream()
                .map(e -> document(e.getKey(), e.getValue(), locale))
                .toList();
    }

    @GetMapping("/narratives/{chapterCode}")
    NarrativeDocument narrative(@PathVariable long id, @PathVariable String chapterCode, Locale locale) {
        Narrative narrative = narratives.get(id, chapterCode);
        return document(NarrativeChapter.find(chapterCode).orElseThrow(), narrative, locale);
    }

    @PutMapping("/narratives/{chapterCode}")
    @Operation(summary = "Write a chapter's text (HTML with simple formatting, or plain paragraphs); sanitised")
    NarrativeDocument saveNarrative(
            @PathVariable long id,
            @PathVariable String chapterCode,
            @RequestBody NarrativeCommand command,
            Locale locale) {
        Narrative narrative = narratives.save(id, chapterCode, command);
        return document(NarrativeChapter.find(chapterCode).orElseThrow(), narrative, locale);
    }

    @GetMapping("/versions")
    List<Version> versions(@PathVariable long id) {
        return versions.list(id);
    }

    @PostMapping("/versions")
    @Operation(summary = "Freeze the masterplan's data as a version with its books")
    ResponseEntity<Version> createVersion(@PathVariable long id, @RequestBody VersionCommand command) {
        Version version = versions.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/versions/" + version.id()))
                .body(version);
    }

    @GetMapping("/versions/{versionId}")
    Version version(@PathVariable long id, @PathVariable long versionId) {
        return versions.get(id, versionId);
    }

    @PutMapping("/versions/{versionId}")
    @Operation(summary = "Rename a draft version (approved versions cannot be changed)")
    Version renameVersion(@PathVariable long id, @PathVariable long versionId, @RequestBody VersionCommand command) {
        return versions.rename(id, versionId, command);
    }

    @DeleteMapping("/versions/{versionId}")
    ResponseEntity<Void> deleteVersion(@PathVariable long id, @PathVariable long versionId) {
        versions.delete(id, versionId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/versions/{versionId}/approval")
    @Operation(summary = "The council approves a version; an earlier approved version is superseded")
    Version approve(
            @PathVariable long id,
            @PathVariable long versionId,
            @RequestBody(required = false) ApprovalCommand command) {
        return versions.approve(id, versionId, command);
    }

    @GetMapping("/versions/{versionId}/documents/{book}.{format}")
    @Operation(summary = "A book of a version, from its stored file")
    CompletableFuture<ResponseEntity<byte[]>> versionBook(
            @PathVariable long id,
            @PathVariable long versionId,
            @PathVariable String book,
            @PathVariable String format,
            @RequestParam(required = false) String lang) {
        return versions.book(id, versionId, Downloads.book(book), Downloads.format(format), Downloads.language(lang))
                .thenApply(Downloads::response);
    }

    @GetMapping("/versions/{a}/diff/{b}")
    @Operation(summary = "What changed from version a to version b")
    VersionDiff diff(@PathVariable long id, @PathVariable long a, @PathVariable long b) {
        return versions.diff(id, a, b);
    }

    private NarrativeDocument document(NarrativeChapter chapter, Narrative narrative, Locale locale) {
        return new NarrativeDocument(
                chapter.code(),
                chapter.book().code(),
                messages.getMessage(chapter.messageKey(), null, locale),
                narrative.text(),
                narrative.textEn(),
                narrative.updatedAt(),
                narrative.updatedBy(),
                narrative.version());
    }
}
