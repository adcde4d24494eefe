package id.rancang.strategy.api;

import id.rancang.strategy.AlignmentItem;
import id.rancang.strategy.AlignmentItemChange;
import id.rancang.strategy.AlignmentItemCommand;
import id.rancang.strategy.AlignmentSpreadsheets;
import id.rancang.strategy.Alignments;
import id.rancang.strategy.CatalogueIndicator;
import id.rancang.strategy.Goal;
import id.rancang.strategy.GoalCommand;
import id.rancang.strategy.Goals;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorCatalogue;
import id.rancang.strategy.IndicatorCommand;
import id.rancang.strategy.Indicators;
import id.rancang.strategy.Vision;
import id.rancang.strategy.VisionCommand;
import id.rancang.strategy.Visions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Visi, tujuan dan indikator / Vision, goals and indicators")
class StrategyApiController {

    private final Goals goals;
    private final Indicators indicators;
    private final Visions visions;
    private final IndicatorCatalogue catalogue;
    private final Alignments alignments;
    private final AlignmentSpreadsheets spreadsheets;

    StrategyApiController(
            Goals goals,
            Indicators indicators,
            Visions visions,
            IndicatorCatalogue catalogue,
            Alignments alignments,
            AlignmentSpreadsheets spreadsheets) {
        this.alignments = alignments;
        this.spreadsheets = spreadsheets;
        this.goals = goals;
        this.indicators = indicators;
        this.visions = visions;
        this.catalogue = catalogue;
    }

    record LinkCommand(List<Long> itemIds) {}

    record MatrixRow(String programmeCode, List<Long> itemIds, java.util.Set<String> rpjmdGoals, boolean aligned) {}

    @GetMapping("/api/v1/masterplans/{id}/alignment/items")
    List<AlignmentItem> alignmentItems(@PathVariable long id) {
        return alignments.items(id);
    }

    @PostMapping("/api/v1/masterplans/{id}/alignment/items")
    @Operation(summary = "Tambah misi, tujuan atau program RPJMD, program Renstra OPD, acuan RPJMN atau SPBE")
    ResponseEntity<AlignmentItem> createAlignmentItem(
            @PathVariable long id, @Valid @RequestBody AlignmentItemCommand command) {
        AlignmentItem item = alignments.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/alignment/items/" + item.id()))
                .body(item);
    }

    @PutMapping("/api/v1/masterplans/{id}/alignment/items/{itemId}")
    @Operation(summary = "Ubah uraian, kode induk dan OPD sebuah butir (jenis dan kode tetap); version wajib")
    AlignmentItem changeAlignmentItem(
            @PathVariable long id, @PathVariable long itemId, @RequestBody AlignmentItemChange command) {
        return alignments.update(id, itemId, command);
    }

    @DeleteMapping("/api/v1/masterplans/{id}/alignment/items/{itemId}")
    @Operation(summary = "Hapus butir yang tidak menjadi induk butir lain, beserta keterkaitan programnya")
    ResponseEntity<Void> deleteAlignmentItem(
            @PathVariable long id, @PathVariable long itemId, @RequestParam long version) {
        alignments.delete(id, itemId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/masterplans/{id}/alignment/items/export.xlsx")
    @Operation(summary = "Unduh butir RPJMD, Renstra, RPJMN dan SPBE sebagai Excel")
    ResponseEntity<byte[]> exportItems(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("rpjmd-masterplan-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(spreadsheets.export(id));
    }

    @PostMapping("/api/v1/masterplans/{id}/alignment/items/import")
    @Operation(summary = "Impor butir RPJMD dari Excel (multipart, bagian file): semua baris atau tidak sama sekali")
    AlignmentSpreadsheets.ImportResult importItems(
            @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws java.io.IOException {
        try (var in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return spreadsheets.importWorkbook(id, in);
        }
    }

    @PutMapping("/api/v1/masterplans/{id}/alignment/programmes/{code}")
    @Operation(summary = "Tetapkan butir RPJMD/Renstra/RPJMN/SPBE yang didukung sebuah program")
    LinkCommand link(@PathVariable long id, @PathVariable String code, @RequestBody LinkCommand command) {
        return new LinkCommand(alignments.link(id, code, command.itemIds()));
    }

    @GetMapping("/api/v1/masterplans/{id}/alignment/matrix")
    @Operation(summary = "Matriks keselarasan: tujuan RPJMD yang didukung setiap program")
    List<MatrixRow> matrix(@PathVariable long id) {
        var links = alignments.links(id);
        var goals = alignments.supportedRpjmdGoals(id);
        return links.entrySet().stream()
                .map(e -> new MatrixRow(
                        e.getKey(),
                        e.getValue(),
                        goals.getOrDefault(e.getKey(), java.util.Set.of()),
                        !goals.getOrDefault(e.getKey(), java.util.Set.of()).isEmpty()))
                .toList();
    }

    record CatalogueDocument(String version, List<CatalogueIndicator> indicators) {}

    @GetMapping("/api/v1/indicator-catalogue")
    @Operation(summary = "Katalog indikator (SNI ISO 37120, SNI ISO 37122, ITU U4SSC)")
    CatalogueDocument catalogue() {
        return new CatalogueDocument(catalogue.version(), catalogue.all());
    }

    @GetMapping("/api/v1/masterplans/{id}/vision")
    Vision vision(@PathVariable long id) {
        return visions.find(id).orElse(Vision.empty(id));
    }

    @PutMapping("/api/v1/masterplans/{id}/vision")
    @Operation(summary = "Tetapkan visi dan misi smart city")
    Vision saveVision(@PathVariable long id, @Valid @RequestBody VisionCommand command) {
        return visions.save(id, command);
    }

    @GetMapping("/api/v1/masterplans/{id}/goals")
    List<Goal> goals(@PathVariable long id) {
        return goals.list(id);
    }

    @PostMapping("/api/v1/masterplans/{id}/goals")
    @Operation(summary = "Tambah tujuan pada sebuah dimensi")
    ResponseEntity<Goal> createGoal(@PathVariable long id, @Valid @RequestBody GoalCommand command) {
        Goal goal = goals.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/goals/" + goal.id()))
                .body(goal);
    }

    @GetMapping("/api/v1/masterplans/{id}/goals/{goalId}")
    Goal goal(@PathVariable long id, @PathVariable long goalId) {
        return goals.get(id, goalId);
    }

    @PutMapping("/api/v1/masterplans/{id}/goals/{goalId}")
    Goal updateGoal(@PathVariable long id, @PathVariable long goalId, @Valid @RequestBody GoalCommand command) {
        return goals.update(id, goalId, command);
    }

    @DeleteMapping("/api/v1/masterplans/{id}/goals/{goalId}")
    @Operation(summary = "Hapus tujuan beserta indikatornya; tautan program ke tujuan ini ikut dilepas")
    ResponseEntity<Void> deleteGoal(@PathVariable long id, @PathVariable long goalId) {
        goals.delete(id, goalId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/masterplans/{id}/indicators")
    List<Indicator> indicators(@PathVariable long id) {
        return indicators.list(id);
    }

    @PostMapping("/api/v1/masterplans/{id}/indicators")
    @Operation(summary = "Tambah indikator, ditulis bebas atau dipilih dari katalog (catalogueCode)")
    ResponseEntity<Indicator> createIndicator(@PathVariable long id, @Valid @RequestBody IndicatorCommand command) {
        Indicator indicator = indicators.create(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/indicators/" + indicator.id()))
                .body(indicator);
    }

    @GetMapping("/api/v1/masterplans/{id}/indicators/{indicatorId}")
    Indicator indicator(@PathVariable long id, @PathVariable long indicatorId) {
        return indicators.get(id, indicatorId);
    }

    @PutMapping("/api/v1/masterplans/{id}/indicators/{indicatorId}")
    @Operation(summary = "Ubah indikator (kirim dokumen hasil GET beserta version)")
    Indicator updateIndicator(
            @PathVariable long id, @PathVariable long indicatorId, @Valid @RequestBody IndicatorCommand command) {
        return indicators.update(id, indicatorId, command);
    }

    @DeleteMapping("/api/v1/masterplans/{id}/indicators/{indicatorId}")
    @Operation(summary = "Hapus indikator")
    ResponseEntity<Void> deleteIndicator(@PathVariable long id, @PathVariable long indicatorId) {
        indicators.delete(id, indicatorId);
        return ResponseEntity.noContent().build();
    }
}
