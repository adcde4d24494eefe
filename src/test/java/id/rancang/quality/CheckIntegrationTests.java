package id.rancang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class CheckIntegrationTests {

    @LocalServerPort
    int port;

    static Map<String, Object> programme(String code, List<String> dependsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Program " + code);
        body.put("dimension", "governance");
        body.put("ownerOffice", "DISKOMINFO");
        body.put("durationYears", 1);
        body.put("costs", List.of(100_000_000));
        body.put("fundingSource", "APBD");
        body.put("dependsOn", dependsOn);
        body.put("quickWin", true);
        return body;
    }

    @Test
    void reportsACycleOfPrerequisitesAsAnErrorWithAStableCodeAndSubject() {
        Api api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        String region = plan.region();
        String editor = plan.token();
        long id = plan.id();
        String base = plan.base();
        api.post(base + "/programmes", editor, programme("A", List.of()));
        api.post(base + "/programmes", editor, programme("B", List.of("A")));
        ObjectNode a = (ObjectNode) api.get(base + "/programmes/A", editor).json();
        a.putArray("dependsOn").add("B");
        assertThat(api.put(base + "/programmes/A", editor, a.toString()).status())
                .isEqualTo(200);

        JsonNode findings = api.get(base + "/checks", editor).json();

        JsonNode first = findings.get(0);
        assertThat(first.get("code").asString()).isEqualTo("DEPENDENCY_CYCLE");
        assertThat(first.get("severity").asString()).isEqualTo("ERROR");
        assertThat(first.get("subject").asString()).isEqualTo("A");
        assertThat(first.get("message").asString()).contains("A → B");
        assertThat(findings.toString())
                .contains("PROGRAMME_WITHOUT_GOAL", "PROGRAMME_WITHOUT_INDICATOR", "DIMENSION_WITHOUT_QUICK_WIN");
        assertThat(findings.toString()).doesNotContain("PROGRAMME_WITHOUT_OWNER", "PROGRAMME_OUTSIDE_HORIZON");
        Api.PageSession session = api.pages().login(api.createUser("pembaca", "VIEWER", region), Api.PASSWORD);
        Api.Response page = session.get("/masterplans/" + id + "/checks");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("DEPENDENCY_CYCLE", "Galat");
    }
}
