package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinutesTests {

    @Test
    void formattingIsKeptAndScriptsAreRemoved() {
        String clean =
                Minutes.sanitise("<h3>Pembukaan</h3><p onclick=\"x()\">Dibuka oleh <strong>Plt. Asisten</strong></p>"
                        + "<ul><li>SWOT</li></ul><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>");

        assertThat(clean)
                .contains("<h3>Pembukaan</h3>", "<strong>Plt. Asisten</strong>", "<li>SWOT</li>")
                .doesNotContain("script", "onclick", "javascript");
    }

    @Test
    void emptyMinutesAreNone() {
        assertThat(Minutes.sanitise("  ")).isNull();
        assertThat(Minutes.sanitise("<script>x</script>")).isNull();
    }
}
