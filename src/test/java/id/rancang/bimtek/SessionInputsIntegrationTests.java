package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SessionInputsIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String username;
    String token;
    long masterplan;
    long session;
    String base;
    Api.PageSession pages;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        username = api.createUser("masukan", "REGION_ADMIN", region);
        token = api.token(username, Api.PASSWORD);
        masterplan = api.post(
                        "/api/v1/masterplans",
                        token,
                        Map.of("regionCode", region, "startYear", 2027, "horizonYears", 5, "title", "MP " + region))
                .json()
                .get("id")
                .asLong();
        base = "/api/v1/masterplans/" + masterplan;
        session = api.post(
                        base + "/sessions",
                        token,
                        Map.of(
                                "stage", 1,
                                "title", "FGD Tata Kelola",
                                "startsAt", "2027-06-05T08:00:00+08:00",
                                "endsAt", "2027-06-05T16:00:00+08:00",
                                "mode", "OFFLINE"))
                .json()
                .get("id")
                .asLong();
        pages = api.pages().login(username, Api.PASSWORD);
    }

    @Test
    void aProblemRaisedInASessionFlowsIntoTheAnalysisWithTheSessionAsItsOrigin() {
        String path = base + "/sessions/" + session + "/inputs";

        Api.Response raised = api.post(
                path,
                token,
                Map.of(
                        "kind", "PROBLEM",
                        "dimension", "governance",
                        "title", "Data antar-OPD belum terhubung",
                        "text", "Disampaikan Kepala Bappeda",
                        "severity", 4));

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long problemId = raised.json().get("id").asLong();
        JsonNode problem = api.get(base + "/problems/" + problemId, token).json();
        assertThat(problem.get("origin").asString()).isEqualTo("BIMTEK");
        assertThat(problem.get("source").get("kind").asString()).isEqualTo("SESSION");
        assertThat(problem.get("source").get("id").asLong()).isEqualTo(session);
        assertThat(problem.get("source").get("label").asString()).isEqualTo("FGD Tata Kelola");
        assertThat(problem.get("source").get("date").asString()).isEqualTo("2027-06-05");
        assertThat(api.get(path, token).json().get(0).get("title").asString())
                .isEqualTo("Data antar-OPD belum terhubung");

        Document problems =
                pages.get("/masterplans/" + masterplan + "/problems").html();
        assertThat(problems.select("#item-" + problemId + " a.source").text())
                .contains("dari sesi FGD Tata Kelola", "2027");
        assertThat(problems.select("#item-" + problemId + " a.source").attr("href"))
                .isEqualTo("/masterplans/" + masterplan + "/bimtek/sessions/" + session);
    }

    @Test
    void whoRaisedAProblemPotentialOrInitiativeIsKeptAndShownLikeForAComment() {
        String path = base + "/sessions/" + session + "/inputs";

        Api.Response problem = api.post(
                path,
                token,
                Map.of(
                        "kind",
                        "PROBLEM",
                        "dimension",
                        "governance",
                        "title",
                        "Data belum terhubung",
                        "author",
                        "Bupati"));
        assertThat(problem.status()).as(problem.body()).isEqualTo(201);
        assertThat(problem.json().get("author").asString()).isEqualTo("Bupati");
        String page = "/masterplans/" + masterplan + "/bimtek/sessions/" + session;
        Api.Response potential = pages.submitHtmx(
                page,
                page + "/inputs",
                Map.of(
                        "kind",
                        "POTENTIAL",
                        "dimension",
                        "economy",
                        "title",
                        "Tenun ikat",
                        "author",
                        "Camat Larantuka"));
        assertThat(potential.status()).isEqualTo(200);
        api.post(
                path,
                token,
                Map.of(
                        "kind",
                        "INITIATIVE",
                        "dimension",
                        "economy",
                        "title",
                        "Pasar daring",
                        "type",
                        "APPLICATION",
                        "author",
                        "Dinas Kominfo"));

        JsonNode listed = api.get(path, token).json();
        assertThat(listed.toString())
                .contains("\"author\":\"Bupati\"", "\"author\":\"Camat Larantuka\"", "\"author\":\"Dinas Kominfo\"");
        assertThat(pages.get(page).html().select("#inputs").text())
                .contains("Bupati", "Camat Larantuka", "Dinas Kominfo");
        assertThat(api.post(
                                path,
                                token,
                                Map.of(
                                        "kind",
                                        "PROBLEM",
                                        "dimension",
                                        "governance",
                                        "title",
                                        "Panjang",
                                        "author",
                                        "x".repeat(201)))
                        .status())
                .isEqualTo(422);
        assertThat(api.get(base + "/problems", token).json()).hasSize(1);
    }

    @Test
    void aDeletedSessionStaysNamedOnItsProblemsButNoLongerLinked() {
        Api.Response raised = api.post(
                base + "/sessions/" + session + "/inputs",
                token,
                Map.of("kind", "PROBLEM", "dimension", "governance", "title", "Jaringan desa putus", "severity", 3));
        long problemId = raised.json().get("id").asLong();

        assertThat(api.delete(base + "/sessions/" + session, token).status()).isEqualTo(204);

        JsonNode problem = api.get(base + "/problems/" + problemId, token).json();
        assertThat(problem.get("source").get("label").asString()).isEqualTo("FGD Tata Kelola");
        JsonNode link = problem.get("source").path("link");
        assertThat(link.isNull() || link.isMissingNode()).as(problem.toString()).isTrue();
        Document problems =
                pages.get("/masterplans/" + masterplan + "/problems").html();
        assertThat(problems.select("#item-" + problemId + " a.source")).isEmpty();
        assertThat(problems.select("#item-" + problemId + " span.source").text())
                .contains("dari sesi FGD Tata Kelola");
    }

    @Test
    void ideasBecomePotentialsOrInitiativesAndACommentStaysOnTheSession() {
        String path = base + "/sessions/" + session + "/inputs";

        Api.Response potential = api.post(
                path, token, Map.of("kind", "POTENTIAL", "dimension", "economy", "title", "Tenun ikat Lamaholot"));
        Api.Response initiative = api.post(
                path,
                token,
                Map.of(
                        "kind",
                        "INITIATIVE",
                        "dimension",
                        "governance",
                        "title",
                        "Aplikasi SIPD",
                        "type",
                        "APPLICATION"));
        Api.Response comment = api.post(
                path, token, Map.of("kind", "COMMENT", "text", "Perlu FGD lanjutan", "author", "Camat Ile Ape"));

        assertThat(potential.status()).as(potential.body()).isEqualTo(201);
        assertThat(initiative.status()).as(initiative.body()).isEqualTo(201);
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(api.get(base + "/initiatives", token)
                        .json()
                        .get(0)
                        .get("source")
                        .get("id")
                        .asLong())
                .isEqualTo(session);
        JsonNode inputs = api.get(path, token).json();
        assertThat(inputs).hasSize(3);
        assertThat(inputs.toString()).contains("POTENTIAL", "INITIATIVE", "COMMENT", "Camat Ile Ape");
        assertThat(api.get(base + "/problems", token).json()).isEmpty();
        long commentId = comment.json().get("id").asLong();
        assertThat(api.delete(path + "/comments/" + commentId, token).status()).isEqualTo(204);
        assertThat(api.get(path, token).json()).hasSize(2);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        String path = base + "/sessions/" + session + "/inputs";

        assertProblem(api.post(path, token, Map.of("title", "Tanpa jenis")), "kind");
        assertProblem(api.post(path, token, Map.of("kind", "PROBLEM", "title", "Tanpa dimensi")), "dimension");
        assertProblem(api.post(path, token, Map.of("kind", "COMMENT")), "text");
        assertProblem(
                api.post(path, token, Map.of("kind", "INITIATIVE", "dimension", "governance", "title", "Tanpa jenis")),
                "type");

        assertThat(api.get(path, token).json()).isEmpty();
        assertThat(api.get(base + "/problems", token).json()).isEmpty();
    }

    @Test
    void inputsAreEnteredOnTheSessionPageAndHtmxGetsTheInputsFragment() {
        String page = "/masterplans/" + masterplan + "/bimtek/sessions/" + session;

        Api.Response added = pages.submitHtmx(
                page,
                page + "/inputs",
                Map.of(
                        "kind",
                        "PROBLEM",
                        "dimension",
                        "governance",
                        "title",
                        "Jaringan internet kantor desa lemah",
                        "severity",
                        "3"));
        Api.Response refused = pages.submitHtmx(page, page + "/inputs", Map.of("kind", "PROBLEM", "title", "x"));
        Api.Response full = pages.submit(page, page + "/inputs", Map.of("kind", "COMMENT", "text", "Catatan"));

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).doesNotContain("<header");
        assertThat(added.html().select("#inputs tbody").text()).contains("Jaringan internet kantor desa lemah");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#inputs .field-error").text()).isNotBlank();
        assertThat(full.status()).isEqualTo(302);
        assertThat(pages.get(page).html().select("#inputs tbody").text()).contains("Catatan", "Permasalahan");
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
