package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTypeTests {

    @Test
    void aFileIsAcceptedWhenItsExtensionAndFirstBytesAgree() {
        byte[] pdf = "%PDF-1.7 laporan".getBytes(StandardCharsets.US_ASCII);

        assertThat(EvidenceType.ofFilename("Laporan.PDF")).contains(EvidenceType.PDF);
        assertThat(EvidenceType.PDF.matches(pdf)).isTrue();
        assertThat(EvidenceType.ofFilename("foto.jpeg")).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.PNG.matches(pdf)).isFalse();
        assertThat(EvidenceType.ofFilename("skrip.exe")).isEmpty();
        assertThat(EvidenceType.ofFilename("tanpa-ekstensi")).isEmpty();
    }
}
