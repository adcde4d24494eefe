package id.rancang.analysis;

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

@IntegrationTest
class AnalysisApiIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    long masterplan;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        editor = api.tokenFor("EDITOR", region);
        masterplan = masterplan(region, editor);
        base = "/api/v1/masterplans/" + masterplan;
    }

    @Test
    void profileStartsEmptyWithTheRegionsDistrictCountsAndKeepsEveryField() {
        JsonNode empty = api.get(base + "/profile", editor).json();
        assertThat(empty.get("districts").asLong()).isPositive();
        assertThat(empty.get("regentMissions").size()).isZero();

        Map<String, Object> profile = new HashMap<>();
        profile.put("population", 281_000);
        profile.put("areaKm2", 1812.85);
        profile.put("apbd", 1_250_000_000_000L);
        profile.put("fiscalCapacity", "Rendah");
        profile.put("rpjmdStartYear", 2025);
        profile.put("rpjmdEndYear", 2029);
        profile.put("regentVision", "Daerah yang maju dan sejahtera");
        profile.put("regentMissions", List.of("Meningkatkan layanan publik", "Membangun ekonomi desa"));
        profile.put("leadingSectors", List.of("Perikanan", "Pariwisata"));
        profile.put(
                "figures",
                List.of(Map.of("name", "Angka kemiskinan", "value", 11.2, "unit", "%", "year", 2024, "source", "BPS")));
        Api.Response saved = api.put(base + "/profile", editor, profile);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode read = api.get(base + "/profile", editor).json();
        assertThat(read.get("population").asLong()).isEqualTo(281_000);
        assertThat(read.get("apbd").asLong()).isEqualTo(1_250_000_000_000L);
        assertThat(read.get("areaKm2").decimalValue()).isEqualByComparingTo("1812.85");
        assertThat(read.get("regentMissions").get(1).asString()).isEqualTo("Membangun ekonomi desa");
        assertThat(read.get("figures").get(0).get("source").asString()).isEqualTo("BPS");
        assertThat(read.get("figures").get(0).get("year").asInt()).isEqualTo(2024);
    }

    @Test
    void profileRefusesInvalidFiguresAndAStaleVersion() {
        Api.Response invalid = api.put(
                base + "/profile",
                editor,
                Map.of(
                        "population",
                        -5,
                        "rpjmdStartYear",
                        2029,
                        "rpjmdEndYear",
                        2025,
                        "figures",
                        List.of(Map.of("name", "", "value", 1, "year", 1900))));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).contains("population", "rpjmdEndYear", "figures[0].name", "figures[0].year");
        assertThat(invalid.body()).contains("Harus antara 1945 dan 2100");

        long version = api.put(base + "/profile", editor, Map.of("population", 1))
                .json()
                .get("version")
                .asLong();
        api.put(base + "/profile", editor, Map.of("population", 2, "version", version));
        Api.Response stale = api.put(base + "/profile", editor, Map.of("population", 3, "version", version));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void swotItemsAreAddedPerSubElementAndUnknownCodesAreRefused() {
        Api.Response created = api.post(
                base + "/readiness/swot",
                editor,
                Map.of(
                        "subElement",
                        "infrastruktur.digital",
                        "kind",
                        "WEAKNESS",
                        "text",
                        "Jaringan internet belum menjangkau desa di pulau",
                        "dimension",
                        "living"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.get(base + "/readiness/swot", editor)
                        .json()
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("WEAKNESS");

        Api.Response unknown = api.post(
                base + "/readiness/swot",
                editor,
                Map.of("subElement", "struktur.mesin", "kind", "STRENGTH", "text", "x", "dimension", "nope"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown.json())).containsExactlyInAnyOrder("subElement", "dimension");
        Api.Response badKind = api.post(
                base + "/readiness/swot", editor, Map.of("subElement", "struktur.sdm", "kind", "MAYBE", "text", "x"));
        assertThat(badKind.status()).isEqualTo(422);
        assertThat(fields(badKind.json())).containsExactly("kind");
    }

    @Test
    void ratingsGiveGapsAndElementMeansInTheSummary() {
        Api.Response rated = api.put(
                base + "/readiness/ratings",
                editor,
                Map.of(
                        "ratings",
                        List.of(
                                Map.of("subElement", "struktur.sdm", "current", 2, "required", 4),
                                Map.of("subElement", "struktur.anggaran", "current", 3, "required", 4, "note", "PAD"),
                                Map.of("subElement", "infrastruktur.digital", "current", 1, "required", 5))));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);

        JsonNode summary = api.get(base + "/readiness/summary", editor).json();
        JsonNode struktur = summary.get("elements").get(0);
        assertThat(struktur.get("code").asString()).isEqualTo("struktur");
        assertThat(struktur.get("current").asDouble()).isEqualTo(2.5);
        assertThat(struktur.get("required").asDouble()).isEqualTo(4.0);
        assertThat(struktur.get("gap").asDouble()).isEqualTo(1.5);
        assertThat(struktur.get("subElements").get(0).get("code").asString()).isEqualTo("struktur.sdm");
        assertThat(struktur.get("subElements").get(0).get("gap").asInt()).isEqualTo(2);
        assertThat(summary.get("elements").get(2).get("current").isNull()).isTrue();

        // a second rating of the same sub-element replaces the first
        api.put(
                base + "/readiness/ratings",
                editor,
                Map.of("ratings", List.of(Map.of("subElement", "struktur.sdm", "current", 4, "required", 4))));
        assertThat(api.get(base + "/readiness/ratings", editor).json().size()).isEqualTo(3);
    }

    @Test
    void ratingsOutsideOneToFiveOrForUnknownSubElementsAreRefused() {
        Api.Response invalid = api.put(
                base + "/readiness/ratings",
                editor,
                Map.of(
                        "ratings",
                        List.of(
                                Map.of("subElement", "struktur.sdm", "current", 0, "required", 6),
                                Map.of("subElement", "struktur.lain", "current", 1, "required", 2))));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json()))
                .containsExactlyInAnyOrder("ratings[0].current", "ratings[0].required", "ratings[1].subElement");
        assertThat(api.get(base + "/readiness/ratings", editor).json().size()).isZero();
    }

    @Test
    void problemsAreRecordedChangedAndDeletedWithTheAuditTrail() {
        String district = firstDistrict(region);
        Map<String, Object> problem = problem("Antrean layanan kependudukan panjang", district);
        Api.Response created = api.post(base + "/problems", editor, problem);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("districtCodes").get(0).asString()).isEqualTo(district);
        assertThat(created.json().get("evidence").get("year").asInt()).isEqualTo(2024);
        assertThat(created.json().get("origin").asString()).isEqualTo("TEAM");

        Map<String, Object> changed = new HashMap<>(problem);
        changed.put("severity", 5);
        changed.put("version", created.json().get("version").asLong());
        Api.Response updated = api.put(base + "/problems/" + id, editor, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("severity").asInt()).isEqualTo(5);
        assertThat(api.put(base + "/problems/" + id, editor, changed).status()).isEqualTo(409);

        assertThat(api.get(base + "/potentials", editor).json().size()).isZero();
        assertThat(api.delete(base + "/problems/" + id, editor).status()).isEqualTo(204);
        assertThat(api.get(base + "/problems/" + id, editor).status()).isEqualTo(404);

        String admin = api.tokenFor("REGION_ADMIN", region);
        String audit = api.get("/api/v1/regions/" + region + "/audit", admin).body();
        assertThat(audit)
                .contains("analysis-issue")
                .contains("CREATED")
                .contains("UPDATED")
                .contains("DELETED");
    }

    @Test
    void problemsNameEveryInvalidField() {
        String otherDistrict = firstDistrict(otherRegion());
        Map<String, Object> invalid = new HashMap<>(problem("", otherDistrict));
        invalid.put("dimension", "smart-nothing");
        invalid.put("severity", 9);

        Api.Response response = api.post(base + "/problems", editor, invalid);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.json()))
                .containsExactlyInAnyOrder("title", "dimension", "severity", "districtCodes");
        Map<String, Object> badSub = new HashMap<>(problem("Judul", null));
        badSub.put("subDimension", "waste");
        assertThat(fields(api.post(base + "/problems", editor, badSub).json())).containsExactly("subDimension");
    }

    @Test
    void potentialsAndProblemsAreKeptApartAndAnotherMasterplansItemsAreNotFound() {
        long potential = api.post(base + "/potentials", editor, problem("Wisata bahari Pulau Adonara", null))
                .json()
                .get("id")
                .asLong();
        long second = masterplan(region, editor, 2036);

        assertThat(api.get(base + "/potentials/" + potential, editor).status()).isEqualTo(200);
        assertThat(api.get(base + "/problems/" + potential, editor).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/masterplans/" + second + "/potentials/" + potential, editor)
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/masterplans/" + second + "/potentials/" + potential, editor)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void initiativesCheckTheOwnerOfficeAndTheDimension() {
        Map<String, Object> initiative = initiative("Aplikasi SIPAKAR", "diskominfo");
        Api.Response created = api.post(base + "/initiatives", editor, initiative);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("ownerOffice").asString()).isEqualTo("DISKOMINFO");
        assertThat(created.json().get("status").asString()).isEqualTo("OPERATIONAL");

        Map<String, Object> invalid = new HashMap<>(initiative("", "DINAS-TIDAK-ADA"));
        invalid.put("dimension", "nope");
        invalid.remove("type");
        Api.Response refused = api.post(base + "/initiatives", editor, invalid);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactlyInAnyOrder("name", "ownerOffice", "dimension", "type");
        assertThat(api.get(base + "/initiatives", editor).json().size()).isEqualTo(1);
    }

    @Test
    void viewersReadButDoNotChangeTheAnalysis() {
        String viewer = api.tokenFor("VIEWER", region);

        assertThat(api.get(base + "/problems", viewer).status()).isEqualTo(200);
        assertThat(api.get(base + "/readiness/summary", viewer).status()).isEqualTo(200);
        assertThat(api.post(base + "/problems", viewer, problem("Judul", null)).status())
                .isEqualTo(403);
        assertThat(api.put(base + "/profile", viewer, Map.of()).status()).isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionListsTheAnalysisEndpoints() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");

        for (String path : List.of(
                "/api/v1/masterplans/{id}/profile",
                "/api/v1/masterplans/{id}/readiness/swot",
                "/api/v1/masterplans/{id}/readiness/ratings",
                "/api/v1/masterplans/{id}/readiness/summary",
                "/api/v1/masterplans/{id}/problems/{problemId}",
                "/api/v1/masterplans/{id}/potentials/{potentialId}",
                "/api/v1/masterplans/{id}/initiatives/{initiativeId}",
                "/api/v1/masterplans/{id}/problems/export.xlsx")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/v1/masterplans/{id}/problems/import").toString())
                .contains("multipart/form-data");
    }

    static Map<String, Object> problem(String title, String district) {
        Map<String, Object> problem = new HashMap<>();
        problem.put("dimension", "governance");
        problem.put("subDimension", "public-service");
        problem.put("title", title);
        problem.put("description", "Warga menunggu lebih dari tiga jam di kantor dinas");
        problem.put("severity", 4);
        problem.put("districtCodes", district == null ? List.of() : List.of(district));
        problem.put("evidence", Map.of("figure", "3 jam", "year", 2024, "source", "Survei kepuasan"));
        return problem;
    }

    static Map<String, Object> initiative(String name, String office) {
        Map<String, Object> initiative = new HashMap<>();
        initiative.put("name", name);
        initiative.put("ownerOffice", office);
        initiative.put("dimension", "governance");
        initiative.put("type", "APPLICATION");
        initiative.put("spbeService", "Layanan administrasi kependudukan");
        return initiative;
    }

    private long masterplan(String regionCode, String token) {
        return masterplan(regionCode, token, 2026);
    }

    private long masterplan(String regionCode, String token, int startYear) {
        Api.Response created = api.post(
                "/api/v1/masterplans",
                token,
                Map.of("regionCode", regionCode, "startYear", startYear, "horizonYears", 5, "title", "Masterplan"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private String otherRegion() {
        String other = api.freshRegency();
        return other.equals(region) ? api.freshRegency() : other;
    }

    private String firstDistrict(String regionCode) {
        return api.get("/api/v1/regions/" + regionCode + "/children", api.adminToken())
                .json()
                .get(0)
                .get("code")
                .asString();
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
