package id.rancang.publication;

import id.rancang.analysis.Evidence;
import id.rancang.analysis.Initiative;
import id.rancang.analysis.InitiativeStatus;
import id.rancang.analysis.InitiativeType;
import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueKind;
import id.rancang.analysis.ReadinessCatalogue;
import id.rancang.analysis.ReadinessRating;
import id.rancang.analysis.RegionalProfile;
import id.rancang.analysis.SwotItem;
import id.rancang.analysis.SwotKind;
import id.rancang.document.Documents;
import id.rancang.framework.Frameworks;
import id.rancang.programme.FundingSource;
import id.rancang.programme.Horizon;
import id.rancang.programme.InnovationType;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.QuickWin;
import id.rancang.strategy.Direction;
import id.rancang.strategy.Goal;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.Vision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated masterplan of any size (programmes with yearly costs, problems, indicators,
 * readiness, narratives, an adopted roadmap) and the book machinery built without Spring, for
 * benchmarks and office-suite checks.
 */
final class SamplePlans {

    static final String[] DIMENSIONS = {"governance", "branding", "economy", "living", "society", "environment"};

    private SamplePlans() {}

    static BookAssembler assembler() {
        JsonMapper json = JsonMapper.builder().build();
        return new BookAssembler(messages(), new Frameworks(json), new ReadinessCatalogue(json));
    }

    static Documents documents() {
        return Documents.standalone(messages());
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static PlanData plan(int programmeCount, int problemCount, int indicatorCount) {
        return plan(programmeCount, problemCount, indicatorCount, 42);
    }

    /** A plan whose schedule and costs follow {@code seed}: other seeds, other charts and tables. */
    static PlanData plan(int programmeCount, int problemCount, int indicatorCount, long seed) {
        Random random = new Random(seed);
        int start = 2026;
        int horizon = 10;
        Instant now = Instant.parse("2026-11-23T02:00:00Z");
        List<Programme> programmes = new ArrayList<>();
        Map<String, Integer> schedule = new TreeMap<>();
        for (int i = 1; i <= programmeCount; i++) {
            String code = String.format("P%03d", i);
            int duration = 1 + random.nextInt(4);
            List<Long> costs = new ArrayList<>();
            for (int y = 0; y < duration; y++) {
                costs.add((50L + random.nextInt(950)) * 1_000_000L);
            }
            boolean quickWin = i % 25 == 0;
            int startYear = start + random.nextInt(horizon - duration + 1);
            schedule.put(code, startYear);
            programmes.add(new Programme(
                    i,
                    1,
                    code,
                    "Program layanan cerdas nomor " + i + " untuk warga kepulauan",
                    "Uraian program " + i + ": integrasi layanan, data dan partisipasi warga.",
                    DIMENSIONS[i % DIMENSIONS.length],
                    null,
                    "DISKOMINFO",
                    List.of("BAPPEDA"),
                    "Inovasi layanan " + i,
                    i % 3 == 0 ? InnovationType.POLICY : InnovationType.ICT,
                    Horizon.forDuration(duration),
                    startYear,
                    duration,
                    costs,
                    FundingSource.values()[i % FundingSource.values().length],
                    BigDecimal.valueOf(1 + random.nextInt(9)),
                    false,
                    null,
                    null,
                    i > 10 && i % 7 == 0 ? List.of(String.format("P%03d", i - 7)) : List.of(),
                    List.of(),
                    List.of((long) (1 + i % Math.max(1, problemCount))),
                    ProgrammeStatus.PLANNED,
                    quickWin,
                    quickWin
                            ? new QuickWin("Lapor Cepat " + i, "Warga dan pelaku usaha", "6 bulan", 40, "Waktu layanan")
                            : QuickWin.empty(),
                    now,
                    now,
                    1));
        }
        List<Issue> problems = new ArrayList<>();
        for (int i = 1; i <= problemCount; i++) {
            problems.add(new Issue(
                    i,
                    1,
                    IssueKind.PROBLEM,
                    DIMENSIONS[i % DIMENSIONS.length],
                    null,
                    "Permasalahan " + i + ": layanan belum menjangkau pulau",
                    "Uraian permasalahan " + i,
                    1 + i % 5,
                    List.of(),
                    new Evidence("Capaian " + (40 + i) + " %", 2025, "BPS"),
                    null,
                    null,
                    now,
                    1));
        }
        List<Indicator> indicators = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        for (int g = 1; g <= DIMENSIONS.length; g++) {
            goals.add(new Goal(
                    g, 1, DIMENSIONS[g - 1], "Tujuan dimensi " + g, "Sasaran " + g, "Strategi " + g, now, now, 1));
        }
        for (int i = 1; i <= indicatorCount; i++) {
            TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
            for (int y = start; y < start + horizon; y++) {
                targets.put(y, BigDecimal.valueOf(50 + (y - start) * 5L));
            }
            indicators.add(new Indicator(
                    i,
                    1,
                    (long) (1 + i % DIMENSIONS.length),
                    null,
                    null,
                    "Indikator " + i,
                    "%",
                    i % 4 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                    2025,
                    BigDecimal.valueOf(45),
                    targets,
                    "BPS",
                    1));
        }
        List<ReadinessRating> ratings = new ArrayList<>();
        for (String sub : List.of(
                "struktur.sdm",
                "struktur.anggaran",
                "struktur.tata-kelola",
                "infrastruktur.fisik",
                "infrastruktur.digital",
                "infrastruktur.sosial",
                "suprastruktur.kebijakan",
                "suprastruktur.kelembagaan",
                "suprastruktur.tata-laksana")) {
            ratings.add(new ReadinessRating(sub, 1 + random.nextInt(3), 4, null, 1));
        }
        List<SwotItem> swot = List.of(
                new SwotItem(1, "struktur.sdm", SwotKind.STRENGTH, "Dukungan kepala daerah kuat", null, now, 1),
                new SwotItem(2, "infrastruktur.digital", SwotKind.WEAKNESS, "Sinyal lemah di pulau", null, now, 1));
        Map<String, String> narratives = new LinkedHashMap<>();
        for (NarrativeChapter chapter : NarrativeChapter.values()) {
            narratives.put(
                    chapter.code(),
                    "<p>Narasi <strong>" + chapter.code()
                            + "</strong> dengan daftar:</p><ul><li>satu</li><li>dua</li></ul>"
                            + "<table><tr><th>Aspek</th><th>Nilai</th></tr><tr><td>SDM</td><td>3</td></tr></table>");
        }
        Map<Integer, Long> ceilings = new TreeMap<>();
        for (int y = start; y < start + horizon; y++) {
            ceilings.put(y, 30_000_000_000L);
        }
        return new PlanData(
                LocalDate.of(2026, 11, 23),
                "53.06",
                "Kabupaten Flores Timur",
                "Masterplan Smart City Kabupaten Flores Timur 2026–2035",
                "gmsc-2021",
                start,
                horizon,
                new RegionalProfile(
                        289_000L,
                        new BigDecimal("1812.85"),
                        1_250_000_000_000L,
                        "Rendah",
                        2025,
                        2029,
                        "Flores Timur yang maju dan sejahtera",
                        List.of("Meningkatkan layanan publik"),
                        List.of("Perikanan", "Pariwisata"),
                        List.of(),
                        19,
                        250,
                        1L),
                ratings,
                swot,
                problems,
                List.of(),
                List.of(new Initiative(
                        1,
                        1,
                        "Aplikasi Lapor",
                        "Pengaduan warga",
                        "DISKOMINFO",
                        "governance",
                        null,
                        InitiativeType.values()[0],
                        InitiativeStatus.values()[0],
                        null,
                        null,
                        now,
                        1)),
                new Vision(1, "Flores Timur cerdas dan melayani", List.of("Layanan terpadu", "Ekonomi maritim"), 1L),
                goals,
                indicators,
                List.of(),
                Map.of(),
                programmes,
                true,
                schedule,
                ceilings,
                narratives,
                Map.of(),
                List.of(new PlanData.Signatory("Bupati Flores Timur", "Bupati", "REGENT", LocalDate.of(2026, 11, 20))));
    }
}
