package id.rancang.masterplan.api;

import id.rancang.masterplan.CreateMasterplanCommand;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.MasterplanStatus;
import id.rancang.masterplan.Masterplans;
import id.rancang.masterplan.UpdateMasterplanCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/masterplans")
@Tag(name = "Masterplan")
class MasterplanApiController {

    private final Masterplans masterplans;

    MasterplanApiController(Masterplans masterplans) {
        this.masterplans = masterplans;
    }

    /** The document a GET returns; a PUT accepts it back, ignoring the read-only fields. */
    record MasterplanDocument(
            Long id,
            String regionCode,
            String framework,
            Integer startYear,
            Integer endYear,
            Integer horizonYears,
            String title,
            Integer stage,
            MasterplanStatus status,
            Instant createdAt,
            Instant updatedAt,
            Long version) {

        static MasterplanDocument of(Masterplan m) {
            return new MasterplanDocument(
                    m.id(),
                    m.regionCode().value(),
                    m.framework(),
                    m.startYear(),
                    m.endYear(),
                    m.horizonYears(),
                    m.title(),
                    m.stage(),
                    m.status(),
                    m.createdAt(),
                    m.updatedAt(),
                    m.version());
        }
    }

    @PostMapping
    @Operation(summary = "Mulai masterplan baru untuk sebuah kabupaten/kota")
    ResponseEntity<MasterplanDocument> create(@RequestBody CreateMasterplanCommand command) {
        Masterplan created = masterplans.create(command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + created.id()))
                .body(MasterplanDocument.of(created));
    }

    @GetMapping
    @Operation(summary = "Masterplan yang dapat dilihat, atau milik satu daerah (regionCode)")
    List<MasterplanDocument> list(@RequestParam(required = false) String regionCode) {
        List<Masterplan> found =
                regionCode == null || regionCode.isBlank() ? masterplans.visible() : masterplans.ofRegion(regionCode);
        return found.stream().map(MasterplanDocument::of).toList();
    }

    @GetMapping("/{id}")
    MasterplanDocument get(@PathVariable long id) {
        return MasterplanDocument.of(masterplans.get(id));
    }

    /**
     * Changes the title, years or status. The stage cannot be changed here (it moves on when a
     * Bimtek stage is closed) and adoption has its own endpoint: another stage or status ADOPTED is
     * refused with 422 naming the field; the values that were read may be sent back unchanged.
     */
    @PutMapping("/{id}")
    @Operation(summary = "Ubah judul, tahun atau status; kirim kembali version yang dibaca (tahap tidak dapat diubah)")
    MasterplanDocument update(@PathVariable long id, @RequestBody MasterplanDocument document) {
        return MasterplanDocument.of(masterplans.update(
                id,
                new UpdateMasterplanCommand(
                        document.title(),
                        document.startYear(),
                        document.horizonYears(),
                        document.stage(),
                        document.status(),
                        document.version())));
    }

    @PostMapping("/{id}/adoption")
    @Operation(summary = "Tetapkan masterplan yang telah mencapai tahap 4 (izin persetujuan)")
    MasterplanDocument adopt(@PathVariable long id) {
        return MasterplanDocument.of(masterplans.adopt(id));
    }
}
