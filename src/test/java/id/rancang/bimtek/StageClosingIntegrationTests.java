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

    private org.jsoup.nodes.Document page(String role, String regionCode) {
        Api.PageSession session = api.pages().login(api.createUser("peran", role, regionCode), Api.PASSWORD);
        Api.Response page = session.get(path);
        assertThat(page.status()).as(role).isEqualTo(200);
        return page.html();
    }
}
