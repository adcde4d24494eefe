package id.rancang.monitoring.web;

import id.rancang.monitoring.OpenData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Open data of a masterplan: public (no login) when the region publishes it. The administrator
 * publishes or withdraws it from the monitoring page.
 */
@Controller
class OpenDataController {

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/open-data/masterplans/{id}/indicators.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("indikator-" + id + ".csv")
                                .build()
                                .toString())
                .body(openData.csv(id).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/open-data/masterplans/{id}/indicators.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<OpenData.Row> json(@PathVariable long id) {
        return openData.rows(id);
    }

    @PostMapping("/masterplans/{id}/open-data")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean published) {
        openData.publish(id, published);
        return "redirect:/masterplans/" + id + "/monitoring";
    }
}
