package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class ProgrammeApiIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String editor;
    String path;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        editor = plan.token();
        path = plan.base() + "/programmes";
    }

    static Map<String, Object> programme(String code, int duration, List<Long> costs) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Program " + code);
        body.put("dimension", "governance");
        body.put("subDimension", "public-service");
        body.put("ownerOffice", "DISKOMINFO");
        body.put("startYear", 2026);
        body.put("durationYears", duration);
        body.put("costs", costs);
        body.put("fundingSource", "APBD");
        body.put("dependsOn", List.of());
        return body;
    }

    @Test
    void createsAProgrammeWithItsYearlyCostsAndReadsItBack() {
        Map<String, Object> body = programme("gov-01", 3, List.of(500_000_000L, 750_000_000L, 250_000_000L));
        body.put("supportingOffices", List.of("BAPPEDA", "setda"));
        body.put("quickWin", true);
        body.put("quickWinDetails", Map.of("publicName", "Lapor Cepat", "completionPercent", 40));
        body.put("value", 7.5);
        body.put("mandatory", true);

        Api.Response created = api.post(path, editor, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.get("code").asString()).isEqualTo("GOV-01");
        assertThat(json.get("costs").toString()).isEqualTo("[500000000,750000000,250000000]");
        assertThat(json.get("totalCost").asLong()).isEqualTo(1_500_000_000L);
        assertThat(json.get("endYear").asInt()).isEqualTo(2028);
        assertThat(json.get("supportingOffices").toString()).isEqualTo("[\"BAPPEDA\",\"SETDA\"]");
        assertThat(json.get("horizon").asString()).isEqualTo("MEDIUM");
        assertThat(json.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(json.get("quickWinDetails").get("publicName").asString()).isEqualTo("Lapor Cepat");
        assertThat(json.get("version").asLong()).isZero();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(path + "/GOV-01");
        assertThat(api.get(path + "/gov-01", editor).json().get("name").asString())
                .isEqualTo("Program gov-01");
        assertThat(api.get(path, editor).json().size()).isEqualTo(1);
    }

    @Test
    void namesEveryInvalidFieldWith422() {
        Map<String, Object> body = programme("BAD", 2, List.of(100L));
        body.put("dimension", "space");
        body.put("ownerOffice", "NOPE");
        body.put("dependsOn", List.of("BAD", "MISSING"));

        Api.Response invalid = api.post(path, editor, body);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(fields(invalid.json())).contains("dimension", "ownerOffice", "costs", "dependsOn");
    }

    @Test
    void refusesCostsOfTheWrongLengthNegativeOrFractional() {
        assertThat(fields(api.post(path, editor, programme("A", 2, List.of(1L, 2L, 3L)))
                        .json()))
                .containsExactly("costs");
        Map<String, Object> negative = programme("B", 2, List.of(1L, -2L));
        assertThat(fields(api.post(path, editor, negative).json())).containsExactly("costs[1]");
        Map<String, Object> fractional = programme("C", 1, List.of());
        fractional.put("costs", List.of(1.5));
        assertThat(fields(api.post(path, editor, fractional).json())).containsExactly("costs[0]");
    }

    @Test
    void refusesADurationOutsideTheHorizonAndAStartThatEndsAfterIt() {
        assertThat(fields(api.post(path, editor, programme("A", 0, List.of())).json()))
                .contains("durationYears");
        assertThat(fields(api.post(path, editor, programme("B", 6, List.of(1L, 1L, 1L, 1L, 1L, 1L)))
                        .json()))
                .containsExactly("durationYears");
        Map<String, Object> late = programme("C", 2, List.of(1L, 1L));
        late.put("startYear", 2030);
        assertThat(fields(api.post(path, editor, late).json())).containsExactly("startYear");
    }

    @Test
    void refusesAnUnknownSubDimensionAndFundingSource() {
        Map<String, Object> body = programme("A", 1, List.of(1L));
        body.put("subDimension", "waste");
        assertThat(fields(api.post(path, editor, body).json())).containsExactly("subDimension");
        body.put("subDimension", null);
        body.put("fundingSource", "LOTTERY");
        Api.Response invalid = api.post(path, editor, body);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("fundingSource");
    }

    @Test
    void refusesADuplicateCodeWith409() {
        assertThat(api.post(path, editor, programme("A", 1, List.of(1L))).status())
                .isEqualTo(201);
        assertThat(api.post(path, editor, programme("a", 1, List.of(1L))).status())
                .isEqualTo(409);
    }

    @Test
    void updatesWithTheVersionReadAndRefusesAStaleOne() {
        api.post(path, editor, programme("BASE", 1, List.of(1L)));
        ObjectNode document = (ObjectNode)
                api.post(path, editor, programme("A", 1, List.of(1L))).json();
        document.put("name", "Nama baru");
        document.putArray("dependsOn").add("BASE");

        Api.Response updated = api.put(path + "/A", editor, document.toString());
        Api.Response stale = api.put(path + "/A", editor, document.toString());

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);
        assertThat(updated.json().get("dependsOn").toString()).isEqualTo("[\"BASE\"]");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(path + "/A", editor).json().get("name").asString()).isEqualTo("Nama baru");
    }

    @Test
    void refusesAPrerequisiteOnItself() {
        ObjectNode document = (ObjectNode)
                api.post(path, editor, programme("A", 1, List.of(1L))).json();
        document.putArray("dependsOn").add("A");

        Api.Response invalid = api.put(path + "/A", editor, document.toString());

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("dependsOn");
    }

    @Test
    void deletesAProgrammeButNotWhileAnotherDependsOnIt() {
        api.post(path, editor, programme("BASE", 1, List.of(1L)));
        Map<String, Object> dependent = programme("NEXT", 1, List.of(1L));
        dependent.put("dependsOn", List.of("BASE"));
        dependent.put("startYear", 2027);
        assertThat(api.post(path, editor, dependent).status()).isEqualTo(201);

        assertThat(api.delete(path + "/BASE", editor).status()).isEqualTo(409);
        assertThat(api.delete(path + "/NEXT", editor).status()).isEqualTo(204);
        assertThat(api.delete(path + "/BASE", editor).status()).isEqualTo(204);
        assertThat(api.get(path + "/BASE", editor).status()).isEqualTo(404);
    }

    @Test
    void filtersByDimensionOfficeAndQuickWin() {
        api.post(path, editor, programme("A", 1, List.of(1L)));
        Map<String, Object> other = programme("B", 1, List.of(1L));
        other.put("dimension", "environment");
        other.put("subDimension", "waste");
        other.put("ownerOffice", "DLH");
        other.put("quickWin", true);
        api.post(path, editor, other);

        assertThat(codes(api.get(path + "?dimension=environment", editor).json()))
                .containsExactly("B");
        assertThat(codes(api.get(path + "?office=DISKOMINFO", editor).json())).containsExactly("A");
        assertThat(codes(api.get(path + "?quickWin=true", editor).json())).containsExactly("B");
    }

    @Test
    void viewersReadButCannotChange() {
        api.post(path, editor, programme("A", 1, List.of(1L)));
        String region = api.get(path.replace("/programmes", ""), editor)
                .json()
                .get("regionCode")
                .asString();
        String viewer = api.tokenFor("VIEWER", region);

        assertThat(api.get(path + "/A", viewer).status()).isEqualTo(200);
        assertThat(api.post(path, viewer, programme("B", 1, List.of(1L))).status())
                .isEqualTo(403);
        assertThat(api.delete(path + "/A", viewer).status()).isEqualTo(403);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(p -> codes.add(p.get("code").asString()));
        return codes;
    }
}
