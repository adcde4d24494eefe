package id.rancang.monitoring.web;

import id.rancang.monitoring.OpenData;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator publishes a masterplan's open data, or withdraws it, from the monitoring page;
 * the data itself is served by the open data API.
 */
@Controller
class OpenDataController {

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @PostMapping("/masterplans/{id}/open-data")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean published) {
        openData.publish(id, published);
        return "redirect:/masterplans/" + id + "/monitoring";
    }
}
