package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MonitoringPageIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String base;
    long masterplan;
    long indicator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        region = plan.region();
        editor = plan.token();
        masterplan = plan.id();
        base = plan.base();
        long goal = api.post(base + "/goals", editor, Map.of("dimension", "governance", "statement", "Layanan daring"))
                .json()
                .get("id")
                .asLong();
        Map<String, Object> programme = new HashMap<>();
        programme.put("code", "K1");
        programme.put("name", "Satu Data Daerah");
        programme.put("dimension", "governance");
        programme.put("ownerOffice", "DISKOMINFO");
        programme.put("startYear", 2026);
        programme.put("durationYears", 1);
        programme.put("costs", List.of(500_000_000L));
        programme.put("fundingSource", "APBD");
        assertThat(api.post(base + "/programmes", editor, programme).status()).isEqualTo(201);
        indicator = api.post(
                        base + "/indicators",
                        editor,
                        Map.of(
                                "goalId", goal,
                                "programmeCode", "K1",
                                "name", "Layanan terintegrasi <daring>",
                                "unit", "layanan",
                                "direction", "HIGHER_IS_BETTER",
                                "targets", Map.of("2026", 12, "2027", 20)))
                .json()
                .get("id")
                .asLong();
    }

    @Test
    void thePageShowsAchievementChartsAndTablesAndIsLinkedFromTheMasterplan() {
        api.put(base + "/indicators/" + indicator + "/realisations/2026", editor, Map.of("value", 10));
        String username = api.createUser("admin", "REGION_ADMIN", region);
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        assertThat(session.get("/masterplans/" + masterplan).body())
                .contains("/masterplans/" + masterplan + "/monitoring");
        Api.Response page = session.get("/masterplans/" + masterplan + "/monitoring?year=2026");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("figure.chart svg")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(html.select("#indicators").text()).contains("83,33");
        assertThat(page.body()).contains("Layanan terintegrasi &lt;daring&gt;").doesNotContain("<daring>");
        assertThat(html.select("table caption").eachText()).anyMatch(c -> c.contains("Status program per dimensi"));
        assertThat(html.text()).contains("Siapa yang terlambat").contains("DISKOMINFO");
    }

    @Test
    void aYearOutsideThePlanOrNotAYearIsAnsweredWithAPageThatSaysWhy() {
        Api.PageSession session = api.pages().login(api.createUser("admin", "REGION_ADMIN", region), Api.PASSWORD);

        Api.Response outside = session.get("/masterplans/" + masterplan + "/monitoring?year=2099");
        Api.Response notAYear = session.get("/masterplans/" + masterplan + "/monitoring?year=abc");

        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.html().select("main").text()).contains("Tahun harus dalam jangka masterplan (2026–2030)");
        assertThat(notAYear.status()).isEqualTo(400);
        assertThat(notAYear.html().select("main").text()).contains("“abc”");
    }

    @Test
    void withoutScriptsTheEditPageShowsTheRowFormOnceInItsPlace() {
        Api.PageSession session = api.pages().login(api.createUser("admin", "REGION_ADMIN", region), Api.PASSWORD);

        var programme = session.get("/masterplans/" + masterplan + "/monitoring/2026/programmes/K1/edit")
                .html();
        var indicatorEdit = session.get(
                        "/masterplans/" + masterplan + "/monitoring/2026/indicators/" + indicator + "/edit")
                .html();

        assertThat(programme.select("#status-K1")).hasSize(1);
        assertThat(programme.select("#programme-K1")).hasSize(1);
        assertThat(indicatorEdit.select("#value-" + indicator)).hasSize(1);
        assertThat(indicatorEdit.select("#indicator-" + indicator)).hasSize(1);
    }

    @Test
    void anIndicatorAndAProgrammeAreUpdatedInline() {
        String username = api.createUser("editor", "EDITOR", region);
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/monitoring?year=2026";
        String row = "/masterplans/" + masterplan + "/monitoring/2026/indicators/" + indicator;

        Api.Response form = session.getHtmx(row + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"value\"").doesNotContain("<html");

        Api.Response saved = session.submitHtmx(page, row, Map.of("value", "9,5", "note", "BPS"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("9,5").contains("BPS").doesNotContain("<html");

        Api.Response bad = session.submitHtmx(page, row, Map.of("value", "banyak", "note", "perkiraan"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.html().select("input[name=value]").val()).isEqualTo("banyak");
        assertThat(bad.html().select("input[name=note]").val()).isEqualTo("perkiraan");

        String programme = "/masterplans/" + masterplan + "/monitoring/2026/programmes/K1";
        Api.Response progress = session.submitHtmx(
                page, programme, Map.of("status", "AT_RISK", "percentComplete", "35", "budgetRealised", "100000000"));
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.body()).contains("Berisiko");
        Api.Response outOfRange =
                session.submitHtmx(page, programme, Map.of("status", "AT_RISK", "percentComplete", "120"));
        assertThat(outOfRange.status()).isEqualTo(422);

        Api.Response full = session.submit(page, programme, Map.of("status", "DONE", "percentComplete", "100"));
        assertThat(full.status()).isEqualTo(302);
        assertThat(session.get(page).html().select("#programmes").text()).contains("Selesai");
    }

    @Test
    void theBudgetRealisedIsReadAsTheAppWritesRupiahAndWhatIsNotWholeRupiahIsRefusedWithAReason() {
        Api.PageSession session = api.pages().login(api.createUser("editor", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/monitoring?year=2026";
        String programme = "/masterplans/" + masterplan + "/monitoring/2026/programmes/K1";

        for (String amount : new String[] {"1.250.000.000", "Rp 1.250.000.000", "1250000000"}) {
            Api.Response saved = session.submitHtmx(
                    page, programme, Map.of("status", "ON_TRACK", "percentComplete", "45,5", "budgetRealised", amount));
            assertThat(saved.status()).as(amount + ": " + saved.body()).isEqualTo(200);
            assertThat(saved.body()).contains("Rp 1.250.000.000");
        }
        Map<String, String> refusals = Map.of(
                "18446744073709551617", "harus antara Rp 0 dan Rp 1.000.000.000.000.000",
                "99999999999999999999", "harus antara Rp 0 dan Rp 1.000.000.000.000.000",
                "9223372036854775808", "harus antara Rp 0 dan Rp 1.000.000.000.000.000",
                "-5", "harus antara Rp 0 dan Rp 1.000.000.000.000.000",
                "1000,5", "Isi realisasi anggaran dalam rupiah utuh, seperti 1.250.000",
                "1.5", "Isi realisasi anggaran dalam rupiah utuh, seperti 1.250.000",
                "satu juta", "Isi realisasi anggaran dalam rupiah utuh, seperti 1.250.000");
        refusals.forEach((amount, reason) -> {
            Api.Response refused = session.submitHtmx(
                    page, programme, Map.of("status", "DONE", "percentComplete", "100", "budgetRealised", amount));
            assertThat(refused.status()).as(amount).isEqualTo(422);
            assertThat(refused.html().select("[role=alert]").text()).as(amount).contains(reason);
            assertThat(refused.html().select("input[name=budgetRealised]").val())
                    .isEqualTo(amount);
        });
        Api.Response notAPercent = session.submitHtmx(
                page, programme, Map.of("status", "DONE", "percentComplete", "1e2", "budgetRealised", "5"));
        assertThat(notAPercent.status()).isEqualTo(422);
        assertThat(notAPercent.html().select("[role=alert]").text()).contains("angka seperti 45 atau 45,5");
        JsonNode saved = api.get(base + "/monitoring/2026", editor)
                .json()
                .get("programmes")
                .get(0);
        assertThat(saved.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(saved.get("budgetRealised").asLong()).isEqualTo(1_250_000_000L);
        assertThat(saved.get("percentComplete").decimalValue()).isEqualByComparingTo("45.5");
        assertThat(session.getHtmx(programme + "/edit")
                        .html()
                        .select("input[name=percentComplete]")
                        .val())
                .isEqualTo("45,5");

        session.get(page + "&lang=en");
        for (String amount : new String[] {"1.250.000.000", "1,250,000,000"}) {
            Api.Response english = session.submitHtmx(
                    page, programme, Map.of("status", "ON_TRACK", "percentComplete", "45.5", "budgetRealised", amount));
            assertThat(english.status()).as(amount + ": " + english.body()).isEqualTo(200);
        }
        Api.Response negative = session.submitHtmx(
                page, programme, Map.of("status", "ON_TRACK", "percentComplete", "45.5", "budgetRealised", "-1"));
        assertThat(negative.html().select("[role=alert]").text())
                .contains("must lie between Rp 0 and Rp 1.000.000.000.000.000");
        assertThat(session.getHtmx(programme + "/edit")
                        .html()
                        .select("input[name=percentComplete]")
                        .val())
                .isEqualTo("45.5");
        session.get(page + "&lang=id");
    }

    @Test
    void anActualValueIsReadInTheInterfacesLanguageAndOneTooLargeToStoreIsRefusedWithAReason() {
        Api.PageSession session = api.pages().login(api.createUser("editor", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/monitoring?year=2026";
        String row = "/masterplans/" + masterplan + "/monitoring/2026/indicators/" + indicator;

        Map<String, String> read = new java.util.LinkedHashMap<>();
        read.put("1.250", "1250");
        read.put("1.250.000", "1250000");
        read.put("1.250,75", "1250.75");
        read.put("0.125", "0.125");
        read.put("24.2", "24.2");
        read.forEach((typed, stored) -> {
            Api.Response saved = session.submitHtmx(page, row, Map.of("value", typed));
            assertThat(saved.status()).as(typed + ": " + saved.body()).isEqualTo(200);
            assertThat(actual()).as(typed).isEqualByComparingTo(stored);
        });
        assertThat(session.getHtmx(row + "/edit")
                        .html()
                        .select("input[name=value]")
                        .val())
                .isEqualTo("24,2");

        Map<String, String> refusals = Map.of(
                "1,250.5", "Isi nilai realisasi dengan angka seperti 1.250 atau 12,5",
                "1e309", "Isi nilai realisasi dengan angka seperti 1.250 atau 12,5",
                "100000000000000000", "paling banyak 16 angka sebelum koma",
                "1,23456", "paling banyak 4 angka di belakang koma");
        refusals.forEach((typed, reason) -> {
            Api.Response refused = session.submitHtmx(page, row, Map.of("value", typed));
            assertThat(refused.status()).as(typed + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.html().select("[role=alert]").text()).as(typed).contains(reason);
            assertThat(refused.html().select("input[name=value]").val()).isEqualTo(typed);
        });
        assertThat(actual()).isEqualByComparingTo("24.2");
    }

    @Test
    void rowsOfAYearOutsideThePlanAreAnsweredWithAPageThatSaysWhy() {
        Api.PageSession session = api.pages().login(api.createUser("editor", "EDITOR", region), Api.PASSWORD);
        String monitoring = "/masterplans/" + masterplan + "/monitoring";
        List<String> paths = List.of(
                monitoring + "/2099/indicators/" + indicator + "/edit",
                monitoring + "/2025/indicators/" + indicator,
                monitoring + "/2099/programmes/K1/edit",
                monitoring + "/2099/programmes/K1");

        for (String path : paths) {
            for (Api.Response answer : List.of(session.get(path), session.getHtmx(path))) {
                assertThat(answer.status()).as(path).isEqualTo(422);
                assertThat(answer.contentType()).as(path).startsWith("text/html");
                assertThat(answer.html().select("main").text())
                        .as(path)
                        .contains("Tahun harus dalam jangka masterplan (2026–2030)");
            }
        }
        String page = monitoring + "?year=2026";
        for (boolean htmx : new boolean[] {false, true}) {
            Map<String, String> value = Map.of("value", "5");
            Map<String, String> progress = Map.of("status", "ON_TRACK", "percentComplete", "5");
            for (Api.Response answer : List.of(
                    htmx
                            ? session.submitHtmx(page, monitoring + "/2099/indicators/" + indicator, value)
                            : session.submit(page, monitoring + "/2099/indicators/" + indicator, value),
                    htmx
                            ? session.submitHtmx(page, monitoring + "/2099/programmes/K1", progress)
                            : session.submit(page, monitoring + "/2099/programmes/K1", progress))) {
                assertThat(answer.status()).isEqualTo(422);
                assertThat(answer.body()).contains("Tahun harus dalam jangka masterplan (2026–2030)");
            }
        }
    }

    private java.math.BigDecimal actual() {
        return api.get(base + "/monitoring/2026", editor)
                .json()
                .get("indicators")
                .get(0)
                .get("actual")
                .decimalValue();
    }

    @Test
    void aRowFormOpenedBeforeSomeoneElseSavedKeepsTheInputAndSavingAgainReplacesTheirValue() {
        String username = api.createUser("editor", "EDITOR", region);
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/monitoring?year=2026";
        String row = "/masterplans/" + masterplan + "/monitoring/2026/indicators/" + indicator;
        Document opened = session.getHtmx(row + "/edit").html();
        assertThat(opened.select("input[name=version]").val()).isEqualTo("0");

        api.put(base + "/indicators/" + indicator + "/realisations/2026", editor, Map.of("value", 11));
        Api.Response stale = session.submitHtmx(page, row, Map.of("value", "9", "note", "Data dinas", "version", "0"));

        assertThat(stale.status()).isEqualTo(409);
        Document form = stale.html();
        assertThat(form.select("[role=alert]").text()).contains("nilai tersimpan: 11");
        assertThat(form.select("input[name=value]").val()).isEqualTo("9");
        assertThat(form.select("input[name=note]").val()).isEqualTo("Data dinas");
        assertThat(form.select("input[name=version]").val()).isEqualTo("1");

        Api.Response again = session.submitHtmx(page, row, Map.of("value", "9", "note", "Data dinas", "version", "1"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(api.get(base + "/monitoring/2026", editor)
                        .json()
                        .get("indicators")
                        .get(0)
                        .get("actual")
                        .asText())
                .isEqualTo("9");

        String programme = "/masterplans/" + masterplan + "/monitoring/2026/programmes/K1";
        api.put(base + "/programmes/K1/progress/2026", editor, Map.of("status", "ON_TRACK", "percentComplete", 40));
        Api.Response staleProgress = session.submitHtmx(
                page, programme, Map.of("status", "DELAYED", "percentComplete", "30", "version", "0"));
        assertThat(staleProgress.status()).isEqualTo(409);
        assertThat(staleProgress.html().select("[role=alert]").text()).contains("40 %");
        assertThat(staleProgress.html().select("option[selected]").val()).isEqualTo("DELAYED");
        assertThat(staleProgress.html().select("input[name=percentComplete]").val())
                .isEqualTo("30");
    }

    @Test
    void anOfficeContributorSeesWhatTheyOwe() {
        String username = api.createUser("opd", "OFFICE_CONTRIBUTOR", region);
        api.put(
                "/api/v1/regions/" + region + "/monitoring/contributors/" + username,
                api.tokenFor("REGION_ADMIN", region),
                Map.of("officeCode", "DISKOMINFO"));
        Api.PageSession session = api.pages().login(username, Api.PASSWORD);

        Document html = session.get("/masterplans/" + masterplan + "/monitoring?year=2026")
                .html();

        assertThat(html.text()).contains("Pembaruan yang harus Anda laporkan").contains("Satu Data Daerah");
        assertThat(html.text()).doesNotContain("Siapa yang terlambat");
        assertThat(html.select("#programmes a[hx-get]")).hasSize(1);
    }
}
