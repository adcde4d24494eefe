package id.rancang.region.api;

import id.rancang.region.Office;
import id.rancang.region.OfficeCommand;
import id.rancang.region.Offices;
import id.rancang.region.Region;
import id.rancang.region.RegionType;
import id.rancang.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Wilayah dan OPD / Regions and offices")
class RegionApiController {

    private final Regions regions;
    private final Offices offices;

    RegionApiController(Regions regions, Offices offices) {
        this.regions = regions;
        this.offices = offices;
    }

    record RegionView(String code, String name, RegionType type, String provinceCode, String parentCode) {

        static RegionView of(Region region) {
            return new RegionView(
                    region.code().value(),
                    region.name(),
                    region.type(),
                    region.provinceCode(),
                    region.parentCode() == null ? null : region.parentCode().value());
        }
    }

    record OfficeView(String code, String name, long version) {

        static OfficeView of(Office office) {
            return new OfficeView(office.code(), office.name(), office.version());
        }
    }

    @GetMapping
    @Operation(
            summary = "Cari wilayah menurut nama atau kode Kemendagri",
            description =
                    "Paling banyak limit (maks. 200) hasil; header X-Total-Count menyebut jumlah semua yang cocok.")
    ResponseEntity<List<RegionView>> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) RegionType type,
            @RequestParam(defaultValue = "50") int limit) {
        Regions.SearchResult found = regions.searchCounted(q, type, limit);
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(found.total()))
                .body(found.shown().stream().map(RegionView::of).toList());
    }

    @GetMapping("/{code}")
    RegionView get(@PathVariable String code) {
        return RegionView.of(regions.get(code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Wilayah di bawahnya (kabupaten/kota, kecamatan, desa/kelurahan)")
    List<RegionView> children(@PathVariable String code) {
        return regions.children(regions.get(code).code()).stream()
                .map(RegionView::of)
                .toList();
    }

    @GetMapping("/{code}/offices")
    @Operation(summary = "Perangkat daerah (OPD) sebuah kabupaten/kota")
    List<OfficeView> offices(@PathVariable String code) {
        return offices.list(code).stream().map(OfficeView::of).toList();
    }

    @PostMapping("/{code}/offices")
    ResponseEntity<OfficeView> createOffice(@PathVariable String code, @Valid @RequestBody OfficeCommand command) {
        Office office = offices.create(code, command);
        return ResponseEntity.created(URI.create("/api/v1/regions/" + code + "/offices/" + office.code()))
                .body(OfficeView.of(office));
    }

    @GetMapping("/{code}/offices/{officeCode}")
    OfficeView office(@PathVariable String code, @PathVariable String officeCode) {
        return OfficeView.of(offices.get(code, officeCode));
    }

    @PutMapping("/{code}/offices/{officeCode}")
    OfficeView updateOffice(
            @PathVariable String code, @PathVariable String officeCode, @Valid @RequestBody OfficeCommand command) {
        return OfficeView.of(offices.update(code, officeCode, command));
    }

    @DeleteMapping("/{code}/offices/{officeCode}")
    ResponseEntity<Void> deleteOffice(@PathVariable String code, @PathVariable String officeCode) {
        offices.delete(code, officeCode);
        return ResponseEntity.noContent().build();
    }
}
