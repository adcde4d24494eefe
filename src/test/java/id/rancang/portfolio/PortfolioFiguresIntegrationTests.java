package id.rancang.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PortfolioFiguresIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String admin;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        admin = api.tokenFor("REGION_ADMIN", region);
        long masterplan = api.post(
                        "/api/v1/masterplans",
                        admin,
                        Map.of("regionCode", region, "startYear", 2027, "horizonYears", 5, "title", "MP " + region))
                .json()
                .get("id")
                .asLong();
        base = "/api/v1/masterplans/" + masterplan;
    }

    @Test
    void theCohortYearIsKeptWithTheBimtekShownAndFiltered() {
        Api.Response set = api.put(base + "/cohort", admin, Map.of("cohortYear", 2019));
        Api.Response tooEarly = api.put(base + "/cohort", admin, Map.of("cohortYear", 2010));

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.json().get("errors").toString())
                .contains("\"field\":\"cohortYear\"", "Tahun angkatan harus antara 2017 dan ");
        assertThat(api.get(base + "/cohort", admin).json().get("cohortYear").asInt())
                .isEqualTo(2019);
        String coordinator = api.tokenFor("NATIONAL_COORDINATOR", null);
        JsonNode found = api.get("/api/v1/portfolio?cohort=2019&q=" + region, coordinator)
                .json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("cohortYear").asInt()).isEqualTo(2019);
        assertThat(api.get("/api/v1/portfolio?cohort=2020&q=" + region, coordinator)
                        .json())
                .isEmpty();
        assertThat(api.put(base + "/cohort", coordinator, Map.of("cohortYear", 2020))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void openQualityCheckErrorsAreAFigureOfThePortfolioAndFollowChanges() {
        String coordinator = api.tokenFor("NATIONAL_COORDINATOR", null);
        assertThat(errors(coordinator)).isZero();

        programme("P1", 2027, 2, List.of());
        programme("P2", 2028, 1, List.of("P1"));

        assertThat(errors(coordinator))
                .as("P2 starts before its prerequisite ends")
                .isEqualTo(1);
        assertThat(api.delete(base + "/programmes/P2", admin).status()).isEqualTo(204);
        assertThat(errors(coordinator)).isZero();
        programme("P2", 2028, 1, List.of("P1"));
        Document page = api.pages()
                .login(api.createUser("koordinator", "NATIONAL_COORDINATOR", null), Api.PASSWORD)
                .getHtmx("/portfolio?sort=figure:qualityErrors&q=" + region)
                .html();
        assertThat(page.select("thead th").text()).contains("Galat pemeriksaan mutu");
        assertThat(page.select("tbody tr")).hasSize(1);
        List<String> headings = page.select("thead th").eachText();
        List<String> cells = page.select("tbody tr > *").eachText();
        assertThat(cells.get(headings.indexOf("Galat pemeriksaan mutu"))).isEqualTo("1");
        assertThat(cells.get(headings.indexOf("Komentar tinjauan terbuka"))).isEqualTo("0");
    }

    @Test
    void aStageOrCohortThatIsNotANumberIsAnsweredWithAPageThatSaysWhy() {
        Api.PageSession session =
                api.pages().login(api.createUser("koordinator", "NATIONAL_COORDINATOR", null), Api.PASSWORD);

        for (String query : new String[] {"stage=abc", "cohort=abc"}) {
            Api.Response answer = session.get("/portfolio?" + query);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).as(query).startsWith("text/html");
            assertThat(answer.html().select("main").text()).as(query).contains("“abc”");
        }
    }

    private void programme(String code, int startYear, int duration, List<String> dependsOn) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "code",
                code,
                "name",
                "Program " + code,
                "dimension",
                "governance",
                "ownerOffice",
                "DISKOMINFO",
                "startYear",
                startYear,
                "durationYears",
                duration,
                "fundingSource",
                "APBD",
                "dependsOn",
                dependsOn));
        body.put("costs", java.util.Collections.nCopies(duration, 100_000_000));
        Api.Response created = api.post(base + "/programmes", admin, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private long errors(String token) {
        JsonNode entries = api.get("/api/v1/portfolio?q=" + region, token).json();
        assertThat(entries).hasSize(1);
        return entries.get(0).get("figures").get("qualityErrors").asLong();
    }
}
