package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import id.rancang.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MonitoringApiIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String base;
    long masterplan;
    long goal;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        region = plan.region();
        editor = plan.token();
        masterplan = plan.id();
        base = plan.base();
        goal = id(api.post(
                base + "/goals", editor, Map.of("dimension", "governance", "statement", "Layanan publik daring")));
    }

    private static long id(Api.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void programme(String code, String dimension, String office) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Program " + code);
        body.put("dimension", dimension);
        body.put("ownerOffice", office);
        body.put("startYear", 2026);
        body.put("durationYears", 2);
        body.put("costs", List.of(1_000_000_000L, 500_000_000L));
        body.put("fundingSource", "APBD");
        Api.Response created = api.post(base + "/programmes", editor, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private long indicator(String direction, Map<String, Object> targets, String programmeCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("goalId", goal);
        body.put("name", "Indikator " + direction);
        body.put("unit", "persen");
        body.put("direction", direction);
        body.put("targets", targets);
        if (programmeCode != null) {
            body.put("programmeCode", programmeCode);
        }
        return id(api.post(base + "/indicators", editor, body));
    }

    private Api.Response progress(String token, String code, int year, Object body) {
        return api.put(base + "/programmes/" + code + "/progress/" + year, token, body);
    }

    @Test
    void achievementFollowsTheDirectionOfEachIndicator() {
        long higher = indicator("HIGHER_IS_BETTER", Map.of("2027", 12), null);
        long lower = indicator("LOWER_IS_BETTER", Map.of("2027", 20), null);

        Api.Response saved = api.put(
                base + "/indicators/" + higher + "/realisations/2027",
                editor,
                Map.of("value", 10, "note", "Data Diskominfo", "evidenceUrl", "https://data.example.go.id/2027"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.put(base + "/indicators/" + lower + "/realisations/2027", editor, Map.of("value", 18))
                        .status())
                .isEqualTo(200);

        JsonNode report = api.get(base + "/monitoring/2027", editor).json();
        Map<Long, JsonNode> byId = new HashMap<>();
        report.get("indicators").forEach(i -> byId.put(i.get("id").asLong(), i));
        assertThat(byId.get(higher).get("target").decimalValue()).isEqualByComparingTo("12");
        assertThat(byId.get(higher).get("actual").decimalValue()).isEqualByComparingTo("10");
        assertThat(byId.get(higher).get("achievementPercent").decimalValue()).isEqualByComparingTo("83.33");
        assertThat(byId.get(lower).get("achievementPercent").decimalValue()).isEqualByComparingTo("110");
        assertThat(report.get("averageAchievement").decimalValue()).isEqualByComparingTo("96.67");
    }

    @Test
    void aRealisationCanBeCorrectedAndIsAudited() {
        long indicator = indicator("HIGHER_IS_BETTER", Map.of("2026", 100), null);
        String path = base + "/indicators/" + indicator + "/realisations/2026";
        api.put(path, editor, Map.of("value", 40));
        api.put(path, editor, Map.of("value", 50, "note", "Dikoreksi"));

        JsonNode report = api.get(base + "/monitoring/2026", editor).json();
        assertThat(report.get("indicators").get(0).get("actual").decimalValue()).isEqualByComparingTo("50");
        assertThat(api.get("/api/v1/regions/" + region + "/audit", api.tokenFor("REGION_ADMIN", region))
                        .body())
                .contains("realisation");
    }

    @Test
    void anActualValueOrABudgetTooLargeToStoreIsRefusedWith422NamingTheField() {
        long indicator = indicator("HIGHER_IS_BETTER", Map.of("2026", 100), null);
        String path = base + "/indicators/" + indicator + "/realisations/2026";

        for (String body :
                new String[] {"{\"value\":1e308}", "{\"value\":12345678901234567890}", "{\"value\":1.23456}"}) {
            Api.Response refused = api.put(path, editor, body);
            assertThat(refused.status()).as(body + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("value");
        }
        assertThat(api.put(path, editor, "{\"value\":1e308}").body()).contains("paling banyak 16 angka sebelum koma");
        Api.Response largest = api.put(path, editor, "{\"value\":9999999999999999.9999}");
        assertThat(largest.status()).as(largest.body()).isEqualTo(200);
        assertThat(api.get(base + "/monitoring/2026", editor).body()).contains("\"actual\":9999999999999999.9999");

        programme("B1", "governance", "DISKOMINFO");
        Api.Response budget = api.put(
                base + "/programmes/B1/progress/2026",
                editor,
                "{\"status\":\"ON_TRACK\",\"percentComplete\":20,\"budgetRealised\":9223372036854775807}");
        assertThat(budget.status()).as(budget.body()).isEqualTo(422);
        assertThat(budget.json().get("errors").get(0).get("field").asString()).isEqualTo("budgetRealised");
        assertThat(budget.body()).contains("Realisasi anggaran harus antara Rp 0 dan Rp 1.000.000.000.000.000");
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefusedWith409AndWithoutAVersionItReplaces() {
        long indicator = indicator("HIGHER_IS_BETTER", Map.of("2026", 100), null);
        String path = base + "/indicators/" + indicator + "/realisations/2026";

        Api.Response first = api.put(path, editor, Map.of("value", 40, "version", 0));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("version").asLong()).isEqualTo(1);
        Api.Response stale = api.put(path, editor, Map.of("value", 45, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Orang lain mencatat realisasi");
        assertThat(api.put(path, editor, Map.of("value", 50, "version", 1))
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.put(path, editor, Map.of("value", 55))
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(3);
        JsonNode shown = api.get(base + "/monitoring/2026", editor)
                .json()
                .get("indicators")
                .get(0);
        assertThat(shown.get("actual").decimalValue()).isEqualByComparingTo("55");
        assertThat(shown.get("version").asLong()).isEqualTo(3);

        programme("A1", "governance", "DISKOMINFO");
        String progress = base + "/programmes/A1/progress/2026";
        Map<String, Object> report = new HashMap<>(Map.of("status", "ON_TRACK", "percentComplete", 20, "version", 0));
        assertThat(api.put(progress, editor, report).status()).isEqualTo(200);
        report.put("percentComplete", 30);
        Api.Response staleProgress = api.put(progress, editor, report);
        assertThat(staleProgress.status()).isEqualTo(409);
        assertThat(staleProgress.body()).contains("kemajuan program");
        report.put("version", 1);
        assertThat(api.put(progress, editor, report).json().get("version").asLong())
                .isEqualTo(2);
    }

    @Test
    void twoFirstSavesOfTheSameRowAtOnceEndInOneSaveAndOneConflict(@Autowired MonitoringStore store) {
        long indicator = indicator("HIGHER_IS_BETTER", Map.of("2026", 100), null);
        Realisation mine = new Realisation(indicator, 2026, BigDecimal.TEN, null, null, "a", Instant.now(), 1);
        Realisation theirs = new Realisation(indicator, 2026, BigDecimal.ONE, null, null, "b", Instant.now(), 1);

        store.saveRealisation(masterplan, mine, 0);

        assertThatThrownBy(() -> store.saveRealisation(masterplan, theirs, 0))
                .isInstanceOf(ConflictException.class)
                .hasMessage("realisation.conflict");
        assertThat(store.realisation(masterplan, indicator, 2026).orElseThrow().value())
                .isEqualByComparingTo("10");
    }

    @Test
    void theShareOfProgrammesRunningIsComputedPerDimension() {
        programme("G1", "governance", "DISKOMINFO");
        programme("G2", "governance", "DISKOMINFO");
        programme("G3", "governance", "DISKOMINFO");
        programme("E1", "living", "DLH");
        assertThat(progress(editor, "G1", 2026, Map.of("status", "ON_TRACK", "percentComplete", 40))
                        .status())
                .isEqualTo(200);
        progress(editor, "G2", 2026, Map.of("status", "DONE", "percentComplete", 100, "budgetRealised", 900_000_000L));
        progress(editor, "G3", 2026, Map.of("status", "CANCELLED", "percentComplete", 0));
        progress(editor, "E1", 2026, Map.of("status", "DELAYED", "percentComplete", 10));

        JsonNode report = api.get(base + "/monitoring/2026", editor).json();

        assertThat(report.get("programmesRunningShare").get("governance").decimalValue())
                .isEqualByComparingTo("0.6667");
        assertThat(report.get("programmesRunningShare").get("living").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(report.get("budgetPlanned").asLong()).isEqualTo(4_000_000_000L);
        assertThat(report.get("budgetRealised").asLong()).isEqualTo(900_000_000L);
    }

    @Test
    void badInputIsAnsweredWith422NamingTheField() {
        programme("P1", "governance", "DISKOMINFO");
        long indicator = indicator("HIGHER_IS_BETTER", Map.of("2026", 1), null);

        assertThat(field(progress(editor, "P1", 2026, Map.of("status", "ON_TRACK", "percentComplete", 101))))
                .isEqualTo("percentComplete");
        assertThat(field(progress(editor, "P1", 2026, Map.of("status", "FINISHED", "percentComplete", 10))))
                .isEqualTo("status");
        assertThat(field(progress(editor, "P1", 2031, Map.of("status", "ON_TRACK", "percentComplete", 10))))
                .isEqualTo("year");
        assertThat(field(api.put(base + "/indicators/" + indicator + "/realisations/2025", editor, Map.of("value", 1))))
                .isEqualTo("year");
        assertThat(field(api.put(base + "/indicators/" + indicator + "/realisations/2026", editor, Map.of())))
                .isEqualTo("value");
        assertThat(api.get(base + "/monitoring/2040", editor).status()).isEqualTo(422);
    }

    @Test
    void officeContributorsUpdateOnlyTheirOwnOfficesItems() {
        programme("K1", "governance", "DISKOMINFO");
        programme("L1", "living", "DLH");
        long ofK1 = indicator("HIGHER_IS_BETTER", Map.of("2026", 10), "K1");
        long ofGoal = indicator("HIGHER_IS_BETTER", Map.of("2026", 10), null);
        String username = api.createUser("opd", "OFFICE_CONTRIBUTOR", region);
        String contributor = api.token(username, Api.PASSWORD);
        String admin = api.tokenFor("REGION_ADMIN", region);

        assertThat(progress(contributor, "K1", 2026, Map.of("status", "ON_TRACK", "percentComplete", 20))
                        .status())
                .isEqualTo(403);
        Api.Response assigned = api.put(
                "/api/v1/regions/" + region + "/monitoring/contributors/" + username,
                admin,
                Map.of("officeCode", "DISKOMINFO"));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        assertThat(progress(contributor, "K1", 2026, Map.of("status", "ON_TRACK", "percentComplete", 20))
                        .status())
                .isEqualTo(200);
        assertThat(api.put(base + "/indicators/" + ofK1 + "/realisations/2026", contributor, Map.of("value", 5))
                        .status())
                .isEqualTo(200);
        assertThat(progress(contributor, "L1", 2026, Map.of("status", "ON_TRACK", "percentComplete", 20))
                        .status())
                .isEqualTo(403);
        assertThat(api.put(base + "/indicators/" + ofGoal + "/realisations/2026", contributor, Map.of("value", 5))
                        .status())
                .isEqualTo(403);
        assertThat(api.put(
                                "/api/v1/regions/" + region + "/monitoring/contributors/" + username,
                                editor,
                                Map.of("officeCode", "DLH"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void updatesDueListWhatEachOfficeHasNotReported() {
        programme("K1", "governance", "DISKOMINFO");
        programme("L1", "living", "DLH");
        indicator("HIGHER_IS_BETTER", Map.of("2026", 10), "K1");
        progress(editor, "K1", 2026, Map.of("status", "ON_TRACK", "percentComplete", 20));

        JsonNode due = api.get(base + "/monitoring/2026/due", editor).json();

        Map<String, JsonNode> byOffice = new HashMap<>();
        due.forEach(d -> byOffice.put(d.get("officeCode").asString(), d));
        assertThat(byOffice.get("DISKOMINFO").get("total").asInt()).isEqualTo(2);
        assertThat(byOffice.get("DISKOMINFO").get("missing").size()).isEqualTo(1);
        assertThat(byOffice.get("DLH").get("missing").get(0).asString()).contains("L1");
    }

    @Test
    void aFileIsAttachedAsEvidenceOfAnActualValueAfterItsTypeIsChecked() {
        long indicator = indicator("HIGHER_IS_BETTER", Map.of("2026", 10), null);
        String path = base + "/indicators/" + indicator + "/realisations/2026";
        byte[] pdf = "%PDF-1.4 laporan BPS".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(field(api.upload(path + "/evidence", editor, "laporan.pdf", pdf)))
                .isEqualTo("value");
        api.put(path, editor, Map.of("value", 8));
        assertThat(field(api.upload(
                        path + "/evidence",
                        editor,
                        "laporan.pdf",
                        "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
                .isEqualTo("file");
        Api.Response uploaded = api.upload(path + "/evidence", editor, "laporan.pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("contentType").asString()).isEqualTo("application/pdf");

        assertThat(api.download(path + "/evidence", editor)).isEqualTo(pdf);
        assertThat(api.get(base + "/monitoring/2026", editor).body()).contains("laporan.pdf");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().get("errors").get(0).get("field").asString();
    }
}
