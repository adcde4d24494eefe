package id.rancang.review.api;

import id.rancang.review.CommentCommand;
import id.rancang.review.CommentStatus;
import id.rancang.review.ReplyCommand;
import id.rancang.review.ResolutionCommand;
import id.rancang.review.ReviewComment;
import id.rancang.review.ReviewComments;
import id.rancang.review.TargetKind;
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
@RequestMapping("/api/v1/masterplans/{id}/comments")
@Tag(name = "Komentar tinjauan / Review comments")
class ReviewApiController {

    private final ReviewComments comments;

    ReviewApiController(ReviewComments comments) {
        this.comments = comments;
    }

    @GetMapping
    @Operation(summary = "Utas komentar, terbaru dahulu; saring menurut jenis dan kunci butir serta status")
    List<ReviewComment> list(
            @PathVariable long id,
            @RequestParam(required = false) TargetKind targetKind,
            @RequestParam(required = false) String targetKey,
            @RequestParam(required = false) CommentStatus status) {
        return comments.list(id, targetKind, targetKey, status);
    }

    @PostMapping
    @Operation(summary = "Beri komentar pada bab, program, masalah, potensi, tujuan, indikator atau sesi")
    ResponseEntity<ReviewComment> create(@PathVariable long id, @Valid @RequestBody CommentCommand command) {
        ReviewComment created = comments.create(id, command);
        return ResponseEntity.created(URI.create(path(id, created.id()))).body(created);
    }

    @GetMapping("/{commentId}")
    ReviewComment get(@PathVariable long id, @PathVariable long commentId) {
        return comments.get(id, commentId);
    }

    @PutMapping("/{commentId}")
    @Operation(summary = "Ubah komentar sendiri (dengan version)")
    ReviewComment edit(@PathVariable long id, @PathVariable long commentId, @Valid @RequestBody ReplyCommand command) {
        return comments.edit(id, commentId, command);
    }

    @DeleteMapping("/{commentId}")
    @Operation(summary = "Hapus komentar sendiri yang belum dijawab")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long commentId) {
        comments.delete(id, commentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{commentId}/replies")
    @Operation(summary = "Jawab dalam utas; menjawab utas seluruhnya")
    ResponseEntity<ReviewComment> reply(
            @PathVariable long id, @PathVariable long commentId, @Valid @RequestBody ReplyCommand command) {
        ReviewComment thread = comments.reply(id, commentId, command);
        return ResponseEntity.created(URI.create(path(id, thread.id()))).body(thread);
    }

    @PutMapping("/{commentId}/resolution")
    @Operation(summary = "Tandai selesai ({\"resolved\":true}) atau buka kembali ({\"resolved\":false})")
    ReviewComment resolve(
            @PathVariable long id, @PathVariable long commentId, @Valid @RequestBody ResolutionCommand command) {
        return comments.resolve(id, commentId, command);
    }

    private static String path(long id, long commentId) {
        return "/api/v1/masterplans/" + id + "/comments/" + commentId;
    }
}
