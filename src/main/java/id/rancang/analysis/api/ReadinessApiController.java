package id.rancang.analysis.api;

import id.rancang.analysis.ProfileCommand;
import id.rancang.analysis.RatingsCommand;
import id.rancang.analysis.Readiness;
import id.rancang.analysis.ReadinessRating;
import id.rancang.analysis.ReadinessSummary;
import id.rancang.analysis.RegionalProfile;
import id.rancang.analysis.RegionalProfiles;
import id.rancang.analysis.SwotCommand;
import id.rancang.analysis.SwotItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/masterplans/{id}")
@Tag(name = "Analisis: profil dan kesiapan")
class ReadinessApiController {

    private final RegionalProfiles profiles;
    private final Readiness readiness;

    ReadinessApiController(RegionalProfiles profiles, Readiness readiness) {
        this.profiles = profiles;
        this.readiness = readiness;
    }

    @GetMapping("/profile")
    @Operation(summary = "Gambaran umum daerah (profil) sebuah masterplan")
    RegionalProfile profile(@PathVariable long id) {
        return profiles.get(id);
    }

    @PutMapping("/profile")
    @Operation(summary = "Ganti profil daerah; semua kolom opsional, kirim kembali version yang dibaca")
    RegionalProfile updateProfile(@PathVariable long id, @RequestBody ProfileCommand command) {
        return profiles.update(id, command);
    }

    @GetMapping("/readiness/swot")
    @Operation(summary = "Butir SWOT per subelemen kesiapan")
    List<SwotItem> swot(@PathVariable long id) {
        return readiness.swot(id);
    }

    @PostMapping("/readiness/swot")
    @Operation(summary = "Tambah butir SWOT (STRENGTH, WEAKNESS, OPPORTUNITY, THREAT) pada subelemen")
    ResponseEntity<SwotItem> addSwot(@PathVariable long id, @RequestBody SwotCommand command) {
        SwotItem created = readiness.addSwot(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/readiness/swot/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/readiness/swot/{swotId}")
    ResponseEntity<Void> deleteSwot(@PathVariable long id, @PathVariable long swotId) {
        readiness.deleteSwot(id, swotId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/readiness/ratings")
    List<ReadinessRating> ratings(@PathVariable long id) {
        return readiness.ratings(id);
    }

    @PutMapping("/readiness/ratings")
    @Operation(summary = "Nilai kesiapan saat ini dan yang dibutuhkan (1–5) per subelemen")
    List<ReadinessRating> rate(@PathVariable long id, @RequestBody RatingsCommand command) {
        return readiness.rate(id, command);
    }

    @GetMapping("/readiness/summary")
    @Operation(summary = "Ringkasan kesiapan: rata-rata per elemen, kesenjangan per subelemen")
    ReadinessSummary summary(@PathVariable long id) {
        return readiness.summary(id);
    }
}
