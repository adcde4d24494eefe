package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the region administrator and the expert assigned to the region close a stage. */
@IntegrationTest
class StageClosingIntegrationTests {

    private static final String CLOSE_BUTTON = "form[action$=/bimtek/stages/1/close] button";

    @LocalServerPort
    int port;

    Api api;
    String region;
    long masterplan;
    String path;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("REGION_ADMIN", 2027, 5);
        region = plan.region();
        masterplan = plan.id();
        path = "/masterplans/" + masterplan + "/bimtek";
    }

    @Test
    void othersAreRefusedWith403AndNothingChanges() {
        for (String role : new String[] {"EDITOR", "REVIEWER", "VIEWER"}) {
            assertThat(api.post(
                                    "/api/v1" + path.replace("/bimtek", "") + "/stages/1/close",
                                    api.tokenFor(role, region),
                                    Map.of())
                            .status())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(api.post(
                                "/api/v1/masterplans/" + masterplan + "/stages/1/close",
                                api.tokenFor("NATIONAL_COORDINATOR", null),
                                Map.of())
                        .status())
                .as("the national coordinator reads every region but closes none")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/masterplans/" + masterplan, api.tokenFor("REGION_ADMIN", region))
                        .json()
                        .get("stage")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void onlyTheAdministratorAndTheAssignedExpertSeeTheCloseButton() {
        assertThat(page("REGION_ADMIN", region).select(CLOSE_BUTTON)).isNotEmpty();
        assertThat(page("EXPERT", region).select(CLOSE_BUTTON)).isNotEmpty();
        assertThat(page("EDITOR", region).select(CLOSE_BUTTON)).isEmpty();
        assertThat(page("NATIONAL_COORDINATOR", null).select(CLOSE_BUTTON)).isEmpty();
    }

    @Test
    void aPageCloseByAnEditorIsForbidden() {
        Api.PageSession editor = api.pages().login(api.createUser("editor", "EDITOR", region), Api.PASSWORD);

        Api.Response refused = editor.submit(path, path + "/stages/1/close", Map.of());

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aStageWithOpenOutputsClosesOnlyWhenThatIsConfirmedAndThenSaysWhenItRan() {
        String token = api.tokenFor("REGION_ADMIN", region);
        String base = "/api/v1/masterplans/" + masterplan;
        api.post(
                base + "/sessions",
                token,
                Map.of(
                        "stage", 1,
                        "title", "Bimtek Tahap I",
                        "startsAt", "2026-03-10T08:00:00+09:00",
                        "endsAt", "2026-03-10T16:00:00+09:00",
                        "mode", "OFFLINE"));

        Api.Response refused = api.post(base + "/stages/1/close", token, Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("READINESS_ANALYSIS");
        assertThat(api.get(base, token).json().get("stage").asInt()).isEqualTo(1);

        org.jsoup.nodes.Document html = page("REGION_ADMIN", region);
        assertThat(html.select("form[action$=/bimtek/stages/1/close] li").text())
                .contains("SWOT");
        assertThat(html.select(CLOSE_BUTTON).attr("data-confirm")).contains("belum selesai");

        Api.Response closed = api.post(base + "/stages/1/close", token, Map.of("closeWithOpenOutputs", true));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("actualStart").asString())
                .as("the first session's day")
                .isEqualTo("2026-03-10");
        assertThat(closed.json().get("actualEnd").isNull()).isFalse();
    }

    @Test
    void aStageWithAllOutputsDoneClosesWithoutConfirmation() {
        String token = api.tokenFor("REGION_ADMIN", region);
        String base = "/api/v1/masterplans/" + masterplan;
        api.post(base + "/stages/1/close", token, Map.of("closeWithOpenOutputs", true));
        for (tools.jackson.databind.JsonNode output :
                api.get(base + "/stages", token).json().get(1).get("outputs")) {
            api.put(base + "/outputs/" + output.get("code").asString(), token, Map.of("done", true));
        }

        Api.Response closed = api.post(base + "/stages/2/close", token, Map.of());

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("actualStart").isNull()).isFalse();
        assertThat(api.get(base, token).json().get("stage").asInt()).isEqualTo(3);
    }

    private org.jsoup.nodes.Document page(String role, String regionCode) {
        Api.PageSession session = api.pages().login(api.createUser("peran", role, regionCode), Api.PASSWORD);
        Api.Response page = session.get(path);
        assertThat(page.status()).as(role).isEqualTo(200);
        return page.html();
    }
}
