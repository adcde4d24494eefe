package id.rancang.audit.web;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditEntry;
import id.rancang.audit.AuditTrail;
import id.rancang.audit.AuditTrail.AuditPage;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import id.rancang.shared.TenantScope;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of a region (its administrators) or of everything (the system administrator),
 * {@value #PAGE_SIZE} entries a page, filtered by entity type and action; the links to the
 * previous and next page keep the filters.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final AccessControl access;
    private final JsonMapper json;

    AuditController(AuditTrail audit, AccessControl access, JsonMapper json) {
        this.audit = audit;
        this.access = access;
        this.json = json;
    }

    /** An entry with its changes as a person reads them. */
    record Row(AuditEntry entry, List<AuditChanges.Change> changes) {}

    @GetMapping("/regions/{code}/audit")
    String region(
            @PathVariable String code,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RegionCode region = RegionCode.parse(code).orElseThrow(() -> new NotFoundException("region " + code));
        access.require(region, Permission.ADMINISTER, "region " + code);
        model.addAttribute("regionCode", region.value());
        return list("/regions/" + region.value() + "/audit", region, type, action, page, model);
    }

    @GetMapping("/admin/audit")
    String all(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!access.isSystemAdmin()) {
            throw new ForbiddenException();
        }
        return list("/admin/audit", null, type, action, page, model);
    }

    private String list(String path, RegionCode region, String type, AuditAction action, int page, Model model) {
        TenantScope scope = access.scope(Permission.ADMINISTER);
        AuditPage found = audit.page(scope, region, type, action, page, PAGE_SIZE);
        model.addAttribute(
                "rows",
                found.entries().stream()
                        .map(entry -> new Row(entry, AuditChanges.of(entry, json)))
                        .toList());
        model.addAttribute("page", found);
        model.addAttribute("first", found.number() * PAGE_SIZE + 1);
        model.addAttribute("last", found.number() * PAGE_SIZE + found.entries().size());
        model.addAttribute("type", type == null || type.isBlank() ? null : type.strip());
        model.addAttribute("action", action);
        model.addAttribute("types", audit.entityTypes(scope, region));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("path", path);
        if (found.hasPrevious()) {
            model.addAttribute("previousUrl", url(path, type, action, found.number() - 1));
        }
        if (found.hasNext()) {
            model.addAttribute("nextUrl", url(path, type, action, found.number() + 1));
        }
        return "audit/list";
    }

    /** The link to another page with the same filters; absent filters and page 0 are left out. */
    private static String url(String path, String type, AuditAction action, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (type != null && !type.isBlank()) {
            url.queryParam("type", type.strip());
        }
        if (action != null) {
            url.queryParam("action", action.name());
        }
        if (page > 0) {
            url.queryParam("page", page);
        }
        return url.encode().build().toUriString();
    }
}
