package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.ChartText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class MonitoringChartsTests {

    @Test
    void dimensionNamesOfTheStatusChartStayInsideTheChart() {
        Map<String, Map<ProgressStatus, Integer>> byDimension = new LinkedHashMap<>();
        byDimension.put("living", Map.of(ProgressStatus.ON_TRACK, 2, ProgressStatus.NOT_STARTED, 5));
        byDimension.put("long", Map.of(ProgressStatus.DONE, 1));
        Map<String, String> names = Map.of(
                "living", "Smart Living (Lingkungan Hidup Layak)",
                "long", "Tata Kelola Birokrasi dan Pelayanan Publik Berbasis Elektronik Terpadu");

        String svg = MonitoringCharts.programmeStatus(
                "status", byDimension, names::get, ProgressStatus::name, "Status", "Status per dimensi");

        var labels = Jsoup.parse(svg, "", Parser.xmlParser()).select("text[text-anchor=end]");
        assertThat(labels).hasSize(2);
        assertThat(labels.get(0).text()).isEqualTo("Smart Living (Lingkungan Hidup Layak)");
        assertThat(labels.get(1).text()).startsWith("Tata Kelola Birokrasi").endsWith("…");
        for (Element label : labels) {
            double right = Double.parseDouble(label.attr("x"));
            assertThat(right - ChartText.width(label.text(), 11))
                    .as(label.text())
                    .isGreaterThanOrEqualTo(0);
        }
    }
}
