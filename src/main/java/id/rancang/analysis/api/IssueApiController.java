package id.rancang.analysis.api;

import id.rancang.analysis.AnalysisSpreadsheets;
import id.rancang.analysis.Evidence;
import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueCommand;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.IssueOrigin;
import id.rancang.analysis.Issues;
import id.rancang.analysis.SourceReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** Problems and potentials of a masterplan, one by one or as a spreadsheet. */
@RestController
@RequestMapping("/api/v1/masterplans/{id}")
@Tag(name = "Analisis: permasalahan dan potensi")
class IssueApiController {

    private final Issues issues;
    private final AnalysisSpreadsheets spreadsheets;

    IssueApiController(Issues issues, AnalysisSpreadsheets spreadsheets) {
        this.issues = issues;
        this.spreadsheets = spreadsheets;
    }

    /** The document a GET returns; POST and PUT accept it back, ignoring the read-only fields. */
    record IssueDocument(
            Long id,
            String dimension,
            String subDimension,
            String title,
            String description,
            Integer severity,
            List<String> districtCodes,
            Evidence evidence,
            IssueOrigin origin,
            SourceReference source,
            Instant updatedAt,
            Long version) {

        static IssueDocument of(Issue i) {
            return new IssueDocument(
                    i.id(),
                    i.dimension(),
                    i.subDimension(),
                    i.title(),
                    i.description(),
                    i.severity(),
                    i.districtCodes(),
                    i.evidence(),
                    i.origin(),
                    i.source(),
                    i.updatedAt(),
                    i.version());
        }

        IssueCommand command() {
            return new IssueCommand(
                    dimension, subDimension, title, description, severity, districtCodes, evidence, origin, version);
        }
    }

    @GetMapping("/problems")
    @Operation(summary = "Permasalahan per dimensi dan subdimensi")
    List<IssueDocument> problems(@PathVariable long id) {
        return list(id, IssueKind.PROBLEM);
    }

    @PostMapping("/problems")
    ResponseEntity<IssueDocument> createProblem(@PathVariable long id, @RequestBody IssueDocument body) {
        return create(id, IssueKind.PROBLEM, "problems", body);
    }

    @GetMapping("/problems/{problemId}")
    IssueDocument problem(@PathVariable long id, @PathVariable long problemId) {
        return IssueDocument.of(issues.get(id, IssueKind.PROBLEM, problemId));
    }

    @PutMapping("/problems/{problemId}")
    IssueDocument updateProblem(@PathVariable long id, @PathVariable long problemId, @RequestBody IssueDocument body) {
        return IssueDocument.of(issues.update(id, IssueKind.PROBLEM, problemId, body.command()));
    }

    @DeleteMapping("/problems/{problemId}")
    ResponseEntity<Void> deleteProblem(@PathVariable long id, @PathVariable long problemId) {
        issues.delete(id, IssueKind.PROBLEM, problemId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(
            path = "/problems/import",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Impor permasalahan dari XLSX (kolom multipart 'file'); semua baris atau tidak sama sekali")
    Map<String, Integer> importProblems(
            @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file) {
        return Map.of("imported", spreadsheets.importIssues(id, IssueKind.PROBLEM, bytes(file)));
    }

    @GetMapping("/problems/export.xlsx")
    ResponseEntity<byte[]> exportProblems(@PathVariable long id) {
        return Xlsx.download(spreadsheets.exportIssues(id, IssueKind.PROBLEM), "permasalahan.xlsx");
    }

    @GetMapping("/problems/template.xlsx")
    ResponseEntity<byte[]> problemTemplate(@PathVariable long id) {
        return Xlsx.download(spreadsheets.issueTemplate(id), "templat-permasalahan.xlsx");
    }

    @GetMapping("/potentials")
    @Operation(summary = "Potensi daerah per dimensi dan subdimensi")
    List<IssueDocument> potentials(@PathVariable long id) {
        return list(id, IssueKind.POTENTIAL);
    }

    @PostMapping("/potentials")
    ResponseEntity<IssueDocument> createPotential(@PathVariable long id, @RequestBody IssueDocument body) {
        return create(id, IssueKind.POTENTIAL, "potentials", body);
    }

    @GetMapping("/potentials/{potentialId}")
    IssueDocument potential(@PathVariable long id, @PathVariable long potentialId) {
        return IssueDocument.of(issues.get(id, IssueKind.POTENTIAL, potentialId));
    }

    @PutMapping("/potentials/{potentialId}")
    IssueDocument updatePotential(
            @PathVariable long id, @PathVariable long potentialId, @RequestBody IssueDocument body) {
        return IssueDocument.of(issues.update(id, IssueKind.POTENTIAL, potentialId, body.command()));
    }

    @DeleteMapping("/potentials/{potentialId}")
    ResponseEntity<Void> deletePotential(@PathVariable long id, @PathVariable long potentialId) {
        issues.delete(id, IssueKind.POTENTIAL, potentialId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(
            path = "/potentials/import",
            consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.ALL_VALUE})
    Map<String, Integer> importPotentials(
            @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file) {
        return Map.of("imported", spreadsheets.importIssues(id, IssueKind.POTENTIAL, bytes(file)));
    }

    @GetMapping("/potentials/export.xlsx")
    ResponseEntity<byte[]> exportPotentials(@PathVariable long id) {
        return Xlsx.download(spreadsheets.exportIssues(id, IssueKind.POTENTIAL), "potensi.xlsx");
    }

    @GetMapping("/potentials/template.xlsx")
    ResponseEntity<byte[]> potentialTemplate(@PathVariable long id) {
        return Xlsx.download(spreadsheets.issueTemplate(id), "templat-potensi.xlsx");
    }

    private List<IssueDocument> list(long id, IssueKind kind) {
        return issues.list(id, kind).stream().map(IssueDocument::of).toList();
    }

    private ResponseEntity<IssueDocument> create(long id, IssueKind kind, String path, IssueDocument body) {
        Issue created = issues.create(id, kind, body.command());
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/" + path + "/" + created.id()))
                .body(IssueDocument.of(created));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
