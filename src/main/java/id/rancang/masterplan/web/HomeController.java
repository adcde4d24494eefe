package id.rancang.masterplan.web;

import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Region;
import id.rancang.region.Regions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the masterplans the user works on, by region. */
@Controller
class HomeController {

    private final Masterplans masterplans;
    private final Regions regions;

    HomeController(Masterplans masterplans, Regions regions) {
        this.masterplans = masterplans;
        this.regions = regions;
    }

    record RegionPlans(Region region, List<Masterplan> masterplans) {}

    @GetMapping("/")
    String home(Model model) {
        Map<String, List<Masterplan>> byRegion = masterplans.visible().stream()
                .collect(Collectors.groupingBy(m -> m.regionCode().value(), LinkedHashMap::new, Collectors.toList()));
        List<RegionPlans> groups = byRegion.values().stream()
                .map(plans ->
                        new RegionPlans(regions.find(plans.get(0).regionCode()).orElseThrow(), plans))
                .toList();
        model.addAttribute("groups", groups);
        model.addAttribute("mayCreate", masterplans.mayCreateAnywhere());
        return "masterplan/home";
    }
}
