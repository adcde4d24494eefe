package id.rancang.audit.api;

import id.rancang.audit.AuditEntry;
import id.rancang.audit.AuditTrail;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Jejak audit / Audit trail")
class AuditApiController {

    private final AuditTrail audit;
    private final AccessControl access;

    AuditApiController(AuditTrail audit, AccessControl access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/api/v1/regions/{code}/audit")
    @Operation(summary = "Perubahan terbaru di sebuah daerah (administrator daerah)")
    List<AuditEntry> region(@PathVariable String code, @RequestParam(defaultValue = "100") int limit) {
        RegionCode region = RegionCode.parse(code).orElseThrow(() -> new NotFoundException("region " + code));
        access.require(region, Permission.ADMINISTER, "region " + code);
        return audit.recent(access.scope(Permission.ADMINISTER), region, limit);
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Semua perubahan terbaru (administrator sistem)")
    List<AuditEntry> all(@RequestParam(defaultValue = "100") int limit) {
        if (!access.isSystemAdmin()) {
            throw new ForbiddenException();
        }
        return audit.recent(access.scope(Permission.ADMINISTER), null, limit);
    }
}
