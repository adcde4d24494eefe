package id.rancang.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RoadmapChartsTests {

    @Test
    void ganttChartDrawsABarPerProgrammeGroupedByDimensionWithQuickWinsAndPrerequisites() throws Exception {
        String svg = GanttChart.svg(
                2026,
                5,
                List.of(
                        new GanttChart.Group(
                                "Smart Governance",
                                List.of(
                                        new GanttChart.Bar("P01", "Satu Data <Flotim>", 2026, 2, false, List.of()),
                                        new GanttChart.Bar("P02", "Layanan & Izin", 2028, 1, true, List.of("P01")))),
                        new GanttChart.Group(
                                "Smart Living",
                                List.of(new GanttChart.Bar("P03", "Telemedis", 2027, 3, false, List.of())))),
                "Peta jalan",
                "Tiga program",
                "Quick win");

        Document chart = parse(svg);

        assertThat(chart.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Peta jalan");
        assertThat(svg).contains("Satu Data &lt;Flotim&gt;", "Layanan &amp; Izin", ">2030<");
        assertThat(count(chart, "rect", "rx")).isEqualTo(3);
        assertThat(chart.getElementsByTagName("path").getLength())
                .as("arrow head + one prerequisite")
                .isEqualTo(2);
        assertThat(chart.getElementsByTagName("polygon").getLength())
                .as("one quick win + legend")
                .isEqualTo(2);
    }

    @Test
    void budgetChartMarksAYearOverItsCeiling() throws Exception {
        String svg = BudgetChart.svg(
                List.of(new BudgetChart.Year(2026, 800, 1000), new BudgetChart.Year(2027, 1200, 1000)),
                "Anggaran",
                "Belanja per tahun",
                amount -> "Rp " + amount,
                "Belanja",
                "Pagu");

        Document chart = parse(svg);

        assertThat(chart.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg).contains("fill=\"#b3261e\"><title>2027: Rp 1200 / Rp 1000</title>");
        assertThat(svg).contains("fill=\"#0b5c5a\"><title>2026: Rp 800 / Rp 1000</title>");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document document, String tag, String attribute) {
        int n = 0;
        var nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getAttributes().getNamedItem(attribute) != null) {
                n++;
            }
        }
        return n;
    }
}
