package id.rancang.analysis.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A workbook as a download. */
final class Xlsx {

    static final MediaType TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Xlsx() {}

    static ResponseEntity<byte[]> download(byte[] workbook, String filename) {
        return ResponseEntity.ok()
                .contentType(TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(workbook);
    }
}
