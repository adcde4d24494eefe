package id.rancang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo masterplan shows a complete action plan that passes its own quality check. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rancang.demo-data=true",
            "rancang.demo-password=" + DemoDataIntegrationTests.PASSWORD,
            "rancang.admin-password=" + Api.ADMIN_PASSWORD,
            "logging.level.org.flywaydb=warn"
        })
class DemoDataIntegrationTests {

    static final String PASSWORD = "demo-password-for-tests";

    @LocalServerPort
    int port;

    @Test
    void theDemoBimtekShowsSessionInputsInTheAnalysisACohortAndAnAgenda() {
        Api api = new Api(port);
        String token = api.token("demo.penyusun", PASSWORD);
        long id = floresTimur(api, token);
        String base = "/api/v1/masterplans/" + id;

        JsonNode sessions = api.get(base + "/sessions", token).json();
        long dayTwo = sessions.get(1).get("id").asLong();
        JsonNode inputs =
                api.get(base + "/sessions/" + dayTwo + "/inputs", token).json();

        assertThat(inputs.toString()).contains("POTENTIAL", "INITIATIVE", "COMMENT");
        assertThat(api.get(base + "/potentials", token).json().toString())
                .contains("\"kind\":\"SESSION\"", "\"id\":" + dayTwo);
        assertThat(api.get(base + "/cohort", token).json().get("cohortYear").asInt())
                .isEqualTo(2026);
        assertThat(api.get(base + "/sessions/" + dayTwo, token).json().get("agenda"))
                .isNotEmpty();
    }

    @Test
    void theDemoMasterplanHasACompleteActionPlanWithoutFindings() {
        Api api = new Api(port);
        String token = api.token("demo.penyusun", PASSWORD);
        long id = floresTimur(api, token);
        String base = "/api/v1/masterplans/" + id;

        JsonNode programmes = api.get(base + "/programmes", token).json();
        Set<String> dimensions = new HashSet<>();
        Set<String> quickWinDimensions = new HashSet<>();
        programmes.forEach(p -> {
            dimensions.add(p.get("dimension").asString());
            if (p.get("quickWin").asBoolean()) {
                quickWinDimensions.add(p.get("dimension").asString());
            }
        });
        JsonNode checks = api.get(base + "/checks", token).json();

        assertThat(programmes.size()).isBetween(38, 45);
        assertThat(dimensions).hasSize(6);
        assertThat(quickWinDimensions).hasSize(6);
        assertThat(api.get(base + "/goals", token).json().size()).isEqualTo(12);
        assertThat(api.get(base + "/indicators", token).json().size()).isEqualTo(12);
        assertThat(api.get(base + "/vision", token).json().get("missions").size())
                .isEqualTo(5);
        assertThat(checks.toString()).doesNotContain("\"ERROR\"");
        assertThat(checks.size()).as(checks.toString()).isZero();
        JsonNode criteria = api.get(base + "/prioritisation/criteria", token).json();
        assertThat(criteria.get("consistent").asBoolean())
                .as(criteria.toString())
                .isTrue();
        assertThat(api.get(base + "/prioritisation/ranking", token)
                        .json()
                        .get(0)
                        .get("score")
                        .asDouble())
                .isGreaterThan(4);
        Api.PageSession session = api.pages().login("demo.penyusun", PASSWORD);
        assertThat(session.get("/masterplans/" + id + "/programmes").status()).isEqualTo(200);
        assertThat(session.get("/masterplans/" + id + "/strategy").status()).isEqualTo(200);
        assertThat(session.get("/masterplans/" + id + "/prioritisation").status())
                .isEqualTo(200);
        assertThat(session.get("/masterplans/" + id + "/checks").status()).isEqualTo(200);
        assertThat(session.get("/masterplans/" + id + "/alignment").status()).isEqualTo(200);
        JsonNode matrix = api.get(base + "/alignment/matrix", token).json();
        assertThat(matrix.size()).isEqualTo(programmes.size());
        matrix.forEach(row ->
                assertThat(row.get("aligned").asBoolean()).as(row.toString()).isTrue());
    }

    @Test
    void theDemoMasterplanIsUnderReviewAndItsCommitmentIsSigned() {
        Api api = new Api(port);
        String token = api.token("demo.penelaah", PASSWORD);
        long id = floresTimur(api, token);
        String base = "/api/v1/masterplans/" + id;

        JsonNode comments = api.get(base + "/comments", token).json();
        JsonNode resolved = api.get(base + "/comments?status=RESOLVED", token).json();
        JsonNode sheet = api.get(base + "/commitments", token).json();

        assertThat(comments.size()).isEqualTo(5);
        assertThat(comments.toString()).contains("demo.ahli", "demo.penelaah", "buku2.arah-pembangunan", "SESSION");
        assertThat(resolved.size()).isEqualTo(1);
        assertThat(resolved.get(0).get("replies").get(0).get("author").asString())
                .isEqualTo("demo.penyusun");
        assertThat(sheet.size()).isEqualTo(5);
        assertThat(sheet.get(0).get("role").asString()).isEqualTo("REGENT");
        assertThat(sheet.toString()).contains("DISKOMINFO", "BAPPEDA");
        assertThat(api.pages()
                        .login("demo.penelaah", PASSWORD)
                        .get("/masterplans/" + id + "/review")
                        .body())
                .contains("Portal Layanan Publik Terpadu Lewo Melayani");
    }

    @Test
    void theDemoMasterplanShowsItsFirstYearOfImplementationAndItsEvaluation() {
        Api api = new Api(port);
        String token = api.token("demo.admin", PASSWORD);
        long id = floresTimur(api, token);

        JsonNode report =
                api.get("/api/v1/masterplans/" + id + "/monitoring/2026", token).json();
        int measured = 0;
        for (JsonNode indicator : report.get("indicators")) {
            if (indicator.get("achievementPercent") != null
                    && !indicator.get("achievementPercent").isNull()) {
                measured++;
            }
        }
        assertThat(measured).isGreaterThan(5);
        assertThat(report.get("programmesRunningShare").size()).isEqualTo(6);
        assertThat(api.get("/api/v1/evaluations?year=2026", token).json().size())
                .isEqualTo(1);
        assertThat(api.pages()
                        .login("demo.opd", PASSWORD)
                        .get("/masterplans/" + id + "/monitoring?year=2026")
                        .body())
                .contains("DISKOMINFO");
    }

    @Test
    void theDemoRoadmapIsAdoptedFromAProvenBestScheduleBesideAQuickUnprovenComparison() throws InterruptedException {
        Api api = new Api(port);
        String token = api.token("demo.penyusun", PASSWORD);
        String base = "/api/v1/masterplans/" + floresTimur(api, token) + "/roadmap";

        // The demo optimises in the background after start-up; the proof takes about half a minute.
        JsonNode roadmap = api.get(base, token).json();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (!roadmap.get("adopted").asBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            roadmap = api.get(base, token).json();
        }

        assertThat(roadmap.get("adopted").asBoolean()).isTrue();
        JsonNode adopted = api.get(
                        base + "/optimisations/" + roadmap.get("runId").asLong(), token)
                .json();
        assertThat(adopted.get("status").asString()).isEqualTo("OPTIMAL");
        assertThat(adopted.get("objective").asLong())
                .isGreaterThan(adopted.get("greedyObjective").asLong());
        assertThat(api.get(base + "/optimisations", token).json().toString()).contains("\"status\":\"FEASIBLE\"");
    }

    /** The id of the demo masterplan of Kabupaten Flores Timur (53.06). */
    @Test
    void theDemoBooksAlignEveryProgrammeWithTheRpjmdPrintCodesWholeAndKeepCaptionsWithTheirTables() throws Exception {
        Api api = new Api(port);
        String token = api.token("demo.penyusun", PASSWORD);
        String base = "/api/v1/masterplans/" + floresTimur(api, token) + "/documents/";

        String masterplan = pdfText(api.download(base + "masterplan.pdf", token));
        assertThat(masterplan)
                .contains(
                        "40 dari 40 program smart city mendukung misi dan tujuan RPJMD.",
                        "Misi dan tujuan RPJMD dengan program smart city yang selaras",
                        "GOV-01");
        for (String book : List.of("masterplan", "quick-win", "roadmap")) {
            assertThat(pdfText(api.download(base + book + ".pdf", token)))
                    .as(book)
                    .doesNotContainPattern("[A-Z]{3}-\\s*\\R\\s*\\d");
        }

        try (PDDocument pdf = Loader.loadPDF(api.download(base + "analisis-strategis.pdf", token))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(pdf)
                        .lines()
                        .filter(line -> !line.isBlank() && !line.strip().matches("\\d+"))
                        .toList();
                if (!lines.isEmpty()) {
                    assertThat(lines.get(lines.size() - 1))
                            .as("last line of page %d", page)
                            .doesNotStartWith("Tabel ");
                }
            }
        }
    }

    private static String pdfText(byte[] bytes) throws java.io.IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static long floresTimur(Api api, String token) {
        return api.get("/api/v1/masterplans?regionCode=53.06", token)
                .json()
                .get(0)
                .get("id")
                .asLong();
    }
}
