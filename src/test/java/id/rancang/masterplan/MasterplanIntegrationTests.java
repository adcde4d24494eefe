package id.rancang.masterplan;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.time.Year;
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
class MasterplanIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        editor = api.tokenFor("EDITOR", region);
    }

    @Test
    void createsAMasterplanWithTheContractFields() {
        Api.Response created = api.post("/api/v1/masterplans", editor, plan(2026, 10));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("id").asLong()).isPositive();
        assertThat(body.get("regionCode").asString()).isEqualTo(region);
        assertThat(body.get("framework").asString()).isEqualTo("gmsc-2021");
        assertThat(body.get("startYear").asInt()).isEqualTo(2026);
        assertThat(body.get("horizonYears").asInt()).isEqualTo(10);
        assertThat(body.get("title").asString()).isEqualTo("Masterplan Smart City 2026");
        assertThat(body.get("stage").asInt()).isEqualTo(1);
        assertThat(created.headers().firstValue("Location").orElseThrow())
                .endsWith("/api/v1/masterplans/" + body.get("id").asLong());

        assertThat(api.get("/api/v1/masterplans/" + body.get("id").asLong(), editor)
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Masterplan Smart City 2026");
        assertThat(api.get("/api/v1/masterplans?regionCode=" + region, editor)
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void defaultsToTheNationalFramework() {
        Map<String, Object> plan = plan(2026, 5);
        plan.remove("framework");

        Api.Response created = api.post("/api/v1/masterplans", editor, plan);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("framework").asString()).isEqualTo("gmsc-2021");
    }

    @Test
    void namesEveryInvalidFieldAtOnce() {
        Api.Response invalid = api.post(
                "/api/v1/masterplans",
                editor,
                Map.of("regionCode", "99.99", "framework", "nope", "startYear", 1999, "horizonYears", 11, "title", ""));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(fields(invalid.json()))
                .containsExactlyInAnyOrder("regionCode", "framework", "startYear", "horizonYears", "title");
    }

    @Test
    void refusesAHorizonOutsideFiveToTenYears() {
        for (int horizon : new int[] {4, 11}) {
            Api.Response invalid = api.post("/api/v1/masterplans", editor, plan(2026, horizon));
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(fields(invalid.json())).containsExactly("horizonYears");
            assertThat(invalid.json().get("errors").get(0).get("message").asString())
                    .isEqualTo("Jangka waktu harus 5 sampai 10 tahun.");
        }
    }

    @Test
    void refusesAStartYearFarInTheFuture() {
        int tooLate = Year.now().getValue() + 11;

        Api.Response invalid = api.post("/api/v1/masterplans", editor, plan(tooLate, 5));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("startYear");
    }

    @Test
    void refusesAProvinceOrADistrictAsTheRegion() {
        Map<String, Object> plan = plan(2026, 5);
        plan.put("regionCode", "53");

        Api.Response invalid = api.post("/api/v1/masterplans", api.adminToken(), plan);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("regionCode");
    }

    @Test
    void refusesASecondActiveMasterplanWithOverlappingYears() {
        assertThat(api.post("/api/v1/masterplans", editor, plan(2026, 5)).status())
                .isEqualTo(201);

        Api.Response overlapping = api.post("/api/v1/masterplans", editor, plan(2030, 5));
        Api.Response following = api.post("/api/v1/masterplans", editor, plan(2031, 5));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().get("detail").asString()).contains("2026–2030");
        assertThat(following.status()).isEqualTo(201);
    }

    @Test
    void acceptsBackTheDocumentItReturnedWithChanges() {
        JsonNode created =
                api.post("/api/v1/masterplans", editor, plan(2026, 10)).json();
        ObjectNode document =
                (ObjectNode) api.get("/api/v1/masterplans/" + created.get("id").asLong(), editor)
                        .json();
        document.put("title", "Masterplan Smart City (revisi)");
        document.put("regionCode", "53.06");
        document.put("createdAt", "2000-01-01T00:00:00Z");

        Api.Response updated =
                api.put("/api/v1/masterplans/" + created.get("id").asLong(), editor, document.toString());

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("title").asString()).isEqualTo("Masterplan Smart City (revisi)");
        assertThat(updated.json().get("stage").asInt()).isEqualTo(1);
        assertThat(updated.json().get("regionCode").asString()).isEqualTo(region);
        assertThat(updated.json().get("createdAt").asString())
                .isEqualTo(created.get("createdAt").asString());
    }

    @Test
    void refusesAChangeBasedOnAStaleVersion() {
        JsonNode created =
                api.post("/api/v1/masterplans", editor, plan(2026, 10)).json();
        String path = "/api/v1/masterplans/" + created.get("id").asLong();
        ObjectNode first = (ObjectNode) api.get(path, editor).json();
        ObjectNode second = first.deepCopy();
        first.put("title", "Versi A");
        second.put("title", "Versi B");

        assertThat(api.put(path, editor, first.toString()).status()).isEqualTo(200);
        Api.Response stale = api.put(path, editor, second.toString());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(path, editor).json().get("title").asString()).isEqualTo("Versi A");
    }

    @Test
    void viewersMayReadButNotCreate() {
        String viewer = api.tokenFor("VIEWER", region);

        assertThat(api.post("/api/v1/masterplans", viewer, plan(2026, 5)).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/masterplans?regionCode=" + region, viewer).status())
                .isEqualTo(200);
    }

    @Test
    void showsTheOverviewPageWithStagesAndDimensions() {
        long id = api.post("/api/v1/masterplans", editor, plan(2026, 10))
                .json()
                .get("id")
                .asLong();
        String user = api.createUser("reader", "VIEWER", region);

        Api.Response page = api.pages().login(user, Api.PASSWORD).get("/masterplans/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo("Masterplan Smart City 2026");
        assertThat(page.html().select("ol.stepper li")).hasSize(4);
        assertThat(page.html().select("ol.stepper li[aria-current=step]").text())
                .contains("Analisis strategis");
        assertThat(page.html().select(".dimensions h3")).hasSize(6);
        assertThat(page.html().select("a[href$=/edit]")).isEmpty();
    }

    @Test
    void createsAMasterplanThroughTheFormAndReportsFieldErrors() {
        String user = api.createUser("author", "EDITOR", region);
        Api.PageSession session = api.pages().login(user, Api.PASSWORD);

        Api.Response invalid = session.submit(
                "/masterplans/new",
                "/masterplans",
                Map.of(
                        "regionCode",
                        region,
                        "framework",
                        "gmsc-2021",
                        "startYear",
                        "2026",
                        "horizonYears",
                        "12",
                        "title",
                        "Rencana"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select("#horizonYears-error").text())
                .isEqualTo("Jangka waktu harus 5 sampai 10 tahun.");
        assertThat(invalid.html().select("#horizonYears").attr("aria-invalid")).isEqualTo("true");

        Api.Response created = session.submit(
                "/masterplans/new",
                "/masterplans",
                Map.of(
                        "regionCode",
                        region,
                        "framework",
                        "gmsc-2021",
                        "startYear",
                        "2026",
                        "horizonYears",
                        "10",
                        "title",
                        "Rencana"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(session.get(created.headers()
                                .firstValue("Location")
                                .orElseThrow()
                                .replaceFirst("^https?://[^/]+", ""))
                        .html()
                        .select("h1")
                        .text())
                .isEqualTo("Rencana");
    }

    @Test
    void refusesAStageChangeOrAdoptionThroughTheApi() {
        long id = api.post("/api/v1/masterplans", editor, plan(2026, 10))
                .json()
                .get("id")
                .asLong();
        String path = "/api/v1/masterplans/" + id;

        for (int stage : new int[] {4, 2}) {
            ObjectNode document = (ObjectNode) api.get(path, editor).json();
            document.put("stage", stage);
            Api.Response refused = api.put(path, editor, document.toString());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(fields(refused.json())).containsExactly("stage");
            assertThat(refused.json().get("errors").get(0).get("message").asString())
                    .startsWith("Tahap Bimtek tidak dapat diubah");
        }
        ObjectNode adopted = (ObjectNode) api.get(path, editor).json();
        adopted.put("status", "ADOPTED");
        Api.Response refused = api.put(path, editor, adopted.toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly("status");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .startsWith("Status \"Ditetapkan\"");

        JsonNode saved = api.get(path, editor).json();
        assertThat(saved.get("stage").asInt()).isEqualTo(1);
        assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void onlyAnApproverAdoptsAndOnlyAtTheLastStage() {
        Api.Plan plan = api.newMasterplan("REGION_ADMIN", 2026, 10);
        String approver = api.tokenFor("REVIEWER", plan.region());
        String editorThere = api.tokenFor("EDITOR", plan.region());

        assertThat(api.post(plan.base() + "/adoption", approver, Map.of()).status())
                .isEqualTo(409);
        for (int stage = 1; stage < 4; stage++) {
            Api.Response closed = api.post(
                    plan.base() + "/stages/" + stage + "/close", plan.token(), Map.of("closeWithOpenOutputs", true));
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        }
        assertThat(api.post(plan.base() + "/adoption", editorThere, Map.of()).status())
                .isEqualTo(403);
        Api.Response adopted = api.post(plan.base() + "/adoption", approver, Map.of());

        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.json().get("stage").asInt()).isEqualTo(4);
        assertThat(api.post(plan.base() + "/adoption", approver, Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void theEditFormNeitherMovesTheStageNorAdopts() {
        long id = api.post("/api/v1/masterplans", editor, plan(2026, 10))
                .json()
                .get("id")
                .asLong();
        Api.PageSession session = api.pages().login(api.createUser("author", "EDITOR", region), Api.PASSWORD);
        String edit = "/masterplans/" + id + "/edit";
        assertThat(session.get(edit).html().select("select#stage")).isEmpty();
        assertThat(session.get(edit).html().select("#status option[value=ADOPTED]"))
                .isEmpty();

        Map<String, String> fields = new HashMap<>(Map.of(
                "title", "Masterplan",
                "startYear", "2026",
                "horizonYears", "10",
                "stage", "4",
                "status", "ADOPTED",
                "version", "0"));
        Api.Response refused = session.submit(edit, "/masterplans/" + id, fields);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#status-error").text()).startsWith("Status \"Ditetapkan\"");
        assertThat(refused.html().select("#status").attr("aria-invalid")).isEqualTo("true");

        fields.put("status", "DRAFT");
        assertThat(session.submit(edit, "/masterplans/" + id, fields).status()).isEqualTo(302);
        JsonNode saved = api.get("/api/v1/masterplans/" + id, editor).json();
        assertThat(saved.get("stage").asInt()).isEqualTo(1);
        assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
        assertThat(saved.get("title").asString()).isEqualTo("Masterplan");
    }

    @Test
    void afterAConflictTheReshownEditFormSavesOnTheSecondTry() {
        long id = api.post("/api/v1/masterplans", editor, plan(2026, 10))
                .json()
                .get("id")
                .asLong();
        Api.PageSession session = api.pages().login(api.createUser("author", "EDITOR", region), Api.PASSWORD);
        String edit = "/masterplans/" + id + "/edit";
        String opened = session.get(edit).html().select("input[name=version]").val();
        ObjectNode other =
                (ObjectNode) api.get("/api/v1/masterplans/" + id, editor).json();
        other.put("title", "Judul dari rekan");
        assertThat(api.put("/api/v1/masterplans/" + id, editor, other.toString())
                        .status())
                .isEqualTo(200);

        Map<String, String> mine = Map.of(
                "title", "Judul saya", "startYear", "2026", "horizonYears", "10", "status", "DRAFT", "version", opened);
        Api.Response conflict = session.submit(edit, "/masterplans/" + id, mine);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.html().select("#saved-masterplan").text()).contains("Judul dari rekan");
        assertThat(conflict.html().select("#title").val()).isEqualTo("Judul saya");
        String reshown = conflict.html().select("input[name=version]").val();
        assertThat(reshown).isNotEqualTo(opened);

        Map<String, String> again = new HashMap<>(mine);
        again.put("version", reshown);
        Api.Response saved = session.submit(edit, "/masterplans/" + id, again);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(api.get("/api/v1/masterplans/" + id, editor)
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Judul saya");
    }

    @Test
    void aYearThatIsNotANumberIsRefusedNextToItsField() {
        Api.PageSession session = api.pages().login(api.createUser("author", "EDITOR", region), Api.PASSWORD);
        for (String year : new String[] {"abc", "20x6"}) {
            Api.Response refused = session.submit(
                    "/masterplans/new",
                    "/masterplans",
                    Map.of(
                            "regionCode", region,
                            "framework", "gmsc-2021",
                            "startYear", year,
                            "horizonYears", "10",
                            "title", "Rencana"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().select("#startYear-error").text()).startsWith("Tahun mulai harus berupa angka");
            assertThat(refused.html().select("#startYear").val()).isEqualTo(year);
        }

        long id = api.post("/api/v1/masterplans", editor, plan(2026, 10))
                .json()
                .get("id")
                .asLong();
        String edit = "/masterplans/" + id + "/edit";
        Api.Response refused = session.submit(
                edit,
                "/masterplans/" + id,
                Map.of(
                        "title",
                        "Rencana",
                        "startYear",
                        "20x6",
                        "horizonYears",
                        "10",
                        "status",
                        "DRAFT",
                        "version",
                        "0"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#startYear-error").text()).startsWith("Tahun mulai harus berupa angka");
        assertThat(api.get("/api/v1/masterplans/" + id, editor)
                        .json()
                        .get("startYear")
                        .asInt())
                .isEqualTo(2026);
    }

    @Test
    void aYearThatIsNotANumberIsA422NamingTheFieldInTheApi() {
        for (String year : new String[] {"abc", "20x6"}) {
            Map<String, Object> plan = plan(2026, 10);
            plan.put("startYear", year);
            Api.Response refused = api.post("/api/v1/masterplans", editor, plan);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(fields(refused.json())).containsExactly("startYear");
            assertThat(refused.json().get("errors").get(0).get("message").asString())
                    .isEqualTo("Tahun mulai harus berupa angka tahun, misalnya 2026.");
        }
        long id = api.post("/api/v1/masterplans", editor, plan(2026, 10))
                .json()
                .get("id")
                .asLong();
        ObjectNode document =
                (ObjectNode) api.get("/api/v1/masterplans/" + id, editor).json();
        document.put("startYear", "20x6");
        Api.Response refused = api.put("/api/v1/masterplans/" + id, editor, document.toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly("startYear");
    }

    private Map<String, Object> plan(int startYear, int horizon) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("regionCode", region);
        plan.put("framework", "gmsc-2021");
        plan.put("startYear", startYear);
        plan.put("horizonYears", horizon);
        plan.put("title", "Masterplan Smart City " + startYear);
        return plan;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
