package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartTextTests {

    @Test
    void keepsALabelThatFitsAsItIs() {
        assertThat(ChartText.fit("Smart Economy (Ekonomi)", 200, 11)).isEqualTo("Smart Economy (Ekonomi)");
    }

    @Test
    void shortensALongLabelToTheLongestStartThatFitsWithAnEllipsis() {
        String label = "Smart Living (Lingkungan Hidup Layak)";

        String fitted = ChartText.fit(label, 134, 11);

        assertThat(fitted).endsWith("…").hasSizeLessThan(label.length());
        assertThat(label).startsWith(fitted.substring(0, fitted.length() - 1));
        assertThat(ChartText.width(fitted, 11)).isLessThanOrEqualTo(134);
        String oneMore = label.substring(0, fitted.length()) + "…";
        assertThat(ChartText.width(oneMore, 11)).isGreaterThan(134);
    }

    @Test
    void measuresWideLettersWiderThanNarrowOnes() {
        assertThat(ChartText.width("WWWWWWWWWW", 11)).isGreaterThan(2 * ChartText.width("iiiiiiiiii", 11));
    }
}
