package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleLineTextTests {

    @Test
    void oneLineOfAnyScriptIsAcceptedAndSurroundingWhiteSpaceIgnored() {
        assertThat(SingleLineText.accepts(null)).isTrue();
        assertThat(SingleLineText.accepts("Bimtek Tahap I – Aula Bappelitbangda, Larantuka"))
                .isTrue();
        assertThat(SingleLineText.accepts("  Rapat koordinasi\r\n")).isTrue();
    }

    @Test
    void lineBreaksTabsAndOtherControlCharactersInsideAreRefused() {
        assertThat(SingleLineText.accepts("Judul\r\nATTENDEE:mailto:evil@x.com"))
                .isFalse();
        assertThat(SingleLineText.accepts("Judul\nbaru")).isFalse();
        assertThat(SingleLineText.accepts("Judul\tbaru")).isFalse();
        assertThat(SingleLineText.accepts("Judul\u0000")).isFalse();
        assertThat(SingleLineText.accepts("Judul\u2028baru")).isFalse();
        assertThat(SingleLineText.accepts("Judul\u0085baru")).isFalse();
    }
}
