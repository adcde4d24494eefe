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
    /** Budget ceilings for every year of a fixture masterplan (2026–2030). */
    private static final Map<String, Object> ROADMAP_CEILINGS =
            Map.of("2026", 5000, "2027", 5000, "2028", 5000, "2029", 5000, "2030", 5000);

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

    private static final Map<String, Object> COMMENT =
            Map.of("targetKind", "PROGRAMME", "targetKey", "P1", "text", "Diubah");

    private static final Map<String, Object> SIGNATORY =
            Map.of("name", "Diubah", "position", "Bupati", "role", "REGENT", "signedOn", "2026-01-05");
    private static final Map<String, Object> EVALUATION_SCORES =
            Map.of("baseline", 3, "output", 3, "outcome", 3, "impact", 3, "quick_win", 3);

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
            Endpoint.api("POST", "/api/v1/masterplans/{id}/adoption", "/api/v1/masterplans/{m}/adoption", Map.of()),
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
            Endpoint.page("POST", "/masterplans/{id}/adopt", "/masterplans/{m}/adopt", Map.of()),
            // analysis (Buku 1)
            Endpoint.api("GET", "/api/v1/masterplans/{id}/profile", "/api/v1/masterplans/{m}/profile", null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/profile",
                    "/api/v1/masterplans/{m}/profile",
                    Map.of("population", 1)),
            Endpoint.api(
                    "GET", "/api/v1/masterplans/{id}/readiness/swot", "/api/v1/masterplans/{m}/readiness/swot", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/readiness/swot",
                    "/api/v1/masterplans/{m}/readiness/swot",
                    Map.of("subElement", "struktur.sdm", "kind", "STRENGTH", "text", "Diubah")),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/readiness/swot/{swotId}",
                    "/api/v1/masterplans/{m}/readiness/swot/{s}",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/readiness/ratings",
                    "/api/v1/masterplans/{m}/readiness/ratings",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/readiness/ratings",
                    "/api/v1/masterplans/{m}/readiness/ratings",
                    Map.of("ratings", List.of(Map.of("subElement", "struktur.sdm", "current", 1, "required", 5)))),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/readiness/summary",
                    "/api/v1/masterplans/{m}/readiness/summary",
                    null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/problems", "/api/v1/masterplans/{m}/problems", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/problems",
                    "/api/v1/masterplans/{m}/problems",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/problems/{problemId}",
                    "/api/v1/masterplans/{m}/problems/{p}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/problems/{problemId}",
                    "/api/v1/masterplans/{m}/problems/{p}",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/problems/{problemId}",
                    "/api/v1/masterplans/{m}/problems/{p}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/problems/import",
                    "/api/v1/masterplans/{m}/problems/import",
                    Map.of()),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/problems/export.xlsx",
                    "/api/v1/masterplans/{m}/problems/export.xlsx",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/problems/template.xlsx",
                    "/api/v1/masterplans/{m}/problems/template.xlsx",
                    null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/potentials", "/api/v1/masterplans/{m}/potentials", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/potentials",
                    "/api/v1/masterplans/{m}/potentials",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/potentials/{potentialId}",
                    "/api/v1/masterplans/{m}/potentials/{o}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/potentials/{potentialId}",
                    "/api/v1/masterplans/{m}/potentials/{o}",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/potentials/{potentialId}",
                    "/api/v1/masterplans/{m}/potentials/{o}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/potentials/import",
                    "/api/v1/masterplans/{m}/potentials/import",
                    Map.of()),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/potentials/export.xlsx",
                    "/api/v1/masterplans/{m}/potentials/export.xlsx",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/potentials/template.xlsx",
                    "/api/v1/masterplans/{m}/potentials/template.xlsx",
                    null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/initiatives", "/api/v1/masterplans/{m}/initiatives", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/initiatives",
                    "/api/v1/masterplans/{m}/initiatives",
                    Map.of("name", "Diubah", "dimension", "governance", "type", "SERVICE")),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/initiatives/{initiativeId}",
                    "/api/v1/masterplans/{m}/initiatives/{i}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/initiatives/{initiativeId}",
                    "/api/v1/masterplans/{m}/initiatives/{i}",
                    Map.of("name", "Diubah", "dimension", "governance", "type", "SERVICE")),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/initiatives/{initiativeId}",
                    "/api/v1/masterplans/{m}/initiatives/{i}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/initiatives/import",
                    "/api/v1/masterplans/{m}/initiatives/import",
                    Map.of()),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/initiatives/export.xlsx",
                    "/api/v1/masterplans/{m}/initiatives/export.xlsx",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/initiatives/template.xlsx",
                    "/api/v1/masterplans/{m}/initiatives/template.xlsx",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/analysis", "/masterplans/{m}/analysis", null),
            Endpoint.page("GET", "/masterplans/{id}/profile", "/masterplans/{m}/profile", null),
            Endpoint.page("POST", "/masterplans/{id}/profile", "/masterplans/{m}/profile", Map.of("population", 1)),
            Endpoint.page("GET", "/masterplans/{id}/readiness", "/masterplans/{m}/readiness", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/readiness/ratings",
                    "/masterplans/{m}/readiness/ratings",
                    Map.of("subElement", "struktur.sdm", "current", 1, "required", 5)),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/readiness/swot",
                    "/masterplans/{m}/readiness/swot",
                    Map.of("subElement", "struktur.sdm", "kind", "STRENGTH", "text", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/readiness/swot/{swotId}/delete",
                    "/masterplans/{m}/readiness/swot/{s}/delete",
                    Map.of()),
            Endpoint.page("GET", "/masterplans/{id}/readiness/summary", "/masterplans/{m}/readiness/summary", null),
            Endpoint.page("GET", "/masterplans/{id}/readiness/radar.svg", "/masterplans/{m}/readiness/radar.svg", null),
            Endpoint.page("GET", "/masterplans/{id}/problems", "/masterplans/{m}/problems", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/problems",
                    "/masterplans/{m}/problems",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.page(
                    "GET", "/masterplans/{id}/problems/{itemId}/edit", "/masterplans/{m}/problems/{p}/edit", null),
            Endpoint.page("GET", "/masterplans/{id}/problems/{itemId}", "/masterplans/{m}/problems/{p}", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/problems/{itemId}",
                    "/masterplans/{m}/problems/{p}",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/problems/{itemId}/delete",
                    "/masterplans/{m}/problems/{p}/delete",
                    Map.of()),
            Endpoint.page("POST", "/masterplans/{id}/problems/import", "/masterplans/{m}/problems/import", Map.of()),
            Endpoint.page(
                    "GET", "/masterplans/{id}/problems/export.xlsx", "/masterplans/{m}/problems/export.xlsx", null),
            Endpoint.page(
                    "GET", "/masterplans/{id}/problems/template.xlsx", "/masterplans/{m}/problems/template.xlsx", null),
            Endpoint.page("GET", "/masterplans/{id}/potentials", "/masterplans/{m}/potentials", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/potentials",
                    "/masterplans/{m}/potentials",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.page(
                    "GET", "/masterplans/{id}/potentials/{itemId}/edit", "/masterplans/{m}/potentials/{o}/edit", null),
            Endpoint.page("GET", "/masterplans/{id}/potentials/{itemId}", "/masterplans/{m}/potentials/{o}", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/potentials/{itemId}",
                    "/masterplans/{m}/potentials/{o}",
                    Map.of("dimension", "governance", "title", "Diubah", "severity", 3)),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/potentials/{itemId}/delete",
                    "/masterplans/{m}/potentials/{o}/delete",
                    Map.of()),
            Endpoint.page(
                    "POST", "/masterplans/{id}/potentials/import", "/masterplans/{m}/potentials/import", Map.of()),
            Endpoint.page(
                    "GET", "/masterplans/{id}/potentials/export.xlsx", "/masterplans/{m}/potentials/export.xlsx", null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/potentials/template.xlsx",
                    "/masterplans/{m}/potentials/template.xlsx",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/initiatives", "/masterplans/{m}/initiatives", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/initiatives",
                    "/masterplans/{m}/initiatives",
                    Map.of("name", "Diubah", "dimension", "governance", "type", "SERVICE")),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/initiatives/{itemId}/edit",
                    "/masterplans/{m}/initiatives/{i}/edit",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/initiatives/{itemId}", "/masterplans/{m}/initiatives/{i}", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/initiatives/{itemId}",
                    "/masterplans/{m}/initiatives/{i}",
                    Map.of("name", "Diubah", "dimension", "governance", "type", "SERVICE")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/initiatives/{itemId}/delete",
                    "/masterplans/{m}/initiatives/{i}/delete",
                    Map.of()),
            Endpoint.page(
                    "POST", "/masterplans/{id}/initiatives/import", "/masterplans/{m}/initiatives/import", Map.of()),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/initiatives/export.xlsx",
                    "/masterplans/{m}/initiatives/export.xlsx",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/initiatives/template.xlsx",
                    "/masterplans/{m}/initiatives/template.xlsx",
                    null),
            // Programmes, prioritisation, strategy and the quality check. {g}: a goal id of the masterplan.
            Endpoint.api("GET", "/api/v1/masterplans/{id}/programmes", "/api/v1/masterplans/{m}/programmes", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/programmes",
                    "/api/v1/masterplans/{m}/programmes",
                    programme("BARU")),
            Endpoint.api(
                    "GET", "/api/v1/masterplans/{id}/programmes/{code}", "/api/v1/masterplans/{m}/programmes/P1", null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/programmes/export.xlsx",
                    "/api/v1/masterplans/{m}/programmes/export.xlsx",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/programmes/import",
                    "/api/v1/masterplans/{m}/programmes/import",
                    Map.of()),
            Endpoint.page(
                    "GET", "/masterplans/{id}/programmes/export.xlsx", "/masterplans/{m}/programmes/export.xlsx", null),
            Endpoint.page(
                    "POST", "/masterplans/{id}/programmes/import", "/masterplans/{m}/programmes/import", Map.of()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/programmes/{code}",
                    "/api/v1/masterplans/{m}/programmes/P1",
                    programme("P1")),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/programmes/{code}",
                    "/api/v1/masterplans/{m}/programmes/P2",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/programmes/{code}/scores",
                    "/api/v1/masterplans/{m}/programmes/P1/scores",
                    Map.of("IMPACT", 5)),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/prioritisation/criteria",
                    "/api/v1/masterplans/{m}/prioritisation/criteria",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/prioritisation/criteria",
                    "/api/v1/masterplans/{m}/prioritisation/criteria",
                    Map.of(
                            "criteria",
                            List.of(Map.of("code", "A", "name", "A"), Map.of("code", "B", "name", "B")),
                            "pairwise",
                            List.of(List.of(1, 3), List.of(1.0 / 3, 1)))),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/prioritisation/ranking",
                    "/api/v1/masterplans/{m}/prioritisation/ranking",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/prioritisation/quick-win-candidates",
                    "/api/v1/masterplans/{m}/prioritisation/quick-win-candidates",
                    null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/vision", "/api/v1/masterplans/{m}/vision", null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/vision",
                    "/api/v1/masterplans/{m}/vision",
                    Map.of("statement", "Diubah", "missions", List.of("Misi"))),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/goals", "/api/v1/masterplans/{m}/goals", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/goals",
                    "/api/v1/masterplans/{m}/goals",
                    Map.of("dimension", "governance", "statement", "Diubah")),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/goals/{goalId}", "/api/v1/masterplans/{m}/goals/{g}", null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/goals/{goalId}",
                    "/api/v1/masterplans/{m}/goals/{g}",
                    Map.of("dimension", "governance", "statement", "Diubah")),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/indicators", "/api/v1/masterplans/{m}/indicators", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/indicators",
                    "/api/v1/masterplans/{m}/indicators",
                    Map.of("catalogueCode", "EC:ICT:ICT:1C")),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/indicators/{indicatorId}",
                    "/api/v1/masterplans/{m}/indicators/{ind}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/indicators/{indicatorId}",
                    "/api/v1/masterplans/{m}/indicators/{ind}",
                    Map.of("goalId", "{g}", "catalogueCode", "EC:ICT:ICT:1C", "name", "Diubah")),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/indicators/{indicatorId}",
                    "/api/v1/masterplans/{m}/indicators/{ind2}",
                    null),
            Endpoint.api(
                    "DELETE", "/api/v1/masterplans/{id}/goals/{goalId}", "/api/v1/masterplans/{m}/goals/{g2}", null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/checks", "/api/v1/masterplans/{m}/checks", null),
            Endpoint.api(
                    "GET", "/api/v1/masterplans/{id}/alignment/items", "/api/v1/masterplans/{m}/alignment/items", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/alignment/items",
                    "/api/v1/masterplans/{m}/alignment/items",
                    Map.of("kind", "RPJMD_MISSION", "code", "M9", "title", "Diubah")),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/alignment/programmes/{code}",
                    "/api/v1/masterplans/{m}/alignment/programmes/P1",
                    Map.of("itemIds", List.of())),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/alignment/matrix",
                    "/api/v1/masterplans/{m}/alignment/matrix",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/alignment", "/masterplans/{m}/alignment", null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/alignment/items/export.xlsx",
                    "/api/v1/masterplans/{m}/alignment/items/export.xlsx",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/alignment/items/import",
                    "/api/v1/masterplans/{m}/alignment/items/import",
                    Map.of()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/alignment/items/{itemId}",
                    "/api/v1/masterplans/{m}/alignment/items/{ai}",
                    Map.of("title", "Diubah", "version", 0)),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/alignment/items/{itemId}",
                    "/api/v1/masterplans/{m}/alignment/items/{ai}?version=0",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/alignment/items/{itemId}",
                    "/masterplans/{m}/alignment/items/{ai}",
                    Map.of("title", "Diubah", "version", "0")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/alignment/items/{itemId}/delete",
                    "/masterplans/{m}/alignment/items/{ai}/delete",
                    Map.of("version", "0")),
            Endpoint.page(
                    "GET", "/masterplans/{id}/alignment/export.xlsx", "/masterplans/{m}/alignment/export.xlsx", null),
            Endpoint.page("POST", "/masterplans/{id}/alignment/import", "/masterplans/{m}/alignment/import", Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/alignment/items",
                    "/masterplans/{m}/alignment/items",
                    Map.of("kind", "RPJMD_MISSION", "code", "M9", "title", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/alignment/programmes",
                    "/masterplans/{m}/alignment/programmes",
                    Map.of("programmeCode", "P1")),
            Endpoint.page("GET", "/masterplans/{id}/programmes", "/masterplans/{m}/programmes", null),
            Endpoint.page("GET", "/masterplans/{id}/programmes/new", "/masterplans/{m}/programmes/new", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/programmes",
                    "/masterplans/{m}/programmes",
                    Map.of("code", "BARU", "name", "Diubah")),
            Endpoint.page(
                    "GET", "/masterplans/{id}/programmes/{code}/edit", "/masterplans/{m}/programmes/P1/edit", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/programmes/{code}",
                    "/masterplans/{m}/programmes/P1",
                    Map.of("code", "P1", "name", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/programmes/{code}/delete",
                    "/masterplans/{m}/programmes/P2/delete",
                    Map.of()),
            Endpoint.page("GET", "/masterplans/{id}/prioritisation", "/masterplans/{m}/prioritisation", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/prioritisation",
                    "/masterplans/{m}/prioritisation",
                    Map.of("p_0_1", "3")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/prioritisation/scores",
                    "/masterplans/{m}/prioritisation/scores",
                    Map.of("s|P1|IMPACT", "5")),
            Endpoint.page("GET", "/masterplans/{id}/strategy", "/masterplans/{m}/strategy", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/strategy/vision",
                    "/masterplans/{m}/strategy/vision",
                    Map.of("statement", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/strategy/goals",
                    "/masterplans/{m}/strategy/goals",
                    Map.of("dimension", "governance", "statement", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/strategy/indicators",
                    "/masterplans/{m}/strategy/indicators",
                    Map.of("goalId", "{g}", "catalogueCode", "EC:ICT:ICT:1C")),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/strategy/indicators/{indicatorId}/edit",
                    "/masterplans/{m}/strategy/indicators/{ind}/edit",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/strategy/indicators/{indicatorId}",
                    "/masterplans/{m}/strategy/indicators/{ind}",
                    Map.of("goalId", "{g}", "catalogueCode", "EC:ICT:ICT:1C", "name", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/strategy/indicators/{indicatorId}/delete",
                    "/masterplans/{m}/strategy/indicators/{ind2}/delete",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/strategy/goals/{goalId}/delete",
                    "/masterplans/{m}/strategy/goals/{g2}/delete",
                    Map.of()),
            Endpoint.page("GET", "/masterplans/{id}/checks", "/masterplans/{m}/checks", null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/roadmap", "/api/v1/masterplans/{m}/roadmap", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/roadmap/optimisations",
                    "/api/v1/masterplans/{m}/roadmap/optimisations",
                    Map.of("budgetCeilings", ROADMAP_CEILINGS)),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/roadmap/optimisations",
                    "/api/v1/masterplans/{m}/roadmap/optimisations",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/roadmap/optimisations/{runId}",
                    "/api/v1/masterplans/{m}/roadmap/optimisations/{run}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/roadmap/optimisations/{runId}/cancel",
                    "/api/v1/masterplans/{m}/roadmap/optimisations/{run}/cancel",
                    Map.of()),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/roadmap/optimisations/{runId}/adopt",
                    "/api/v1/masterplans/{m}/roadmap/optimisations/{run}/adopt",
                    Map.of()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/roadmap/entries/{code}",
                    "/api/v1/masterplans/{m}/roadmap/entries/P1",
                    Map.of("startYear", 2027, "version", 0)),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/roadmap/scenarios",
                    "/api/v1/masterplans/{m}/roadmap/scenarios",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/roadmap/scenarios",
                    "/api/v1/masterplans/{m}/roadmap/scenarios",
                    Map.of("name", "Diubah", "budgetCeilings", ROADMAP_CEILINGS)),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/roadmap/scenarios/{scenarioId}",
                    "/api/v1/masterplans/{m}/roadmap/scenarios/{sc}",
                    null),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/roadmap/scenarios/{scenarioId}",
                    "/api/v1/masterplans/{m}/roadmap/scenarios/{sc}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/roadmap/scenarios/{scenarioId}/optimisations",
                    "/api/v1/masterplans/{m}/roadmap/scenarios/{sc}/optimisations",
                    Map.of()),
            Endpoint.page("GET", "/masterplans/{id}/roadmap", "/masterplans/{m}/roadmap", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/roadmap/optimisations",
                    "/masterplans/{m}/roadmap/optimisations",
                    Map.of("ceiling-2026", "1000")),
            Endpoint.page("GET", "/masterplans/{id}/roadmap/runs/{runId}", "/masterplans/{m}/roadmap/runs/{run}", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/roadmap/runs/{runId}/cancel",
                    "/masterplans/{m}/roadmap/runs/{run}/cancel",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/roadmap/runs/{runId}/prove",
                    "/masterplans/{m}/roadmap/runs/{run}/prove",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/roadmap/runs/{runId}/adopt",
                    "/masterplans/{m}/roadmap/runs/{run}/adopt",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/roadmap/scenarios/{scenarioId}/run",
                    "/masterplans/{m}/roadmap/scenarios/{sc}/run",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/roadmap/scenarios/{scenarioId}/delete",
                    "/masterplans/{m}/roadmap/scenarios/{sc}/delete",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/roadmap/entries/{code}",
                    "/masterplans/{m}/roadmap/entries/P1",
                    Map.of("startYear", "2027", "version", "0")),
            // Publication: books, narratives, versions ({ver}: a draft version)
            Endpoint.api("GET", "/api/v1/masterplans/{id}/documents", "/api/v1/masterplans/{m}/documents", null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/documents/{book}.{format}",
                    "/api/v1/masterplans/{m}/documents/quick-win.pdf",
                    null),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/narratives", "/api/v1/masterplans/{m}/narratives", null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/narratives/{chapterCode}",
                    "/api/v1/masterplans/{m}/narratives/buku1.latar-belakang",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/narratives/{chapterCode}",
                    "/api/v1/masterplans/{m}/narratives/buku1.latar-belakang",
                    Map.of("text", "Diubah")),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/versions", "/api/v1/masterplans/{m}/versions", null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/versions",
                    "/api/v1/masterplans/{m}/versions",
                    Map.of("label", "Diubah")),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/versions/{versionId}",
                    "/api/v1/masterplans/{m}/versions/{ver}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/versions/{versionId}",
                    "/api/v1/masterplans/{m}/versions/{ver}",
                    Map.of("label", "Diubah")),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/versions/{versionId}",
                    "/api/v1/masterplans/{m}/versions/{ver}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/versions/{versionId}/approval",
                    "/api/v1/masterplans/{m}/versions/{ver}/approval",
                    Map.of()),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/versions/{versionId}/documents/{book}.{format}",
                    "/api/v1/masterplans/{m}/versions/{ver}/documents/quick-win.docx",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/versions/{a}/diff/{b}",
                    "/api/v1/masterplans/{m}/versions/{ver}/diff/{ver}",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/books", "/masterplans/{m}/books", null),
            Endpoint.page(
                    "GET", "/masterplans/{id}/books/{book}.{format}", "/masterplans/{m}/books/quick-win.docx", null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/books/versions/{versionId}/{book}.{format}",
                    "/masterplans/{m}/books/versions/{ver}/quick-win.pdf",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/books/narratives/{code}",
                    "/masterplans/{m}/books/narratives/buku2.penutup",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/books/narratives/{code}",
                    "/masterplans/{m}/books/narratives/buku2.penutup",
                    Map.of("text", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/books/versions",
                    "/masterplans/{m}/books/versions",
                    Map.of("label", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/books/versions/{versionId}/approval",
                    "/masterplans/{m}/books/versions/{ver}/approval",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/books/versions/{versionId}/delete",
                    "/masterplans/{m}/books/versions/{ver}/delete",
                    Map.of()),
            Endpoint.page(
                    "GET", "/masterplans/{id}/books/diff", "/masterplans/{m}/books/diff?from={ver}&to={ver}", null),
            // Bimtek: stages, sessions, participants, attendance, materials ({ses}: session, {par}: participant,
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
                    "/api/v1/masterplans/{m}/sessions/{ses}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}",
                    "/api/v1/masterplans/{m}/sessions/{ses}",
                    SESSION),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}",
                    "/api/v1/masterplans/{m}/sessions/{ses}",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/calendar.ics",
                    "/api/v1/masterplans/{m}/sessions/{ses}/calendar.ics",
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
                    "/api/v1/masterplans/{m}/sessions/{ses}/attendance",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/attendance",
                    "/api/v1/masterplans/{m}/sessions/{ses}/attendance",
                    Map.of("participantIds", List.of())),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/attendance.xlsx",
                    "/api/v1/masterplans/{m}/sessions/{ses}/attendance.xlsx",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/participants/{participantId}",
                    "/api/v1/masterplans/{m}/participants/{par}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/participants/{participantId}",
                    "/api/v1/masterplans/{m}/participants/{par}",
                    Map.of("name", "Diubah", "category", "MEDIA", "version", 0)),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/registrations",
                    "/api/v1/masterplans/{m}/sessions/{ses}/registrations",
                    Map.of("participantIds", List.of())),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/attendance.pdf",
                    "/api/v1/masterplans/{m}/sessions/{ses}/attendance.pdf",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/attendance.pdf",
                    "/masterplans/{m}/bimtek/sessions/{ses}/attendance.pdf",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/materials",
                    "/api/v1/masterplans/{m}/sessions/{ses}/materials",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/materials",
                    "/api/v1/masterplans/{m}/sessions/{ses}/materials",
                    Map.of()),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/materials/{materialId}",
                    "/api/v1/masterplans/{m}/sessions/{ses}/materials/{f}",
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
                    "/masterplans/{m}/bimtek/sessions/{ses}",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/edit",
                    "/masterplans/{m}/bimtek/sessions/{ses}/edit",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}",
                    "/masterplans/{m}/bimtek/sessions/{ses}",
                    PAGE_SESSION),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/delete",
                    "/masterplans/{m}/bimtek/sessions/{ses}/delete",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/agenda",
                    "/masterplans/{m}/bimtek/sessions/{ses}/agenda",
                    Map.of("startsAt", "2027-06-05T09:00", "title", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/actions",
                    "/masterplans/{m}/bimtek/sessions/{ses}/actions",
                    Map.of("description", "Diubah", "owner", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/attendance",
                    "/masterplans/{m}/bimtek/sessions/{ses}/attendance",
                    Map.of("present", "{par}")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/materials",
                    "/masterplans/{m}/bimtek/sessions/{ses}/materials",
                    Map.of()),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/materials/{materialId}",
                    "/masterplans/{m}/bimtek/sessions/{ses}/materials/{f}",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/attendance.xlsx",
                    "/masterplans/{m}/bimtek/sessions/{ses}/attendance.xlsx",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/calendar.ics",
                    "/masterplans/{m}/bimtek/sessions/{ses}/calendar.ics",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/inputs",
                    "/api/v1/masterplans/{m}/sessions/{ses}/inputs",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/inputs",
                    "/api/v1/masterplans/{m}/sessions/{ses}/inputs",
                    Map.of("kind", "COMMENT", "text", "Diubah")),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/inputs/comments/{commentId}",
                    "/api/v1/masterplans/{m}/sessions/{ses}/inputs/comments/{cmt}",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/inputs",
                    "/masterplans/{m}/bimtek/sessions/{ses}/inputs",
                    Map.of("kind", "COMMENT", "text", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/inputs/comments/{commentId}/delete",
                    "/masterplans/{m}/bimtek/sessions/{ses}/inputs/comments/{cmt}/delete",
                    Map.of()),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/cohort", "/api/v1/masterplans/{m}/cohort", null),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/participants/{participantId}",
                    "/api/v1/masterplans/{m}/participants/{par}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/agenda",
                    "/api/v1/masterplans/{m}/sessions/{ses}/agenda",
                    Map.of("startsAt", "2027-06-05T09:00:00+08:00", "title", "Diubah")),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/agenda/{index}",
                    "/api/v1/masterplans/{m}/sessions/{ses}/agenda/0",
                    Map.of("startsAt", "2027-06-05T09:00:00+08:00", "title", "Diubah")),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/agenda/{index}",
                    "/api/v1/masterplans/{m}/sessions/{ses}/agenda/0",
                    null),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/registrations/{participantId}",
                    "/api/v1/masterplans/{m}/sessions/{ses}/registrations/{par}",
                    null),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/sessions/{sessionId}/materials/{materialId}",
                    "/api/v1/masterplans/{m}/sessions/{ses}/materials/{f}",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/participants/{participantId}",
                    "/masterplans/{m}/bimtek/participants/{par}",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/participants/{participantId}/edit",
                    "/masterplans/{m}/bimtek/participants/{par}/edit",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/participants/{participantId}",
                    "/masterplans/{m}/bimtek/participants/{par}",
                    Map.of("name", "Diubah", "category", "MEDIA", "version", "0")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/participants/{participantId}/delete",
                    "/masterplans/{m}/bimtek/participants/{par}/delete",
                    Map.of()),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/agenda/{index}/edit",
                    "/masterplans/{m}/bimtek/sessions/{ses}/agenda/0/edit",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/agenda/{index}",
                    "/masterplans/{m}/bimtek/sessions/{ses}/agenda/0",
                    Map.of("startsAt", "2027-06-05T09:00", "title", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/agenda/{index}/delete",
                    "/masterplans/{m}/bimtek/sessions/{ses}/agenda/0/delete",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/registrations",
                    "/masterplans/{m}/bimtek/sessions/{ses}/registrations",
                    Map.of("participant", "{par}")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/registrations/{participantId}/delete",
                    "/masterplans/{m}/bimtek/sessions/{ses}/registrations/{par}/delete",
                    Map.of()),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/sessions/{sessionId}/materials/{materialId}/delete",
                    "/masterplans/{m}/bimtek/sessions/{ses}/materials/{f}/delete",
                    Map.of()),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/cohort",
                    "/api/v1/masterplans/{m}/cohort",
                    Map.of("cohortYear", 2024)),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/cohort",
                    "/masterplans/{m}/bimtek/cohort",
                    Map.of("cohortYear", "2024")),
            Endpoint.page("GET", "/masterplans/{id}/bimtek/participants", "/masterplans/{m}/bimtek/participants", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/bimtek/participants",
                    "/masterplans/{m}/bimtek/participants",
                    Map.of("name", "Diubah", "category", "MEDIA")),
            // Review comments ({cm}: a comment of the fixture) and the commitment sheet ({sig}: a signatory).
            Endpoint.api("GET", "/api/v1/masterplans/{id}/comments", "/api/v1/masterplans/{m}/comments", null),
            Endpoint.api("POST", "/api/v1/masterplans/{id}/comments", "/api/v1/masterplans/{m}/comments", COMMENT),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/comments/{commentId}",
                    "/api/v1/masterplans/{m}/comments/{cm}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/comments/{commentId}",
                    "/api/v1/masterplans/{m}/comments/{cm}",
                    Map.of("text", "Diubah", "version", 0)),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/comments/{commentId}",
                    "/api/v1/masterplans/{m}/comments/{cm}",
                    null),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/comments/{commentId}/replies",
                    "/api/v1/masterplans/{m}/comments/{cm}/replies",
                    Map.of("text", "Diubah")),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/comments/{commentId}/resolution",
                    "/api/v1/masterplans/{m}/comments/{cm}/resolution",
                    Map.of("resolved", true)),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/commitments", "/api/v1/masterplans/{m}/commitments", null),
            Endpoint.api(
                    "POST", "/api/v1/masterplans/{id}/commitments", "/api/v1/masterplans/{m}/commitments", SIGNATORY),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/commitments/{commitmentId}",
                    "/api/v1/masterplans/{m}/commitments/{sig}",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/review", "/masterplans/{m}/review", null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/review/thread",
                    "/masterplans/{m}/review/thread?targetKind=PROGRAMME&targetKey=P1",
                    null),
            Endpoint.page("POST", "/masterplans/{id}/review/thread", "/masterplans/{m}/review/thread", COMMENT),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/review/comments/{commentId}/replies",
                    "/masterplans/{m}/review/comments/{cm}/replies",
                    Map.of("text", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/review/comments/{commentId}/edit",
                    "/masterplans/{m}/review/comments/{cm}/edit",
                    Map.of("text", "Diubah")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/review/comments/{commentId}/resolution",
                    "/masterplans/{m}/review/comments/{cm}/resolution",
                    Map.of("resolved", "true")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/review/comments/{commentId}/delete",
                    "/masterplans/{m}/review/comments/{cm}/delete",
                    Map.of()),
            Endpoint.page("GET", "/masterplans/{id}/commitments", "/masterplans/{m}/commitments", null),
            Endpoint.page("POST", "/masterplans/{id}/commitments", "/masterplans/{m}/commitments", SIGNATORY),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/commitments/{commitmentId}/delete",
                    "/masterplans/{m}/commitments/{sig}/delete",
                    Map.of()),
            // monitoring and evaluation
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/indicators/{indicatorId}/realisations/{year}",
                    "/api/v1/masterplans/{m}/indicators/{ind}/realisations/2026",
                    Map.of("value", 1)),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/programmes/{code}/progress/{year}",
                    "/api/v1/masterplans/{m}/programmes/P1/progress/2026",
                    Map.of("status", "ON_TRACK", "percentComplete", 10)),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/monitoring/{year}",
                    "/api/v1/masterplans/{m}/monitoring/2026",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/monitoring/{year}/due",
                    "/api/v1/masterplans/{m}/monitoring/2026/due",
                    null),
            Endpoint.api(
                    "GET",
                    "/api/v1/regions/{code}/monitoring/contributors",
                    "/api/v1/regions/{r}/monitoring/contributors",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/regions/{code}/monitoring/contributors/{username}",
                    "/api/v1/regions/{r}/monitoring/contributors/someone",
                    Map.of("officeCode", "DLH")),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/evaluations",
                    "/api/v1/masterplans/{m}/evaluations",
                    Map.of("year", 2027, "scores", EVALUATION_SCORES)),
            Endpoint.api("GET", "/api/v1/masterplans/{id}/evaluations", "/api/v1/masterplans/{m}/evaluations", null),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/evaluations/{evaluationId}",
                    "/api/v1/masterplans/{m}/evaluations/{ev}",
                    null),
            Endpoint.api(
                    "PUT",
                    "/api/v1/masterplans/{id}/evaluations/{evaluationId}",
                    "/api/v1/masterplans/{m}/evaluations/{ev}",
                    Map.of("year", 2027, "scores", EVALUATION_SCORES, "version", 0)),
            Endpoint.api(
                    "DELETE",
                    "/api/v1/masterplans/{id}/evaluations/{evaluationId}",
                    "/api/v1/masterplans/{m}/evaluations/{ev}",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/monitoring", "/masterplans/{m}/monitoring?year=2026", null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/monitoring/{year}/indicators/{indicatorId}/edit",
                    "/masterplans/{m}/monitoring/2026/indicators/{ind}/edit",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/monitoring/{year}/indicators/{indicatorId}",
                    "/masterplans/{m}/monitoring/2026/indicators/{ind}",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/monitoring/{year}/indicators/{indicatorId}",
                    "/masterplans/{m}/monitoring/2026/indicators/{ind}",
                    Map.of("value", "1")),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/monitoring/{year}/programmes/{code}/edit",
                    "/masterplans/{m}/monitoring/2026/programmes/P1/edit",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/monitoring/{year}/programmes/{code}",
                    "/masterplans/{m}/monitoring/2026/programmes/P1",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/monitoring/{year}/programmes/{code}",
                    "/masterplans/{m}/monitoring/2026/programmes/P1",
                    Map.of("status", "ON_TRACK", "percentComplete", "10")),
            Endpoint.page(
                    "GET",
                    "/open-data/masterplans/{id}/indicators.csv",
                    "/open-data/masterplans/{m}/indicators.csv",
                    null),
            Endpoint.page(
                    "GET",
                    "/open-data/masterplans/{id}/indicators.json",
                    "/open-data/masterplans/{m}/indicators.json",
                    null),
            Endpoint.page(
                    "POST", "/masterplans/{id}/open-data", "/masterplans/{m}/open-data", Map.of("published", "true")),
            Endpoint.api(
                    "POST",
                    "/api/v1/masterplans/{id}/indicators/{indicatorId}/realisations/{year}/evidence",
                    "/api/v1/masterplans/{m}/indicators/{ind}/realisations/2026/evidence",
                    Map.of()),
            Endpoint.api(
                    "GET",
                    "/api/v1/masterplans/{id}/indicators/{indicatorId}/realisations/{year}/evidence",
                    "/api/v1/masterplans/{m}/indicators/{ind}/realisations/2026/evidence",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/monitoring/{year}/indicators/{indicatorId}/evidence",
                    "/masterplans/{m}/monitoring/2026/indicators/{ind}/evidence",
                    Map.of()),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/monitoring/{year}/indicators/{indicatorId}/evidence",
                    "/masterplans/{m}/monitoring/2026/indicators/{ind}/evidence",
                    null),
            Endpoint.page("GET", "/masterplans/{id}/evaluations", "/masterplans/{m}/evaluations", null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/evaluations",
                    "/masterplans/{m}/evaluations",
                    Map.of("year", "2027", "score_baseline", "3")),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/evaluations/{evaluationId}/edit",
                    "/masterplans/{m}/evaluations/{ev}/edit",
                    null),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/evaluations/{evaluationId}",
                    "/masterplans/{m}/evaluations/{ev}",
                    Map.of("year", "2027", "score_baseline", "3", "version", "0")),
            Endpoint.page(
                    "POST",
                    "/masterplans/{id}/evaluations/{evaluationId}/delete",
                    "/masterplans/{m}/evaluations/{ev}/delete",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/evaluations/{evaluationId}/report.pdf",
                    "/masterplans/{m}/evaluations/{ev}/report.pdf",
                    null),
            Endpoint.page(
                    "GET",
                    "/masterplans/{id}/evaluations/{evaluationId}/report.docx",
                    "/masterplans/{m}/evaluations/{ev}/report.docx",
                    null));

    private static Map<String, Object> programme(String code) {
        return Map.of(
                "code",
                code,
                "name",
                "Diubah",
                "dimension",
                "governance",
                "ownerOffice",
                "DISKOMINFO",
                "durationYears",
                1,
                "costs",
                List.of(1000),
                "fundingSource",
                "APBD",
                "version",
                0);
    }

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
        Map<String, Object> issue = Map.of("dimension", "governance", "title", "Masalah " + region, "severity", 3);
        Map<String, Long> items = new java.util.HashMap<>();
        items.put("{p}", id(api.post(base + "/problems", editor, issue)));
        items.put("{o}", id(api.post(base + "/potentials", editor, issue)));
        items.put(
                "{i}",
                id(api.post(
                        base + "/initiatives",
                        editor,
                        Map.of("name", "Aplikasi", "dimension", "governance", "type", "APPLICATION"))));
        items.put(
                "{s}",
                id(api.post(
                        base + "/readiness/swot",
                        editor,
                        Map.of("subElement", "struktur.sdm", "kind", "STRENGTH", "text", "Kuat"))));
        items.put(
                "{g}",
                id(api.post(
                        base + "/goals",
                        editor,
                        Map.of("dimension", "governance", "statement", "Layanan publik daring"))));
        items.put(
                "{ai}",
                id(api.post(
                        base + "/alignment/items",
                        editor,
                        Map.of("kind", "RPJMD_MISSION", "code", "M1", "title", "Misi " + region))));
        items.put(
                "{g2}",
                id(api.post(
                        base + "/goals",
                        editor,
                        Map.of("dimension", "governance", "statement", "Tujuan untuk dihapus"))));
        for (String key : List.of("{ind}", "{ind2}")) {
            items.put(
                    key,
                    id(api.post(
                            base + "/indicators",
                            editor,
                            Map.of("goalId", items.get("{g}"), "catalogueCode", "EC:ICT:ICT:1C"))));
        }
        for (String code : List.of("P1", "P2")) {
            Api.Response programme = api.post(base + "/programmes", editor, programme(code));
            assertThat(programme.status()).as(programme.body()).isEqualTo(201);
        }
        String realisation = base + "/indicators/" + items.get("{ind}") + "/realisations/2026";
        assertThat(api.put(realisation, editor, Map.of("value", 1)).status()).isEqualTo(200);
        assertThat(api.upload(
                                realisation + "/evidence",
                                editor,
                                "bukti.pdf",
                                "%PDF-1.4 bukti".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .status())
                .isEqualTo(201);
        items.put(
                "{ev}",
                id(api.post(
                        base + "/evaluations",
                        api.tokenFor("REGION_ADMIN", region),
                        Map.of("year", 2026, "scores", EVALUATION_SCORES))));
        long[] roadmap = roadmap(editor, masterplan);
        items.put("{run}", roadmap[0]);
        items.put("{sc}", roadmap[1]);
        Api.Response session = api.post(
                base + "/sessions",
                editor,
                Map.of(
                        "stage",
                        1,
                        "title",
                        "Sesi " + region,
                        "startsAt",
                        "2027-06-05T08:00:00+08:00",
                        "endsAt",
                        "2027-06-05T16:00:00+08:00",
                        "mode",
                        "OFFLINE",
                        "agenda",
                        List.of(Map.of("startsAt", "2027-06-05T08:00:00+08:00", "title", "Pembukaan"))));
        long sessionId = id(session);
        items.put("{ses}", sessionId);
        items.put(
                "{par}",
                id(api.post(
                        base + "/participants", editor, Map.of("name", "Peserta " + region, "category", "ACADEMIA"))));
        items.put(
                "{cmt}",
                id(api.post(
                        base + "/sessions/" + sessionId + "/inputs",
                        editor,
                        Map.of("kind", "COMMENT", "text", "Komentar " + region))));
        items.put(
                "{f}",
                id(api.upload(
                        base + "/sessions/" + sessionId + "/materials",
                        editor,
                        "paparan.pdf",
                        "%PDF-1.4 paparan".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        items.put("{ver}", id(api.post(base + "/versions", editor, Map.of("label", "Draf " + region))));
        items.put("{cm}", id(api.post(base + "/comments", editor, COMMENT)));
        items.put("{sig}", id(api.post(base + "/commitments", editor, SIGNATORY)));
        return new Fixture(region, masterplan, items);
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A scenario and its finished, adopted run; returns their ids. */
    private long[] roadmap(String editor, long masterplan) {
        String base = "/api/v1/masterplans/" + masterplan + "/roadmap";
        long scenarioId = id(api.post(
                base + "/scenarios", editor, Map.of("name", "Pagu tetap", "budgetCeilings", ROADMAP_CEILINGS)));
        long runId = api.post(base + "/scenarios/" + scenarioId + "/optimisations", editor, Map.of())
                .json()
                .get("id")
                .asLong();
        for (int i = 0;
                i < 100
                        && !api.get(base + "/optimisations/" + runId, editor)
                                .json()
                                .get("state")
                                .asString()
                                .equals("DONE");
                i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Api.Response adopted = api.post(base + "/optimisations/" + runId + "/adopt", editor, Map.of());
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return new long[] {runId, scenarioId};
    }

    /**
     * A region with a masterplan and one item of each kind: analysis ({p}, {o}, {i}, {s}), goals
     * ({g}, and {g2} for deletions) with indicators ({ind}, and {ind2} for deletions), programmes P1 and P2, a roadmap run ({run}) of a scenario ({sc}), and a Bimtek session
     * ({ses}) with a participant ({par}), a comment ({cmt}) and a material ({f}), and a draft version ({ver}) of
     * its books.
     */
    record Fixture(String region, long masterplan, Map<String, Long> items) {

        String fill(String template) {
            String filled = template.replace("{r}", region).replace("{m}", Long.toString(masterplan));
            for (Map.Entry<String, Long> item : items.entrySet()) {
                filled = filled.replace(item.getKey(), Long.toString(item.getValue()));
            }
            return filled;
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
