package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class StageOutputsIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("REGION_ADMIN", 2027, 5);
        admin = plan.token();
        base = plan.base();
    }

    @Test
    void outputsAreTickedAutomaticallyOnceTheDataBehindThemExists() {
        assertThat(output("PROBLEMS_POTENTIALS").get("done").asBoolean()).isFalse();
        assertThat(output("VISION_MISSION").get("done").asBoolean()).isFalse();

        created(api.post(
                base + "/problems", admin, Map.of("dimension", "governance", "title", "Data tersebar", "severity", 4)));
        assertThat(output("PROBLEMS_POTENTIALS").get("done").asBoolean())
                .as("a problem alone is not yet problems and potentials")
                .isFalse();
        created(api.post(
                base + "/potentials", admin, Map.of("dimension", "economy", "title", "Wisata bahari", "severity", 3)));
        Api.Response vision = api.put(
                base + "/vision",
                admin,
                Map.of("statement", "Flores Timur cerdas dan sejahtera", "missions", List.of("Tata kelola digital")));
        assertThat(vision.status()).as(vision.body()).isIn(200, 201);

        JsonNode problems = output("PROBLEMS_POTENTIALS");
        assertThat(problems.get("done").asBoolean()).isTrue();
        assertThat(problems.get("automatic").asBoolean()).isTrue();
        assertThat(output("VISION_MISSION").get("done").asBoolean()).isTrue();
        assertThat(output("READINESS_ANALYSIS").get("done").asBoolean()).isFalse();
    }

    @Test
    void aTickByHandWithANoteOverridesWhatTheDataShows() {
        created(api.post(
                base + "/problems", admin, Map.of("dimension", "governance", "title", "Data tersebar", "severity", 4)));
        created(api.post(
                base + "/potentials", admin, Map.of("dimension", "economy", "title", "Wisata bahari", "severity", 3)));

        Api.Response untick = api.put(
                base + "/outputs/PROBLEMS_POTENTIALS",
                admin,
                Map.of("done", false, "note", "Belum dibahas bersama OPD"));

        assertThat(untick.status()).as(untick.body()).isEqualTo(200);
        JsonNode output = output("PROBLEMS_POTENTIALS");
        assertThat(output.get("done").asBoolean()).isFalse();
        assertThat(output.get("note").asString()).isEqualTo("Belum dibahas bersama OPD");
        api.put(base + "/outputs/ROADMAP_DRAFT", admin, Map.of("done", true, "note", "Draf di luar aplikasi"));
        assertThat(output("ROADMAP_DRAFT").get("done").asBoolean()).isTrue();
    }

    private JsonNode output(String code) {
        for (JsonNode stage : api.get(base + "/stages", admin).json()) {
            for (JsonNode output : stage.get("outputs")) {
                if (output.get("code").asString().equals(code)) {
                    return output;
                }
            }
        }
        throw new AssertionError(code);
    }

    private static void created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
