package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OpenDataIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void indicatorsWithTargetsAndActualsArePublicOnlyOnceTheRegionPublishesThem() {
        Api api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        String region = plan.region();
        String editor = plan.token();
        long masterplan = plan.id();
        String base = plan.base();
        long goal = api.post(base + "/goals", editor, Map.of("dimension", "governance", "statement", "Data terbuka"))
                .json()
                .get("id")
                .asLong();
        long indicator = api.post(
                        base + "/indicators",
                        editor,
                        Map.of(
                                "goalId", goal,
                                "name", "Dataset terbuka, \"terkurasi\"",
                                "unit", "dataset",
                                "direction", "HIGHER_IS_BETTER",
                                "targets", Map.of("2026", 40)))
                .json()
                .get("id")
                .asLong();
        api.put(base + "/indicators/" + indicator + "/realisations/2026", editor, Map.of("value", 30));
        String csv = "/open-data/masterplans/" + masterplan + "/indicators.csv";
        String json = "/open-data/masterplans/" + masterplan + "/indicators.json";

        assertThat(api.get(csv, null).status()).isEqualTo(404);
        assertThat(api.get(json, null).status()).isEqualTo(404);

        Api.PageSession admin = api.pages().login(api.createUser("admin", "REGION_ADMIN", region), Api.PASSWORD);
        assertThat(admin.get(csv).status()).isEqualTo(200);
        assertThat(admin.submit(
                                "/masterplans/" + masterplan + "/monitoring",
                                "/masterplans/" + masterplan + "/open-data",
                                Map.of("published", "true"))
                        .status())
                .isEqualTo(302);

        Api.Response publicCsv = api.get(csv, null);
        assertThat(publicCsv.status()).isEqualTo(200);
        assertThat(publicCsv.contentType()).startsWith("text/csv");
        assertThat(publicCsv.body())
                .startsWith("indicator_id,indicator,unit,direction,year,target,actual,achievement_percent")
                .contains(indicator
                        + ",\"Dataset terbuka, \"\"terkurasi\"\"\",dataset,HIGHER_IS_BETTER,2026,40,30,75.00");
        JsonNode rows = api.get(json, null).json();
        assertThat(rows.size()).isEqualTo(5);
        assertThat(rows.get(0).get("achievementPercent").decimalValue()).isEqualByComparingTo("75");
        org.jsoup.nodes.Document index = api.pages().get("/open-data").html();
        assertThat(index.select("main a").eachAttr("href"))
                .as("the public open-data page lists it, without a login")
                .contains(csv, json);
        assertThat(index.select("main").text()).contains(region, "2026–2030");

        admin.submit(
                "/masterplans/" + masterplan + "/monitoring",
                "/masterplans/" + masterplan + "/open-data",
                Map.of("published", "false"));
        assertThat(api.get(csv, null).status()).isEqualTo(404);
        assertThat(api.pages().get("/open-data").html().select("main a").eachAttr("href"))
                .doesNotContain(csv);
    }

    @Test
    void aLinkToOpenDataThatNamesNoPublishedMasterplanIsAnsweredWithAProblemDocument() {
        Api api = new Api(port);
        Api.Plan unpublished = api.newMasterplan("EDITOR", 2026, 5);

        for (String path : new String[] {
            "/open-data/masterplans/abc/indicators.json",
            "/open-data/masterplans/abc/indicators.csv",
            "/open-data/masterplans/" + unpublished.id() + "/indicators.json",
            "/open-data/masterplans/" + unpublished.id() + "/indicators.csv",
            "/open-data/masterplans/999999999/indicators.json"
        }) {
            Api.Response answer = api.get(path, null);

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.json().get("status").asInt()).isEqualTo(404);
            assertThat(answer.json().get("detail").asString()).isNotBlank();
        }
    }
}
