package id.rancang.region.web;

import id.rancang.region.Region;
import id.rancang.region.RegionType;
import id.rancang.region.Regions;
import id.rancang.shared.AccessControl;
import id.rancang.shared.Permission;
import id.rancang.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search and browse the Kemendagri master data; search results update as the user types. */
@Controller
@RequestMapping("/regions")
class RegionController {

    /** Results shown on the page; when more match, the page says how many and asks for a narrower search. */
    private static final int SHOWN = 50;

    private final Regions regions;
    private final AccessControl access;

    RegionController(Regions regions, AccessControl access) {
        this.regions = regions;
        this.access = access;
    }

    @GetMapping
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) RegionType type,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", RegionType.values());
        Regions.SearchResult found = regions.searchCounted(q, type, SHOWN);
        model.addAttribute("results", found.shown());
        model.addAttribute("total", found.total());
        model.addAttribute("truncated", found.truncated());
        return Htmx.view(request, "region/search", "results");
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        Region region = regions.get(code);
        model.addAttribute("region", region);
        model.addAttribute("trail", trail(region));
        model.addAttribute("children", regions.children(region.code()));
        if (region.type().isRegencyOrCity()) {
            model.addAttribute("counts", regions.counts(region.code()));
            model.addAttribute("member", access.can(region.code(), Permission.READ));
            model.addAttribute("administers", access.can(region.code(), Permission.ADMINISTER));
        }
        return "region/detail";
    }

    private List<Region> trail(Region region) {
        List<Region> trail = new ArrayList<>();
        for (var parent = region.parentCode(); parent != null; ) {
            Region found = regions.find(parent).orElse(null);
            if (found == null) {
                break;
            }
            trail.add(0, found);
            parent = found.parentCode();
        }
        return trail;
    }
}
