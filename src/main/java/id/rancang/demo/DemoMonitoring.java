package id.rancang.demo;

import id.rancang.monitoring.EvaluationCommand;
import id.rancang.monitoring.Evaluations;
import id.rancang.monitoring.Monitoring;
import id.rancang.monitoring.ProgressCommand;
import id.rancang.monitoring.ProgressStatus;
import id.rancang.monitoring.RealisationCommand;
import id.rancang.programme.Programme;
import id.rancang.programme.Programmes;
import id.rancang.strategy.Direction;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.Indicators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The first year of implementation of the demo plan: actual values of most indicators, the demo
 * office contributor reporting for Diskominfo, the year's national evaluation and, once the
 * roadmap is adopted, the progress of the programmes running in it (two offices have not reported
 * everything yet).
 */
@Component
class DemoMonitoring {

    private static final ProgressStatus[] STATUSES = {
        ProgressStatus.ON_TRACK,
        ProgressStatus.ON_TRACK,
        ProgressStatus.AT_RISK,
        ProgressStatus.DONE,
        ProgressStatus.DELAYED,
        ProgressStatus.ON_TRACK,
        ProgressStatus.NOT_STARTED
    };

    private static final String[] NOTES = {
        "Data Dinas terkait, diverifikasi Bappeda",
        "Sumber: BPS Kabupaten Flores Timur",
        "Laporan triwulan IV, belum final",
        "Hasil survei kepuasan masyarakat"
    };

    private final Monitoring monitoring;
    private final Evaluations evaluations;
    private final Programmes programmes;
    private final Indicators indicators;

    DemoMonitoring(Monitoring monitoring, Evaluations evaluations, Programmes programmes, Indicators indicators) {
        this.monitoring = monitoring;
        this.evaluations = evaluations;
        this.programmes = programmes;
        this.indicators = indicators;
    }

    void load(long masterplanId, String regionCode, int year) {
        monitoring.assignContributor(regionCode, "demo.opd", "DISKOMINFO");
        int i = 0;
        for (Indicator indicator : indicators.list(masterplanId)) {
            i++;
            BigDecimal target = indicator.targets().get(year);
            if (target == null || i % 6 == 0) {
                continue;
            }
            // Between about 85 % and 105 % of the target, the right way round for the direction.
            BigDecimal factor = BigDecimal.valueOf(85 + (i * 7) % 21, 2);
            if (indicator.direction() == Direction.LOWER_IS_BETTER) {
                factor = BigDecimal.valueOf(2).subtract(factor);
            }
            BigDecimal actual = target.multiply(factor).setScale(2, RoundingMode.HALF_UP);
            monitoring.recordRealisation(
                    masterplanId,
                    indicator.id(),
                    year,
                    new RealisationCommand(actual, NOTES[i % NOTES.length], "https://data.florestimurkab.go.id/"));
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("baseline", new BigDecimal("0.10"));
        weights.put("output", new BigDecimal("0.20"));
        weights.put("outcome", new BigDecimal("0.30"));
        weights.put("impact", new BigDecimal("0.20"));
        weights.put("quick_win", new BigDecimal("0.20"));
        evaluations.create(
                masterplanId,
                new EvaluationCommand(
                        year,
                        weights,
                        Map.of(
                                "baseline", new BigDecimal("3.00"),
                                "output", new BigDecimal("3.50"),
                                "outcome", new BigDecimal("3.00"),
                                "impact", new BigDecimal("3.25"),
                                "quick_win", new BigDecimal("3.50")),
                        Map.of(
                                "baseline", new BigDecimal("3.50"),
                                "output", new BigDecimal("4.00"),
                                "outcome", new BigDecimal("3.25"),
                                "impact", new BigDecimal("3.50"),
                                "quick_win", new BigDecimal("4.00")),
                        Map.of(
                                "output", "Perbup Masterplan Smart City dan SK Dewan Smart City",
                                "outcome", "Laporan monitoring tahun pertama dari Tim Pelaksana",
                                "quick_win", "Dokumentasi peluncuran layanan quick win"),
                        Map.of(
                                "governance", new BigDecimal("3.50"),
                                "branding", new BigDecimal("3.25"),
                                "economy", new BigDecimal("2.75"),
                                "living", new BigDecimal("3.00"),
                                "society", new BigDecimal("3.00"),
                                "environment", new BigDecimal("2.75")),
                        "Komitmen bupati dan Dewan Smart City kuat; quick win layanan publik cepat dirasakan warga.",
                        "Data kinerja antar-OPD belum terpadu; sebagian OPD terlambat melaporkan realisasi.",
                        "Bentuk forum Satu Data Daerah, tetapkan jadwal pelaporan triwulanan, dan perkuat"
                                + " kapasitas SDM TIK di kecamatan."));
    }

    /**
     * The progress reports of the programmes running in {@code year} under the adopted roadmap
     * (the optimiser decides their start years, so this follows the adoption).
     */
    void recordProgress(long masterplanId, int year) {
        int n = 0;
        for (Programme p : programmes.list(masterplanId)) {
            if (p.startYear() == null || year < p.startYear() || year > p.endYear()) {
                continue;
            }
            n++;
            // Dinas Pariwisata and Dinas Perhubungan are late with some of their reports.
            if (n % 5 == 0 && !"DISKOMINFO".equals(p.ownerOffice())) {
                continue;
            }
            ProgressStatus status = STATUSES[n % STATUSES.length];
            if (status == ProgressStatus.DONE && p.endYear() > year) {
                // Only a programme that ends this year can be done in it.
                status = ProgressStatus.ON_TRACK;
            }
            int percent = switch (status) {
                case DONE -> 100;
                case NOT_STARTED -> 0;
                case DELAYED -> 15;
                case AT_RISK -> 30;
                default -> 45 + (n * 7) % 30;
            };
            long planned = p.costIn(year);
            Long realised = planned == 0 ? null : planned * percent / 100 / 1_000_000 * 1_000_000;
            monitoring.recordProgress(
                    masterplanId, p.code(), year, new ProgressCommand(status, BigDecimal.valueOf(percent), realised));
        }
    }
}
