package id.rancang.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RoadmapPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RoadmapStore store;

    Api api;
    Api.PageSession session;
    String page;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        String region = plan.region();
        String editor = plan.token();
        long id = plan.id();
        for (String code : List.of("P01", "P02")) {
            Map<String, Object> body = new HashMap<>();
            body.put("code", code);
            body.put("name", "Program " + code);
            body.put("dimension", "governance");
            body.put("ownerOffice", "DISKOMINFO");
            body.put("durationYears", 2);
            body.put("costs", List.of(300_000_000L, 300_000_000L));
            body.put("fundingSource", "APBD");
            body.put("value", 5);
            body.put("quickWin", code.equals("P02"));
            body.put("dependsOn", code.equals("P02") ? List.of("P01") : List.of());
            assertThat(api.post("/api/v1/masterplans/" + id + "/programmes", editor, body)
                            .status())
                    .isEqualTo(201);
        }
        session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        page = "/masterplans/" + id + "/roadmap";
    }

    private Map<String, String> form(String ceiling) {
        Map<String, String> form = new HashMap<>();
        for (int year = 2026; year <= 2030; year++) {
            form.put("ceiling-" + year, ceiling);
        }
        form.put("timeLimitSeconds", "5");
        return form;
    }

    @Test
    void optimisesFollowsTheRunAndAdoptsItsSchedule() {
        Map<String, String> form = form("600.000.000");
        form.put("ceiling-2027", "Rp 600.000.000");
        form.put("scenarioName", "Pagu tetap");

        Api.Response started = session.submit(page, page + "/optimisations", form);

        assertThat(started.status()).as(started.body()).isEqualTo(302);
        String run = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        Document status = session.getHtmx(run).html();
        for (int i = 0; i < 60 && status.select("[hx-trigger]").size() > 0; i++) {
            sleep();
            status = session.getHtmx(run).html();
        }
        assertThat(status.text()).contains("Optimal (terbukti terbaik)");
        assertThat(status.select("svg[role=img]")).hasSize(2);
        assertThat(status.select("title").eachText()).contains("Peta jalan program per dimensi");

        Api.Response adopted = session.submit(run, run + "/adopt", Map.of());
        assertThat(adopted.status()).isEqualTo(302);
        Document roadmap = session.get(page).html();
        assertThat(roadmap.select("table.data caption").eachText()).contains("Jadwal program (2)");
        assertThat(roadmap.text()).contains("Pagu tetap", "Quick win");
        assertThat(roadmap.select("input#ceiling-2026").attr("value")).isEqualTo("600000000");
    }

    @Test
    void anUnprovenScheduleSaysHowFarItMayBeFromTheBestAndHowToProveIt() {
        String run = finishedRun(form("600.000.000"));
        String[] parts = run.split("/");
        long masterplanId = Long.parseLong(parts[2]);
        long runId = Long.parseLong(parts[5]);
        OptimisationRun.Result proven =
                store.findRunInMasterplan(masterplanId, runId).orElseThrow().result();
        long bound = proven.objective() * 4; // a bound four times the value: at most 75 % below
        store.finish(
                runId,
                OptimisationRun.State.DONE,
                new OptimisationRun.Result(
                        RoadmapSolution.Status.FEASIBLE,
                        proven.objective(),
                        bound,
                        proven.greedyObjective(),
                        proven.schedule(),
                        proven.unscheduled(),
                        proven.solveMillis(),
                        proven.reasons(),
                        proven.years()),
                java.time.Instant.now());

        Document status = session.get(run).html();

        assertThat(status.text())
                .contains("Layak (belum terbukti terbaik)", "paling banyak 75,00 % di bawah", "hingga 300 detik");

        // One button runs the same request again with the longest time limit.
        String prove = status.select("form[action$=/prove]").attr("action");
        assertThat(prove).isEqualTo(run + "/prove");
        Api.Response again = session.submit(run, prove, Map.of());
        assertThat(again.status()).isEqualTo(302);
        String next = again.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long nextId = Long.parseLong(next.substring(next.lastIndexOf('/') + 1));
        assertThat(nextId).isNotEqualTo(runId);
        OptimiseCommand asked =
                store.findRunInMasterplan(masterplanId, nextId).orElseThrow().request();
        assertThat(asked.timeLimit()).isEqualTo(OptimiseCommand.MAX_TIME_LIMIT);
        assertThat(asked.budgetCeilings())
                .isEqualTo(store.findRunInMasterplan(masterplanId, runId)
                        .orElseThrow()
                        .request()
                        .budgetCeilings());
        assertThat(awaitRun(next).text()).contains("Optimal (terbukti terbaik)");
    }

    private String finishedRun(Map<String, String> form) {
        Api.Response started = session.submit(page, page + "/optimisations", form);
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        String run = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        awaitRun(run);
        return run;
    }

    private Document awaitRun(String run) {
        Document status = session.getHtmx(run).html();
        for (int i = 0; i < 60 && status.select("[hx-trigger]").size() > 0; i++) {
            sleep();
            status = session.getHtmx(run).html();
        }
        return status;
    }

    @Test
    void showsWhichCeilingIsMissingAndKeepsWhatWasTyped() {
        Map<String, String> form = form("600000000");
        form.put("ceiling-2028", "");

        Api.Response refused = session.submit(page, page + "/optimisations", form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("[role=alert]").text())
                .contains("Pagu anggaran tahun 2028")
                .doesNotContain("budgetCeilings");
        assertThat(refused.html().select("#ceiling-2028-error").text()).contains("Pagu anggaran tahun 2028");
        assertThat(refused.html().select("input#ceiling-2028").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(refused.html().select("input#ceiling-2027").attr("value")).isEqualTo("600000000");
        assertThat(refused.html().select("label[for=ceiling-2027]").text()).isEqualTo("Pagu 2027 (Rp)");
    }

    @Test
    void aCeilingThatIsNotWholeRupiahIsRefusedNextToItsFieldAndNothingIsSaved() {
        for (String typed : List.of("3,5", "1.5", "abc", "99999999999999999999")) {
            Map<String, String> form = form("600000000");
            form.put("ceiling-2027", typed);
            form.put("scenarioName", "Coba " + typed);

            Api.Response refused = session.submit(page, page + "/optimisations", form);

            assertThat(refused.status()).as(typed).isEqualTo(422);
            assertThat(refused.html().select("#ceiling-2027-error").text())
                    .as(typed)
                    .contains("Pagu 2027 harus berupa rupiah bulat");
            assertThat(refused.html().select("input#ceiling-2027").attr("value"))
                    .isEqualTo(typed);
        }
        assertThat(session.get(page).body()).doesNotContain("Coba ");
    }

    @Test
    void aRefusalAnsweredWithTheWholeErrorPageIsMarkedSoThatHtmxDoesNotSwapItIntoAPart() {
        String run = finishedRun(form("600.000.000"));
        long runId = Long.parseLong(run.split("/")[5]);
        store.finish(
                runId,
                OptimisationRun.State.DONE,
                new OptimisationRun.Result(
                        RoadmapSolution.Status.INFEASIBLE,
                        null,
                        null,
                        null,
                        Map.of(),
                        List.of(),
                        0,
                        List.of(),
                        List.of()),
                java.time.Instant.now());

        Api.Response refused = session.submitHtmx(run, run + "/adopt", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Rancang-Error-Page")).contains("true");
        assertThat(refused.html().select("main p").first().text()).isNotBlank();
    }

    @Test
    void aStartYearThatIsNotAYearIsRefusedWithTheReason() {
        Api.Response refused = session.submit(page, page + "/entries/P01", Map.of("startYear", "abc", "version", "0"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("main").text()).contains("Tahun mulai “abc” bukan tahun");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
