package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.ChartText;
import java.util.LinkedHashMap;
import java.util.List;
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

    @Test
    void theDistributionCountsRegionsInWholeNumbers() {
        for (int[] bands : new int[][] {
            {0, 0, 1, 0, 0}, {0, 2, 1, 0, 0}, {0, 3, 0, 0, 0}, {1, 5, 2, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 514, 7, 0}
        }) {
            String svg = MonitoringCharts.distribution("d", bands, "Sebaran", "Kolom");

            List<String> ticks = Jsoup.parse(svg, "", Parser.xmlParser())
                    .select("text[text-anchor=end]")
                    .eachText();
            int most = Math.max(1, java.util.Arrays.stream(bands).max().orElse(0));
            assertThat(ticks).as(java.util.Arrays.toString(bands)).allMatch(t -> t.matches("\\d+"));
            assertThat(ticks.get(0)).isEqualTo("0");
            assertThat(Integer.parseInt(ticks.get(ticks.size() - 1))).isGreaterThanOrEqualTo(most);
            assertThat(ticks.size()).isBetween(2, 5);
        }
        assertThat(Jsoup.parse(
                                MonitoringCharts.distribution("d", new int[] {0, 0, 1, 0, 0}, "S", "K"),
                                "",
                                Parser.xmlParser())
                        .select("text[text-anchor=end]")
                        .eachText())
                .containsExactly("0", "1");
    }

    @Test
    void anIndicatorsTrendWritesItsValuesTheReadersWay() {
        java.text.NumberFormat indonesian =
                java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("id"));
        var targets =
                new java.util.TreeMap<Integer, java.math.BigDecimal>(Map.of(2026, new java.math.BigDecimal("10")));
        var actuals =
                new java.util.TreeMap<Integer, java.math.BigDecimal>(Map.of(2026, new java.math.BigDecimal("12.5")));

        String svg = MonitoringCharts.indicatorTrend(
                "trend",
                java.util.List.of(2026, 2027),
                targets,
                actuals,
                "Tren",
                "Target dan realisasi",
                "Target",
                "Realisasi",
                indonesian::format);

        var chart = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(chart.select("circle > title").text()).isEqualTo("2026: 12,5");
        assertThat(chart.select("text[text-anchor=end]").eachText())
                .contains("13,8")
                .noneMatch(t -> t.contains("."));
    }
}
