package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Programmes name the problems of the masterplan's analysis that they answer. */
@IntegrationTest
class ProgrammeProblemIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    long masterplanId;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        editor = api.tokenFor("EDITOR", region);
        masterplanId = masterplan(region, editor, 2026);
        base = "/api/v1/masterplans/" + masterplanId;
    }

    private long masterplan(String regionCode, String token, int startYear) {
        Api.Response plan = api.post(
                "/api/v1/masterplans",
                token,
                Map.of(
                        "regionCode",
                        regionCode,
                        "startYear",
                        startYear,
                        "horizonYears",
                        5,
                        "title",
                        "Masterplan " + regionCode));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return plan.json().get("id").asLong();
    }

    private long problem(String masterplanPath, String token, String dimension, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("dimension", dimension);
        body.put("title", title);
        body.put("severity", 4);
        Api.Response created = api.post(masterplanPath + "/problems", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.asLong()));
        return ids;
    }

    @Test
    void createsAndUpdatesAProgrammeWithTheProblemsItAnswers() {
        long queue = problem(base, editor, "governance", "Antrean layanan kependudukan panjang");
        long silos = problem(base, editor, "governance", "Data antar OPD tidak terintegrasi");
        Map<String, Object> body = ProgrammeApiIntegrationTests.programme("GOV-01", 1, List.of(100L));
        body.put("problemIds", List.of(silos, queue, queue));

        Api.Response created = api.post(base + "/programmes", editor, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(ids(created.json().get("problemIds"))).containsExactlyInAnyOrder(queue, silos);
        ObjectNode document =
                (ObjectNode) api.get(base + "/programmes/GOV-01", editor).json();
        assertThat(ids(document.get("problemIds"))).containsExactlyInAnyOrder(queue, silos);

        document.putArray("problemIds").add(queue);
        Api.Response updated = api.put(base + "/programmes/GOV-01", editor, document.toString());

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(ids(updated.json().get("problemIds"))).containsExactly(queue);
        assertThat(ids(api.get(base + "/programmes/GOV-01", editor).json().get("problemIds")))
                .containsExactly(queue);
    }

    @Test
    void refusesAnUnknownProblemAndOneOfAnotherMasterplanWith422() {
        long own = problem(base, editor, "governance", "Antrean layanan kependudukan panjang");
        String otherRegion = api.freshRegency();
        String otherEditor = api.tokenFor("EDITOR", otherRegion);
        String otherBase = "/api/v1/masterplans/" + masterplan(otherRegion, otherEditor, 2026);
        long foreign = problem(otherBase, otherEditor, "governance", "Masalah daerah lain");
        long sameRegionOtherPlan = problem(
                "/api/v1/masterplans/" + masterplan(region, editor, 2031), editor, "living", "Masalah rencana lain");
        long potential = api.post(
                        base + "/potentials",
                        editor,
                        Map.of("dimension", "branding", "title", "Festival budaya", "severity", 3))
                .json()
                .get("id")
                .asLong();

        for (long unknown : List.of(999_999_999L, foreign, sameRegionOtherPlan, potential)) {
            Map<String, Object> body = ProgrammeApiIntegrationTests.programme("GOV-01", 1, List.of(100L));
            body.put("problemIds", List.of(own, unknown));

            Api.Response invalid = api.post(base + "/programmes", editor, body);

            assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
            assertThat(invalid.contentType()).startsWith("application/problem+json");
            assertThat(ProgrammeApiIntegrationTests.fields(invalid.json())).containsExactly("problemIds");
        }
        assertThat(api.get(base + "/programmes", editor).json().size()).isZero();
    }

    @Test
    void deletingAProblemDropsTheLinksToIt() {
        long keep = problem(base, editor, "governance", "Antrean layanan kependudukan panjang");
        long gone = problem(base, editor, "governance", "Data antar OPD tidak terintegrasi");
        Map<String, Object> body = ProgrammeApiIntegrationTests.programme("GOV-01", 1, List.of(100L));
        body.put("problemIds", List.of(keep, gone));
        assertThat(api.post(base + "/programmes", editor, body).status()).isEqualTo(201);

        assertThat(api.delete(base + "/problems/" + gone, editor).status()).isEqualTo(204);

        ObjectNode document =
                (ObjectNode) api.get(base + "/programmes/GOV-01", editor).json();
        assertThat(ids(document.get("problemIds"))).containsExactly(keep);
        assertThat(api.put(base + "/programmes/GOV-01", editor, document.toString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theQualityCheckReportsEachProblemThatNoProgrammeAnswers() {
        long answered = problem(base, editor, "governance", "Antrean layanan kependudukan panjang");
        long open = problem(base, editor, "living", "Angka stunting masih tinggi");
        Map<String, Object> body = ProgrammeApiIntegrationTests.programme("GOV-01", 1, List.of(100L));
        body.put("problemIds", List.of(answered));
        api.post(base + "/programmes", editor, body);

        JsonNode findings = api.get(base + "/checks", editor).json();

        List<JsonNode> notAddressed = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("code").asString().equals("PROBLEM_NOT_ADDRESSED")) {
                notAddressed.add(f);
            }
        });
        assertThat(notAddressed).hasSize(1);
        assertThat(notAddressed.get(0).get("severity").asString()).isEqualTo("WARNING");
        assertThat(notAddressed.get(0).get("subject").asString()).isEqualTo(String.valueOf(open));
        assertThat(notAddressed.get(0).get("message").asString()).contains("Angka stunting masih tinggi");

        ObjectNode document =
                (ObjectNode) api.get(base + "/programmes/GOV-01", editor).json();
        document.putArray("problemIds").add(answered).add(open);
        assertThat(api.put(base + "/programmes/GOV-01", editor, document.toString())
                        .status())
                .isEqualTo(200);
        assertThat(api.get(base + "/checks", editor).body()).doesNotContain("PROBLEM_NOT_ADDRESSED");
    }

    @Test
    void theFormOffersTheProblemsPerDimensionAndSavesTheChosenOnes() {
        long queue = problem(base, editor, "governance", "Antrean layanan kependudukan panjang");
        long stunting = problem(base, editor, "living", "Angka stunting masih tinggi");
        String pagePath = "/masterplans/" + masterplanId + "/programmes";
        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);

        Document page = session.get(pagePath + "/new").html();

        assertThat(page.select("fieldset.problem-group legend").eachText())
                .hasSize(2)
                .satisfies(legends -> assertThat(legends.get(0)).startsWith("Smart Governance"))
                .satisfies(legends -> assertThat(legends.get(1)).startsWith("Smart Living"));
        assertThat(page.select("input[type=checkbox][name=problemIds]").eachAttr("value"))
                .containsExactly(String.valueOf(queue), String.valueOf(stunting));
        assertThat(page.select("fieldset.problem-group label").text())
                .contains("Antrean layanan kependudukan panjang", "Angka stunting masih tinggi");

        Map<String, String> form = new HashMap<>();
        form.put("code", "GOV-02");
        form.put("name", "Layanan Adminduk Keliling");
        form.put("dimension", "governance");
        form.put("ownerOffice", "DISKOMINFO");
        form.put("durationYears", "1");
        form.put("costs[0]", "100000000");
        form.put("fundingSource", "APBD");
        form.put("status", "PLANNED");
        form.put("problemIds", queue + "," + stunting);
        Api.Response created = session.submit(pagePath + "/new", pagePath, form);

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(ids(api.get(base + "/programmes/GOV-02", editor).json().get("problemIds")))
                .containsExactlyInAnyOrder(queue, stunting);
        Document edit = session.get(pagePath + "/GOV-02/edit").html();
        assertThat(edit.select("input[name=problemIds][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(queue), String.valueOf(stunting));
        Api.Response list = session.get(pagePath);
        assertThat(list.html().select("#programme-GOV-02 .linked-problems li").eachText())
                .hasSize(2)
                .anyMatch(text -> text.contains("Antrean layanan kependudukan panjang"));
        assertThat(session.getHtmx(pagePath).body())
                .contains("Angka stunting masih tinggi")
                .doesNotContain("<header");

        form.put("problemIds", "999999999");
        Api.Response invalid = session.submitHtmx(pagePath + "/GOV-02/edit", pagePath + "/GOV-02", withVersion(form));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select("#problemIds-error").text()).contains("999999999");
        assertThat(invalid.body()).doesNotContain("<header");
    }

    private Map<String, String> withVersion(Map<String, String> form) {
        Map<String, String> copy = new HashMap<>(form);
        copy.put(
                "version",
                String.valueOf(api.get(base + "/programmes/GOV-02", editor)
                        .json()
                        .get("version")
                        .asLong()));
        return copy;
    }
}
