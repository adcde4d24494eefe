package id.rancang.monitoring.api;

import id.rancang.monitoring.OpenData;
import id.rancang.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data of a masterplan: public (no login) when the region publishes it, as CSV and JSON. Like
 * the API, it answers errors as problem documents: 404 for a masterplan that is not published or
 * that no id names.
 */
@RestController
class OpenDataApiController {

    private final OpenData openData;

    OpenDataApiController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/open-data/masterplans/{id}/indicators.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        long masterplan = masterplanId(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("indikator-" + masterplan + ".csv")
                                .build()
                                .toString())
                .body(openData.csv(masterplan).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/open-data/masterplans/{id}/indicators.json")
    List<OpenData.Row> json(@PathVariable String id) {
        return openData.rows(masterplanId(id));
    }

    /** A link with a masterplan id that is not a number names no published masterplan. */
    private static long masterplanId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("masterplan " + id);
        }
    }
}
