package id.rancang.identity.api;

import id.rancang.identity.CreateUserCommand;
import id.rancang.identity.GrantMembershipCommand;
import id.rancang.identity.Membership;
import id.rancang.identity.UserSummary;
import id.rancang.identity.Users;
import id.rancang.shared.ForbiddenException;
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
@RequestMapping("/api/v1")
@Tag(name = "Pengguna / Users")
class UserApiController {

    private final Users users;

    UserApiController(Users users) {
        this.users = users;
    }

    @GetMapping("/me")
    @Operation(summary = "Pengguna yang sedang masuk beserta keanggotaannya")
    UserSummary me() {
        return users.current().orElseThrow(ForbiddenException::new);
    }

    @GetMapping("/users")
    @Operation(
            summary =
                    "Pengguna yang Anda kelola: semua bagi administrator sistem, anggota wilayah Anda bagi administrator wilayah")
    List<UserSummary> list() {
        return users.list();
    }

    @PostMapping("/users")
    @Operation(summary = "Buat pengguna")
    ResponseEntity<UserSummary> create(@Valid @RequestBody CreateUserCommand command) {
        UserSummary created = users.create(command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
                .body(created);
    }

    @GetMapping("/users/{username}")
    UserSummary get(@PathVariable String username) {
        return users.get(username);
    }

    @PostMapping("/users/{username}/memberships")
    @Operation(summary = "Beri peran kepada pengguna (di satu daerah, atau global)")
    ResponseEntity<Membership> grant(
            @PathVariable String username, @Valid @RequestBody GrantMembershipCommand command) {
        Membership membership = users.grant(username, command);
        return ResponseEntity.created(URI.create("/api/v1/users/" + username + "/memberships/" + membership.id()))
                .body(membership);
    }

    @DeleteMapping("/users/{username}/memberships/{membershipId}")
    ResponseEntity<Void> revoke(@PathVariable String username, @PathVariable long membershipId) {
        users.revoke(username, membershipId);
        return ResponseEntity.noContent().build();
    }
}
