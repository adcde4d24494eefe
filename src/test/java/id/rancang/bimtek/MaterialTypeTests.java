package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaterialTypeTests {

    @Test
    void theKindFollowsTheExtensionAndTheFirstBytesMustAgree() {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        byte[] zip = {'P', 'K', 3, 4, 0};

        assertThat(MaterialType.ofFilename("Paparan.PDF")).contains(MaterialType.PDF);
        assertThat(MaterialType.PDF.matches(pdf)).isTrue();
        assertThat(MaterialType.ofFilename("paparan.pptx").orElseThrow().matches(zip))
                .isTrue();
        assertThat(MaterialType.ofFilename("foto.jpeg")).contains(MaterialType.JPEG);
        assertThat(MaterialType.PDF.matches(zip)).isFalse();
        assertThat(MaterialType.ofFilename("skrip.exe")).isEmpty();
        assertThat(MaterialType.ofFilename("tanpa-ekstensi")).isEmpty();
    }
}
