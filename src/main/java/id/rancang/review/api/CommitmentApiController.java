package id.rancang.review.api;

import id.rancang.review.Commitments;
import id.rancang.review.Signatory;
import id.rancang.review.SignatoryCommand;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/masterplans/{id}/commitments")
@Tag(name = "Lembar komitmen / Commitment sheet")
class CommitmentApiController {

    private final Commitments commitments;

    CommitmentApiController(Commitments commitments) {
        this.commitments = commitments;
    }

    @GetMapping
    @Operation(summary = "Penanda tangan komitmen: bupati, wakil, dewan, kepala OPD, dengan tanggal")
    List<Signatory> list(@PathVariable long id) {
        return commitments.signatories(id);
    }

    @PostMapping
    @Operation(summary = "Catat penanda tangan komitmen")
    ResponseEntity<Signatory> add(@PathVariable long id, @Valid @RequestBody SignatoryCommand command) {
        Signatory created = commitments.add(id, command);
        return ResponseEntity.created(URI.create("/api/v1/masterplans/" + id + "/commitments/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/{commitmentId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long commitmentId) {
        commitments.remove(id, commitmentId);
        return ResponseEntity.noContent().build();
    }
}
