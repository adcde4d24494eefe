package id.rancang.monitoring.api;

import id.rancang.monitoring.EvidenceFile;
import id.rancang.monitoring.Monitoring;
import id.rancang.monitoring.MonitoringReport;
import id.rancang.monitoring.Progress;
import id.rancang.monitoring.ProgressCommand;
import id.rancang.monitoring.Realisation;
import id.rancang.monitoring.RealisationCommand;
import id.rancang.monitoring.UpdatesDue;
import id.rancang.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Monitoring / Monitoring")
class MonitoringApiController {

    private final Monitoring monitoring;

    MonitoringApiController(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @PutMapping("/api/v1/masterplans/{id}/indicators/{indicatorId}/realisations/{year}")
    @Operation(summary = "Mencatat realisasi indikator pada suatu tahun / Record an indicator's actual value")
    Realisation realisation(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @PathVariable int year,
            @Valid @RequestBody RealisationCommand command) {
        return monitoring.recordRealisation(id, indicatorId, year, command);
    }

    @PutMapping("/api/v1/masterplans/{id}/programmes/{code}/progress/{year}")
    @Operation(summary = "Mencatat kemajuan program pada suatu tahun / Record a programme's progress")
    Progress progress(
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable int year,
            @Valid @RequestBody ProgressCommand command) {
        return monitoring.recordProgress(id, code, year, command);
    }

    @PostMapping("/api/v1/masterplans/{id}/indicators/{indicatorId}/realisations/{year}/evidence")
    @Operation(summary = "Unggah bukti realisasi (PDF, DOCX, XLSX, PNG, JPG; paling besar 10 MB)")
    ResponseEntity<EvidenceFile> upload(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @PathVariable int year,
            @RequestParam(value = "file", required = false) MultipartFile file) {
        byte[] content;
        try {
            content = file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EvidenceFile saved = monitoring.attachEvidence(
                id, indicatorId, year, file == null ? null : file.getOriginalFilename(), content);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/indicators/" + indicatorId
                        + "/realisations/" + year + "/evidence"))
                .body(saved);
    }

    @GetMapping("/api/v1/masterplans/{id}/indicators/{indicatorId}/realisations/{year}/evidence")
    @Operation(summary = "Unduh bukti realisasi / Download the evidence file")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long indicatorId, @PathVariable int year) {
        EvidenceFile file = monitoring
                .evidence(id, indicatorId, year)
                .orElseThrow(() -> new NotFoundException("evidence " + indicatorId + "/" + year));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(monitoring.evidenceContent(id, indicatorId, year));
    }

    /** The monitoring document of a year, with the contract's field names first. */
    record MonitoringDocument(
            int year,
            Map<String, BigDecimal> programmesRunningShare,
            BigDecimal overallRunningShare,
            long budgetPlanned,
            long budgetRealised,
            BigDecimal budgetRealisationPercent,
            BigDecimal averageAchievement,
            List<IndicatorDocument> indicators,
            List<MonitoringReport.ProgrammeResult> programmes) {}

    record IndicatorDocument(
            long id,
            String name,
            String unit,
            String direction,
            String office,
            BigDecimal target,
            BigDecimal actual,
            BigDecimal achievementPercent,
            String note,
            String evidenceUrl,
            String evidenceFile,
            long version) {}

    @GetMapping("/api/v1/masterplans/{id}/monitoring/{year}")
    @Operation(summary = "Capaian masterplan pada suatu tahun / A masterplan's achievement in a year")
    MonitoringDocument report(@PathVariable long id, @PathVariable int year) {
        MonitoringReport report = monitoring.report(id, year);
        return new MonitoringDocument(
                report.year(),
                report.programmesRunningShare(),
                report.overallRunningShare(),
                report.budgetPlanned(),
                report.budgetRealised(),
                report.budgetRealisationPercent(),
                report.averageAchievement(),
                report.indicators().stream()
                        .map(i -> new IndicatorDocument(
                                i.id(),
                                i.name(),
                                i.unit(),
                                i.direction() == null ? null : i.direction().name(),
                                i.office(),
                                i.target(),
                                i.actual(),
                                i.achievementPercent(),
                                i.note(),
                                i.evidenceUrl(),
                                i.evidenceFile(),
                                i.version()))
                        .toList(),
                report.programmes());
    }

    @GetMapping("/api/v1/masterplans/{id}/monitoring/{year}/due")
    @Operation(summary = "Pembaruan yang belum dilaporkan per OPD / Updates still due per office")
    List<UpdatesDue> due(@PathVariable long id, @PathVariable int year) {
        return monitoring.updatesDue(id, year);
    }

    record ContributorCommand(String officeCode, String email) {}

    @GetMapping("/api/v1/regions/{code}/monitoring/contributors")
    @Operation(summary = "Pelapor per OPD / Who reports for which office")
    Map<String, String> contributors(@PathVariable String code) {
        return monitoring.contributors(code);
    }

    @PutMapping("/api/v1/regions/{code}/monitoring/contributors/{username}")
    @Operation(summary = "Menetapkan OPD pelapor / Let a user report for an office")
    Map<String, String> assign(
            @PathVariable String code, @PathVariable String username, @RequestBody ContributorCommand command) {
        String office = command.officeCode() == null ? "" : command.officeCode();
        monitoring.assignContributor(code, username, office, command.email());
        return Map.of("username", username, "officeCode", office);
    }
}
