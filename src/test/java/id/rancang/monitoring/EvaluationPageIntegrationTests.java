package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EvaluationPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAssessorRecordsAnEvaluationOnThePageAndDownloadsItsReport() {
        Api api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        String region = plan.region();
        long masterplan = plan.id();
        Api.PageSession session = api.pages().login(api.createUser("admin", "REGION_ADMIN", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/evaluations";
        Map<String, String> form = new HashMap<>();
        form.put("year", "2028");
        for (String d : new String[] {"baseline", "output", "outcome", "impact", "quick_win"}) {
            form.put("score_" + d, "3,5");
            form.put("self_" + d, "4");
        }
        form.put("evidence_output", "Perbup Smart City");
        form.put("strengths", "Kepemimpinan kuat");

        Api.Response bad = session.submit(page, page, Map.of("year", "2028", "score_baseline", "9"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("scores.baseline");

        Api.Response created = session.submit(page, page, form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Document html = session.get(page).html();
        assertThat(html.text()).contains("Evaluasi 2028: indeks 3,50").contains("Perbup Smart City");

        String report = html.select("a[href$=report.pdf]").attr("href");
        Api.Response pdf = session.get(report);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body().getBytes(StandardCharsets.ISO_8859_1).length).isGreaterThan(1000);
        assertThat(pdf.body()).startsWith("%PDF");
        Api.Response docx = session.get(html.select("a[href$=report.docx]").attr("href"));
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.body()).startsWith("PK");

        Document ranking = session.get("/evaluations?year=2028").html();
        assertThat(ranking.select("#ranking").text()).contains(region).contains("3,50");
        assertThat(ranking.select("figure.chart svg")).hasSize(1);
    }

    @Test
    void smartCityDimensionsAreNamedInTheReadersLanguage() {
        Api api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        String admin = evaluated(api, plan, 2029);
        Api.PageSession session = api.pages().login(admin, Api.PASSWORD);
        String page = "/masterplans/" + plan.id() + "/evaluations";

        Document indonesian = session.get(page).html();
        Document english = session.get(page + "?lang=en").html();
        session.get(page + "?lang=id");

        assertThat(dimensionRows(indonesian))
                .containsExactly("Smart Governance (Tata Kelola)", "Smart Living (Lingkungan Hidup Layak)");
        assertThat(dimensionRows(english)).containsExactly("Smart Governance", "Smart Living");
    }

    @Test
    void theNationalRankingOpensAtTheYearOfTheEvaluationShown() {
        Api api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        String admin = evaluated(api, plan, 2029);

        Document page = api.pages()
                .login(admin, Api.PASSWORD)
                .get("/masterplans/" + plan.id() + "/evaluations")
                .html();
        Document ranking = api.pages()
                .login(api.createUser("pembaca", "VIEWER", plan.region()), Api.PASSWORD)
                .get("/evaluations")
                .html();

        assertThat(page.select("a[href^=/evaluations]").eachAttr("href"))
                .isNotEmpty()
                .allMatch(href -> href.equals("/evaluations?year=2029"));
        assertThat(ranking.select("h1").text()).isEqualTo("Peringkat nasional tahun 2029");
        assertThat(ranking.select("#ranking").text()).contains(plan.region());
    }

    /** An evaluation of {@code year} with scores per smart city dimension; returns its assessor. */
    private static String evaluated(Api api, Api.Plan plan, int year) {
        String admin = api.createUser("admin", "REGION_ADMIN", plan.region());
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("scores", Map.of("baseline", 3, "output", 3, "outcome", 3, "impact", 3, "quick_win", 3));
        body.put("dimensionScores", Map.of("governance", 3.5, "living", 2.75));
        Api.Response created =
                api.post("/api/v1/masterplans/" + plan.id() + "/evaluations", api.token(admin, Api.PASSWORD), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin;
    }

    private static java.util.List<String> dimensionRows(Document page) {
        return page.select("table:has(caption:containsOwn(dimensi smart city)) tbody th, "
                        + "table:has(caption:containsOwn(smart city dimension)) tbody th")
                .eachText();
    }

    @Test
    void aYearThatIsNotANumberIsAnsweredWithAPageThatSaysWhy() {
        Api api = new Api(port);
        Api.PageSession session =
                api.pages().login(api.createUser("koordinator", "NATIONAL_COORDINATOR", null), Api.PASSWORD);

        Api.Response ranking = session.get("/evaluations?year=abc");
        Api.Response weights = session.submit("/evaluations", "/evaluations/weights", Map.of("year", "abc"));
        Api.Response noYear = session.submit("/evaluations", "/evaluations/weights", Map.of("weight_output", "0,2"));

        for (Api.Response answer : java.util.List.of(ranking, weights, noYear)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("text/html");
        }
        assertThat(ranking.html().select("main").text()).contains("“abc”");
        assertThat(weights.html().select("main").text()).contains("“abc”");
        assertThat(noYear.html().select("main").text()).contains("year");
    }

    @Test
    void theCoordinatorSetsTheWeightsOnTheRankingPage() {
        Api api = new Api(port);
        Api.PageSession session =
                api.pages().login(api.createUser("koordinator", "NATIONAL_COORDINATOR", null), Api.PASSWORD);
        Map<String, String> form = new HashMap<>(Map.of(
                "year", "2030",
                "weight_baseline", "0.1",
                "weight_output", "0.2",
                "weight_outcome", "0.3",
                "weight_impact", "0.2",
                "weight_quick_win", "0.1"));

        Api.Response bad = session.submit("/evaluations?year=2030", "/evaluations/weights", form);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.html().select("[role=alert]").text()).contains("Jumlah bobot harus 1 (sekarang 0,9)");
        form.put("weight_quick_win", "0,1,5");
        Api.Response notANumber = session.submit("/evaluations?year=2030", "/evaluations/weights", form);
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.html().select("[role=alert]").text())
                .contains("Isi angka seperti 0,2 atau 3,5 untuk Quick win");

        form.put("weight_quick_win", "0.2");
        assertThat(session.submit("/evaluations?year=2030", "/evaluations/weights", form)
                        .status())
                .isEqualTo(302);
        assertThat(session.get("/evaluations?year=2030")
                        .html()
                        .select("#w-outcome")
                        .attr("value"))
                .isEqualTo("0.3");
    }

    @Test
    void anAssessorCorrectsAndDeletesAnEvaluationOnThePage() {
        Api api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        Api.PageSession session =
                api.pages().login(api.createUser("admin", "REGION_ADMIN", plan.region()), Api.PASSWORD);
        String page = "/masterplans/" + plan.id() + "/evaluations";
        Map<String, String> form = new HashMap<>();
        form.put("year", "2028");
        for (String d : new String[] {"baseline", "output", "outcome", "impact", "quick_win"}) {
            form.put("score_" + d, "3");
        }
        assertThat(session.submit(page, page, form).status()).isEqualTo(302);

        String edit = session.get(page).html().select("a[href*=/edit]").attr("href");
        assertThat(edit).isNotBlank();
        Document editing = session.get(edit).html();
        assertThat(editing.select("input[name=score_output]").attr("value")).isEqualTo("3");
        assertThat(editing.select("input[name=version]").attr("value")).isEqualTo("0");
        String action = editing.select("form.stacked").attr("action");

        Map<String, String> correction = new HashMap<>(form);
        correction.put("score_output", "9");
        correction.put("version", "0");
        Api.Response bad = session.submit(edit, action, correction);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("scores.output");

        correction.put("score_output", "5");
        correction.put("weaknesses", "Data belum terpadu");
        assertThat(session.submit(edit, action, correction).status()).isEqualTo(302);
        Document html = session.get(page).html();
        assertThat(html.text()).contains("Evaluasi 2028: indeks 3,40").contains("Data belum terpadu");

        correction.put("weaknesses", "Data belum terpadu antar-OPD");
        Api.Response stale = session.submit(edit, action, correction);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("[role=alert]").text()).contains("Orang lain mengoreksi evaluasi ini", "3,4");
        assertThat(stale.html().select("textarea[name=weaknesses]").text()).isEqualTo("Data belum terpadu antar-OPD");
        assertThat(stale.html().select("input[name=version]").attr("value")).isEqualTo("1");

        assertThat(html.select("button[data-confirm]")).hasSize(1);
        String delete =
                html.select("form[action$=/delete]:has(button[data-confirm])").attr("action");
        assertThat(session.submit(page, delete, Map.of()).status()).isEqualTo(302);
        assertThat(session.get(page).html().text()).doesNotContain("Evaluasi 2028");
    }
}
