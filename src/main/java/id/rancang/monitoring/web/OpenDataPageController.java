package id.rancang.monitoring.web;

import id.rancang.monitoring.OpenData;
import id.rancang.region.Regions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public list of open data: every masterplan whose region published its indicators, with the
 * links to the CSV and JSON files. Open to everyone, logged in or not.
 */
@Controller
class OpenDataPageController {

    private final OpenData openData;
    private final Regions regions;

    OpenDataPageController(OpenData openData, Regions regions) {
        this.openData = openData;
        this.regions = regions;
    }

    @GetMapping({"/open-data", "/open-data/"})
    String index(Model model) {
        var datasets = openData.published();
        Map<String, String> regionNames = new LinkedHashMap<>();
        datasets.forEach(d -> regionNames.computeIfAbsent(
                d.regionCode(), code -> regions.get(code).name()));
        model.addAttribute("datasets", datasets);
        model.addAttribute("regionNames", regionNames);
        return "monitoring/open-data";
    }
}
