package id.rancang.audit.web;

import id.rancang.audit.AuditTrail;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The audit trail of a region (its administrators) or of everything (the system administrator). */
@Controller
class AuditController {

    private static final int LIMIT = 200;

    private final AuditTrail audit;
    private final AccessControl access;

    AuditController(AuditTrail audit, AccessControl access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/regions/{code}/audit")
    String region(@PathVariable String code, Model model) {
        RegionCode region = RegionCode.parse(code).orElseThrow(() -> new NotFoundException("region " + code));
        access.require(region, Permission.ADMINISTER, "region " + code);
        model.addAttribute("regionCode", region.value());
        model.addAttribute("entries", audit.recent(access.scope(Permission.ADMINISTER), region, LIMIT));
        return "audit/list";
    }

    @GetMapping("/admin/audit")
    String all(Model model) {
        if (!access.isSystemAdmin()) {
            throw new ForbiddenException();
        }
        model.addAttribute("entries", audit.recent(access.scope(Permission.ADMINISTER), null, LIMIT));
        return "audit/list";
    }
}
