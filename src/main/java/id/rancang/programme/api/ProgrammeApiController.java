package id.rancang.programme.api;

import id.rancang.programme.FundingSource;
import id.rancang.programme.Horizon;
import id.rancang.programme.InnovationType;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammeSpreadsheets;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.Programmes;
import id.rancang.programme.QuickWin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

@RestController
@RequestMapping("/api/v1/masterplans/{id}/programmes")
@Tag(name = "Program dan rencana aksi / Programmes and action plan")
class ProgrammeApiController {

    private final Programmes programmes;
    private final ProgrammeSpreadsheets spreadsheets;

    ProgrammeApiController(Programmes programmes, ProgrammeSpreadsheets spreadsheets) {
        this.programmes = programmes;
        this.spreadsheets = spreadsheets;
    }

    /** What a GET returns; a PUT accepts it back with changes (derived fields are ignored). */
    record ProgrammeDocument(
            String code,
            String name,
            String description,
            String dimension,
            String subDimension,
            String ownerOffice,
            List<String> supportingOffices,
            String innovation,
            InnovationType innovationType,
            Horizon horizon,
            Integer startYear,
            Integer endYear,
            int durationYears,
            List<Long> costs,
            long totalCost,
            FundingSource fundingSource,
            BigDecimal value,
            boolean mandatory,
            Integer earliestStartYear,
            Integer latestEndYear,
            List<String> dependsOn,
            List<Long> goalIds,
            List<Long> problemIds,
            ProgrammeStatus status,
            boolean quickWin,
            QuickWin quickWinDetails,
            long version) {

        static ProgrammeDocument of(Programme p) {
            return new ProgrammeDocument(
                    p.code(),
                    p.name(),
                    p.description(),
                    p.dimension(),
                    p.subDimension(),
                    p.ownerOffice(),
                    p.supportingOffices(),
                    p.innovation(),
                    p.innovationType(),
                    p.horizon(),
                    p.startYear(),
                    p.endYear(),
                    p.durationYears(),
                    p.costs(),
                    p.totalCost(),
                    p.fundingSource(),
                    p.value(),
                    p.mandatory(),
                    p.earliestStartYear(),
                    p.latestEndYear(),
                    p.dependsOn(),
                    p.goalIds(),
                    p.problemIds(),
                    p.status(),
                    p.quickWin(),
                    p.quickWin() ? p.quickWinDetails() : null,
                    p.version());
        }
    }

    @GetMapping
    @Operation(summary = "Program masterplan; saring menurut dimensi, OPD, sumber dana atau quick win")
    List<ProgrammeDocument> list(
            @PathVariable long id,
            @RequestParam(required = false) String dimension,
            @RequestParam(required = false) String office,
            @RequestParam(required = false) FundingSource fundingSource,
            @RequestParam(required = false) Boolean quickWin) {
        return programmes.list(id).stream()
                .filter(p -> dimension == null
                        || dimension.isBlank()
                        || p.dimension().equals(dimension))
                .filter(p -> office == null
                        || office.isBlank()
                        || office.equalsIgnoreCase(p.ownerOffice())
                        || p.supportingOffices().contains(office.toUpperCase(java.util.Locale.ROOT)))
                .filter(p -> fundingSource == null || p.fundingSource() == fundingSource)
                .filter(p -> quickWin == null || p.quickWin() == quickWin)
                .map(ProgrammeDocument::of)
                .toList();
    }

    @PostMapping
    @Operation(summary = "Tambah program; costs berisi biaya (rupiah) untuk setiap tahun pelaksanaan")
    ResponseEntity<ProgrammeDocument> create(@PathVariable long id, @Valid @RequestBody ProgrammeCommand command) {
        Programme created = programmes.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/programmes/" + created.code()))
                .body(ProgrammeDocument.of(created));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "Unduh program dan biaya tahunannya sebagai Excel")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return xlsx(spreadsheets.export(id), id);
    }

    @PostMapping("/import")
    @Operation(summary = "Impor program dari Excel (multipart, bagian file): semua baris atau tidak sama sekali")
    ProgrammeSpreadsheets.ImportResult importWorkbook(
            @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            return spreadsheets.importWorkbook(id, null);
        }
        try (var in = file.getInputStream()) {
            return spreadsheets.importWorkbook(id, in);
        }
    }

    static ResponseEntity<byte[]> xlsx(byte[] workbook, long id) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("program-masterplan-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(workbook);
    }

    @GetMapping("/{code}")
    ProgrammeDocument get(@PathVariable long id, @PathVariable String code) {
        return ProgrammeDocument.of(programmes.get(id, code));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Ubah program; kirim kembali version yang dibaca (409 jika sudah diubah orang lain)")
    ProgrammeDocument update(
            @PathVariable long id, @PathVariable String code, @Valid @RequestBody ProgrammeCommand command) {
        return ProgrammeDocument.of(programmes.update(id, code, command));
    }

    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable String code) {
        programmes.delete(id, code);
        return ResponseEntity.noContent().build();
    }
}
