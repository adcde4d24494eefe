package id.rancang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.framework.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readiness scoring and its radar chart, without Spring. */
class ReadinessTests {

    private static final ReadinessModel MODEL = new ReadinessModel(
            "test",
            "1",
            text("Model"),
            List.of(
                    new ReadinessModel.Element(
                            "struktur",
                            text("Struktur"),
                            List.of(
                                    new ReadinessModel.SubElement("struktur.sdm", text("SDM"), text("")),
                                    new ReadinessModel.SubElement("struktur.anggaran", text("Anggaran"), text("")),
                                    new ReadinessModel.SubElement("struktur.tata-kelola", text("Tata"), text("")))),
                    new ReadinessModel.Element(
                            "infrastruktur",
                            text("Infrastruktur"),
                            List.of(new ReadinessModel.SubElement("infrastruktur.fisik", text("Fisik"), text(""))))));

    @Test
    void anElementIsTheMeanOfItsRatedSubElementsOnly() {
        ReadinessSummary summary = ReadinessSummary.of(
                MODEL,
                List.of(
                        new ReadinessRating("struktur.sdm", 2, 5, null, 0),
                        new ReadinessRating("struktur.anggaran", 3, 4, null, 0)));

        ReadinessSummary.ElementScore struktur = summary.elements().get(0);
        assertThat(struktur.current()).isEqualTo(2.5);
        assertThat(struktur.required()).isEqualTo(4.5);
        assertThat(struktur.gap()).isEqualTo(2.0);
        assertThat(struktur.subElements().get(2).rated()).isFalse();
        assertThat(summary.elements().get(1).current()).isNull();
        assertThat(summary.elements().get(1).gap()).isNull();
    }

    @Test
    void theGapTableListsTheLargestGapFirst() {
        ReadinessSummary summary = ReadinessSummary.of(
                MODEL,
                List.of(
                        new ReadinessRating("struktur.sdm", 4, 5, null, 0),
                        new ReadinessRating("struktur.anggaran", 1, 5, null, 0),
                        new ReadinessRating("infrastruktur.fisik", 3, 3, null, 0)));

        assertThat(summary.byGap())
                .extracting(ReadinessSummary.SubElementScore::code)
                .containsExactly("struktur.anggaran", "struktur.sdm", "infrastruktur.fisik");
        assertThat(summary.hasRatings()).isTrue();
    }

    @Test
    void meansAreRoundedToTwoDecimals() {
        ReadinessSummary summary = ReadinessSummary.of(
                MODEL,
                List.of(
                        new ReadinessRating("struktur.sdm", 1, 5, null, 0),
                        new ReadinessRating("struktur.anggaran", 1, 5, null, 0),
                        new ReadinessRating("struktur.tata-kelola", 2, 5, null, 0)));

        assertThat(summary.elements().get(0).current()).isEqualTo(1.33);
        assertThat(summary.elements().get(0).gap()).isEqualTo(3.67);
    }

    @Test
    void theRadarChartIsAnAccessibleSvgWithOneLabelPerSpokeAndEscapedText() {
        String svg = RadarChart.svg(
                List.of(
                        new RadarChart.Axis("SDM", 2, 4),
                        new RadarChart.Axis("Anggaran", null, null),
                        new RadarChart.Axis("Tata kelola <daerah>", 5, 5)),
                "Kesiapan & kesenjangan",
                "Saat ini dibanding dibutuhkan",
                "Saat ini",
                "Dibutuhkan");

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("role=\"img\"").contains("<title id=\"radar-title\">Kesiapan &amp; kesenjangan");
        assertThat(svg)
                .contains("Tata kelola &lt;daerah&gt;")
                .doesNotContain("<script")
                .doesNotContain("style=");
        assertThat(svg).contains("class=\"current\"").contains("class=\"required\"");
    }

    @Test
    void theFirstSpokePointsUpAndFullScoreReachesTheRadius() {
        double[] top = RadarChart.point(0, 9, RadarChart.MAX);

        assertThat(top[0]).isEqualTo(RadarChart.WIDTH / 2.0);
        assertThat(top[1]).isLessThan(RadarChart.HEIGHT / 2.0);
    }

    private static LocalizedText text(String id) {
        return new LocalizedText(id, id + " (en)");
    }
}
