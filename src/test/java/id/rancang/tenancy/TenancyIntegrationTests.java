package id.rancang.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * One region's data is invisible to another region's users: every region-scoped endpoint, API and
 * page alike, answers 404 for another region's resource, and the same call in the user's own region
 * succeeds (so a 404 everywhere would not pass).
 */
@IntegrationTest
class TenancyIntegrationTests {

    /** Endpoints with {code} or {id} that show shared master data, not a region's own data. */
    private static final Set<String> MASTER_DATA = Set.of(
            "GET /api/v1/regions/{code}",
            "GET /api/v1/regions/{code}/children",
            "GET /regions/{code}",
            "GET /api/v1/frameworks/{code}");

    private static final Map<String, Object> SESSION = Map.of(
            "stage", 1,
            "title", "Diubah",
            "startsAt", "2027-06-05T08:00:00+08:00",
            "endsAt", "2027-06-05T16:00:00+08:00",
            "mode", "OFFLINE",
            "version", 0);

    private static final Map<String, Object> PAGE_SESSION = Map.of(
            "stage", "1",
            "title", "Diubah",
            "startsAt", "2027-06-05T08:00",
            "endsAt", "2027-06-05T16:00",
            "mode", "OFFLINE",
            "version", "0");

    /** Every region-scoped endpoint, with what a call to it needs. {r}: region, {m}: masterplan id. */
    private static final List<Endpoint> MATRIX = List.of(
            Endpoint.api("GET", "/api/v1/regions/{code}/offices", "/api/v1/regions/{r}/offices", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/regions/{code}/offices",
                    "/api/v1/regions/{r}/offices",
                    Map.of("code", "BARU", "name", "Dinas Baru")),
            Endpoint.api("GET", "/api/v1/regions/{code}/offices/{officeCode}", "/api/v1/regions/{r}/offices/DLH", null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/regions/{code}/offices/{officeCode}",
                    "/api/v1/regions/{r}/offices/DLH",
                    Map.of("code", "DLH", "name", "Diubah", "version", 0)),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/regions/{code}/offices/{officeCode}",
                    "/api/v1/regions/{r}/offices/DISPAR",
                    null),
            Endpoint.api("GET", "/api/v1/regions/{code}/audit", "/api/v1/regions/{r}/audit", null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}", "/api/v1/masterplans/{m}", null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}",
                    "/api/v1/masterplans/{m}",
                    Map.of("title", "Diubah", "version", 0)),
            Endpoint.api("GET", "/api/v1/masterplans", "/api/v1/masterplans?regionCode={r}", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans",
                    "/api/v1/masterplans",
                    Map.of("regionCode", "{r}", "startYear", 2036, "horizonYears", 5, "title", "Diubah")),
            Endpoint.page("GET", "/regions/{code}/offices", "/regions/{r}/offices", null),
            Endpoint.page(
                    "POST",
                    "/regions/{code}/offices",
                    "/regions/{r}/offices",
                    Map.of("code", "BARU", "name", "Dinas Baru")),
            Endpoint.page("GET", "/regions/{code}/offices/{officeCode}/edit", "/regions/{r}/offices/DLH/edit", null),
            Endpoint.page("GET", "/regions/{code}/offices/{officeCode}", "/regions/{r}/offices/DLH", null),
            Endpoint.page(
                    "POST",
                    "/regions/{code}/offices/{officeCode}",
                    "/regions/{r}/offices/DLH",
                    Map.of("code", "DLH", "name", "Diubah", "version", 0)),
            Endpoint.page(
                    "POST",
                    "/regions/{code}/offices/{officeCode}/delete",
                    "/regions/{r}/offices/DISPAR/delete",
                    Map.of()),
            Endpoint.page("GET", "/regions/{code}/audit", "/regions/{r}/audit", null),
            Endpoint.page("GET", "/masterplans/{id}", "/masterplans/{m}", null),
            Endpoint.page("GET", "/masterplans/{id}/edit", "/masterplans/{m}/edit", null),
            Endpoint.page("POST", "/masterplans/{id}", "/masterplans/{m}", Map.of("title", "Diubah", "version", 0)),
            // Bimtek: stages, sessions, participants, attendance, materials ({s}: session, {p}: participant,
            // {f}: material of the fixture's masterplan).
            Endpoint.api("GET", "/api/v1/masterplans/{id}/stages", "/api/v1/masterplans/{m}/stages", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/stages/{number}/close",
                    "/api/v1/masterplans/{m}/stages/1/close",
                    Map.of()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/outputs/{code}",
                    "/api/v1/masterplans/{m}/outputs/SWOT_GAP",
                    Map.of("done", true, "note", "Diubah")),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/sessions", "/api/v1/masterplans/{m}/sessions", null),
            Endpoint.api("POST", "/api/v1/masterplans/{id}/sessions", "/api/v1/masterplans/{m}/sessions", SESSION),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}",
                    "/api/v1/masterplans/{m}/sessions/{s}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}",
                    "/api/v1/masterplans/{m}/sessions/{s}",
                    SESSION),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}",
                    "/api/v1/masterplans/{m}/sessions/{s}",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/calendar.ics",
                    "/api/v1/masterplans/{m}/sessions/{s}/calendar.ics",
                    null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/participants", "/api/v1/masterplans/{m}/participants", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/participants",
                    "/api/v1/masterplans/{m}/participants",
                    Map.of("name", "Diubah", "category", "MEDIA")),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/attendance",
                    "/api/v1/masterplans/{m}/sessions/{s}/attendance",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/attendance",
                    "/api/v1/masterplans/{m}/sessions/{s}/attendance",
                    Map.of("participantIds", List.of())),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/attendance.xlsx",
                    "/api/v1/masterplans/{m}/sessions/{s}/attendance.xlsx",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/participants/{participantId}",
                    "/api/v1/masterplans/{m}/participants/{p}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/participants/{participantId}",
                    "/api/v1/masterplans/{m}/participants/{p}",
                    Map.of("name", "Diubah", "category", "MEDIA", "version", 0)),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/registrations",
                    "/api/v1/masterplans/{m}/sessions/{s}/registrations",
                    Map.of("participantIds", List.of())),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/attendance.pdf",
                    "/api/v1/masterplans/{m}/sessions/{s}/attendance.pdf",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/attendance.pdf",
                    "/masterplans/{m}/bimtek/sessions/{s}/attendance.pdf",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/materials",
                    "/api/v1/masterplans/{m}/sessions/{s}/materials",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/materials",
                    "/api/v1/masterplans/{m}/sessions/{s}/materials",
                    Map.of()),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/materials/{materialId}",
                    "/api/v1/masterplans/{m}/sessions/{s}/materials/{f}",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/bimtek", "/masterplans/{m}/bimtek", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/stages/{number}",
                    "/masterplans/{m}/bimtek/stages/1",
                    Map.of("plannedStart", "2027-01-01")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/outputs/{code}",
                    "/masterplans/{m}/bimtek/outputs/SWOT_GAP",
                    Map.of("done", "true")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/stages/{number}/close",
                    "/masterplans/{m}/bimtek/stages/1/close",
                    Map.of()),
            Endpoint.page("GET", "/masterplans/{id}/bimtek/sessions/new", "/masterplans/{m}/bimtek/sessions/new", null),
            Endpoint.page(
                    "POST", "/masterplans/{id}/bimtek/sessions", "/masterplans/{m}/bimtek/sessions", PAGE_SESSION),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}",
                    "/masterplans/{m}/bimtek/sessions/{s}",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/edit",
                    "/masterplans/{m}/bimtek/sessions/{s}/edit",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}",
                    "/masterplans/{m}/bimtek/sessions/{s}",
                    PAGE_SESSION),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/delete",
                    "/masterplans/{m}/bimtek/sessions/{s}/delete",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/agenda",
                    "/masterplans/{m}/bimtek/sessions/{s}/agenda",
                    Map.of("startsAt", "2027-06-05T09:00", "title", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/actions",
                    "/masterplans/{m}/bimtek/sessions/{s}/actions",
                    Map.of("description", "Diubah", "owner", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/attendance",
                    "/masterplans/{m}/bimtek/sessions/{s}/attendance",
                    Map.of("present", "{p}")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/materials",
                    "/masterplans/{m}/bimtek/sessions/{s}/materials",
                    Map.of()),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/materials/{materialId}",
                    "/masterplans/{m}/bimtek/sessions/{s}/materials/{f}",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/attendance.xlsx",
                    "/masterplans/{m}/bimtek/sessions/{s}/attendance.xlsx",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/calendar.ics",
                    "/masterplans/{m}/bimtek/sessions/{s}/calendar.ics",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/bimtek/participants", "/masterplans/{m}/bimtek/participants", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/participants",
                    "/masterplans/{m}/bimtek/participants",
                    Map.of("name", "Diubah", "category", "MEDIA")));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void everyRegionScopedEndpointIsInTheMatrix() {
        Set<String> scoped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p -> p.contains("{code}") || p.contains("{id}"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                                .map(RequestMethod::name)
                                .map(method -> method + " " + pattern)
                                .filter(endpoint -> !MASTER_DATA.contains(endpoint))
                                .forEach(scoped::add)));
        Set<String> covered = new TreeSet<>();
        MATRIX.forEach(e -> covered.add(e.method() + " " + e.mapping()));

        assertThat(covered).containsAll(scoped);
    }

    @Test
    void anotherRegionsResourcesAnswer404InApiAndPages() {
        Fixture own = fixture();
        Fixture other = fixture();
        String username = api.createUser("tenant", "REGION_ADMIN", own.region());
        String token = api.token(username, Api.PASSWORD);
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            int status = call(endpoint, other, token, session);
            if (status != 404) {
                leaks.add(endpoint + " answered " + status);
            }
        }

        assertThat(leaks).as("another region's data must answer 404").isEmpty();
        JsonNode offices = api.get("/api/v1/regions/" + other.region() + "/offices", api.adminToken())
                .json();
        assertThat(offices.toString())
                .contains("DISPAR")
                .doesNotContain("Diubah")
                .doesNotContain("BARU");
        assertThat(api.get("/api/v1/masterplans/" + other.masterplan(), api.adminToken())
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Masterplan " + other.region());
    }

    @Test
    void theSameReadsSucceedInTheUsersOwnRegion() {
        Fixture own = fixture();
        String username = api.createUser("tenant", "REGION_ADMIN", own.region());
        String token = api.token(username, Api.PASSWORD);
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        List<String> refused = new ArrayList<>();
        for (Endpoint endpoint : MATRIX) {
            if (endpoint.method().equals("GET")) {
                int status = call(endpoint, own, token, session);
                if (status != 200) {
                    refused.add(endpoint + " answered " + status);
                }
            }
        }

        assertThat(refused).isEmpty();
    }

    @Test
    void masterplanListsOnlyShowTheUsersRegions() {
        Fixture own = fixture();
        Fixture other = fixture();
        String token = api.tokenFor("VIEWER", own.region());

        JsonNode visible = api.get("/api/v1/masterplans", token).json();

        assertThat(visible.toString()).contains(own.region()).doesNotContain("\"" + other.region() + "\"");
        assertThat(api.pages()
                        .login(api.createUser("viewer", "VIEWER", own.region()), Api.PASSWORD)
                        .get("/")
                        .body())
                .contains("Masterplan " + own.region())
                .doesNotContain("Masterplan " + other.region());
    }

    @Test
    void expertsSeeTheirAssignedRegionsAndCoordinatorsSeeAllButNeitherChanges() {
        Fixture assigned = fixture();
        Fixture notAssigned = fixture();
        String expert = api.tokenFor("EXPERT", assigned.region());
        String coordinator = api.tokenFor("NATIONAL_COORDINATOR", null);
        String path = "/api/v1/masterplans/";

        assertThat(api.get(path + assigned.masterplan(), expert).status()).isEqualTo(200);
        assertThat(api.get(path + notAssigned.masterplan(), expert).status()).isEqualTo(404);
        assertThat(api.get(path + notAssigned.masterplan(), coordinator).status())
                .isEqualTo(200);
        JsonNode document = api.get(path + assigned.masterplan(), expert).json();
        assertThat(api.put(path + assigned.masterplan(), expert, document.toString())
                        .status())
                .isEqualTo(403);
        assertThat(api.put(path + assigned.masterplan(), coordinator, document.toString())
                        .status())
                .isEqualTo(403);
    }

    private int call(Endpoint endpoint, Fixture fixture, String token, Api.PageSession session) {
        String path = fixture.fill(endpoint.path());
        Map<String, Object> body = new HashMap<>();
        if (endpoint.body() != null) {
            endpoint.body().forEach((k, v) -> body.put(k, v instanceof String text ? fixture.fill(text) : v));
        }
        if (!endpoint.page()) {
            return switch (endpoint.method()) {
                case "GET" -> api.get(path, token).status();
                case "POST" -> api.post(path, token, body).status();
                case "PUT" -> api.put(path, token, body).status();
                case "DELETE" -> api.delete(path, token).status();
                default -> throw new IllegalArgumentException(endpoint.method());
            };
        }
        if (endpoint.method().equals("GET")) {
            // The single-row endpoint serves htmx only; every other page is a full page.
            return endpoint.mapping().endsWith("{officeCode}")
                    ? session.getHtmx(path).status()
                    : session.get(path).status();
        }
        Map<String, String> form = new HashMap<>();
        body.forEach((k, v) -> form.put(k, String.valueOf(v)));
        return session.submit("/", path, form).status();
    }

    private Fixture fixture() {
        String region = api.freshRegency();
        String editor = api.tokenFor("EDITOR", region);
        Api.Response created = api.post(
                "/api/v1/masterplans",
                editor,
                Map.of("regionCode", region, "startYear", 2026, "horizonYears", 5, "title", "Masterplan " + region));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long masterplan = created.json().get("id").asLong();
        String base = "/api/v1/masterplans/" + masterplan;
        Api.Response session = api.post(
                base + "/sessions",
                editor,
                Map.of(
                        "stage", 1,
                        "title", "Sesi " + region,
                        "startsAt", "2027-06-05T08:00:00+08:00",
                        "endsAt", "2027-06-05T16:00:00+08:00",
                        "mode", "OFFLINE"));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        long sessionId = session.json().get("id").asLong();
        Api.Response participant =
                api.post(base + "/participants", editor, Map.of("name", "Peserta " + region, "category", "ACADEMIA"));
        assertThat(participant.status()).as(participant.body()).isEqualTo(201);
        Api.Response material = api.upload(
                base + "/sessions/" + sessionId + "/materials",
                editor,
                "paparan.pdf",
                "%PDF-1.4 paparan".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(material.status()).as(material.body()).isEqualTo(201);
        return new Fixture(
                region,
                masterplan,
                sessionId,
                participant.json().get("id").asLong(),
                material.json().get("id").asLong());
    }

    record Fixture(String region, long masterplan, long session, long participant, long material) {

        String fill(String template) {
            return template.replace("{r}", region)
                    .replace("{m}", Long.toString(masterplan))
                    .replace("{s}", Long.toString(session))
                    .replace("{p}", Long.toString(participant))
                    .replace("{f}", Long.toString(material));
        }
    }

    record Endpoint(String method, String mapping, String path, Map<String, Object> body, boolean page) {

        static Endpoint api(String method, String mapping, String path, Map<String, Object> body) {
            return new Endpoint(method, mapping, path, body, false);
        }

        static Endpoint page(String method, String mapping, String path, Map<String, Object> body) {
            return new Endpoint(method, mapping, path, body, true);
        }

        @Override
        public String toString() {
            return (page ? "page " : "api ") + method + " " + path;
        }
    }
}
