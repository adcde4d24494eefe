package id.rancang.analysis.api;

import id.rancang.analysis.AnalysisSpreadsheets;
import id.rancang.analysis.Initiative;
import id.rancang.analysis.InitiativeCommand;
import id.rancang.analysis.InitiativeStatus;
import id.rancang.analysis.InitiativeType;
import id.rancang.analysis.Initiatives;
import id.rancang.analysis.SourceReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Initiatives already running in a masterplan's region. */
@RestController
@RequestMapping("/api/v1/masterplans/{id}/initiatives")
@Tag(name = "Analisis: inisiatif yang sudah berjalan")
class InitiativeApiController {

    private final Initiatives initiatives;
    private final AnalysisSpreadsheets spreadsheets;

    InitiativeApiController(Initiatives initiatives, AnalysisSpreadsheets spreadsheets) {
        this.initiatives = initiatives;
        this.spreadsheets = spreadsheets;
    }

    /** The document a GET returns; POST and PUT accept it back, ignoring the read-only fields. */
    record InitiativeDocument(
            Long id,
            String name,
            String description,
            String ownerOffice,
            String dimension,
            String subDimension,
            InitiativeType type,
            InitiativeStatus status,
            String spbeService,
            SourceReference source,
            Instant updatedAt,
            Long version) {

        static InitiativeDocument of(Initiative i) {
            return new InitiativeDocument(
                    i.id(),
                    i.name(),
                    i.description(),
                    i.ownerOffice(),
                    i.dimension(),
                    i.subDimension(),
                    i.type(),
                    i.status(),
                    i.spbeService(),
                    i.source(),
                    i.updatedAt(),
                    i.version());
        }

        InitiativeCommand command() {
            return new InitiativeCommand(
                    name, description, ownerOffice, dimension, subDimension, type, status, spbeService, version);
        }
    }

    @GetMapping
    @Operation(summary = "Aplikasi, infrastruktur, kebijakan dan layanan yang sudah berjalan")
    List<InitiativeDocument> list(@PathVariable long id) {
        return initiatives.list(id).stream().map(InitiativeDocument::of).toList();
    }

    @PostMapping
    ResponseEntity<InitiativeDocument> create(@PathVariable long id, @RequestBody InitiativeDocument body) {
        Initiative created = initiatives.create(id, body.command());
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/initiatives/" + created.id()))
                .body(InitiativeDocument.of(created));
    }

    @GetMapping("/{initiativeId}")
    InitiativeDocument get(@PathVariable long id, @PathVariable long initiativeId) {
        return InitiativeDocument.of(initiatives.get(id, initiativeId));
    }

    @PutMapping("/{initiativeId}")
    InitiativeDocument update(
            @PathVariable long id, @PathVariable long initiativeId, @RequestBody InitiativeDocument body) {
        return InitiativeDocument.of(initiatives.update(id, initiativeId, body.command()));
    }

    @DeleteMapping("/{initiativeId}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long initiativeId) {
        initiatives.delete(id, initiativeId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(
            path = "/import",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Impor inisiatif dari XLSX (kolom multipart 'file'); semua baris atau tidak sama sekali")
    Map<String, Integer> importAll(
            @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file) {
        return Map.of("imported", spreadsheets.importInitiatives(id, IssueApiController.bytes(file)));
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return Xlsx.download(spreadsheets.exportInitiatives(id), "inisiatif.xlsx");
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return Xlsx.download(spreadsheets.initiativeTemplate(id), "templat-inisiatif.xlsx");
    }
}
