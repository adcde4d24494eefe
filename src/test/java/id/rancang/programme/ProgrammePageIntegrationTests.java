package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ProgrammePageIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String apiPath;
    String pagePath;
    Api.PageSession session;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        region = plan.region();
        editor = plan.token();
        long id = plan.id();
        apiPath = "/api/v1/masterplans/" + id + "/programmes";
        pagePath = "/masterplans/" + id + "/programmes";
        session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
    }

    private Map<String, String> form(String code) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("name", "Mal Pelayanan Publik Digital");
        form.put("dimension", "governance");
        form.put("subDimension", "public-service");
        form.put("ownerOffice", "DPMPTSP");
        form.put("supportingOffices", "DISKOMINFO");
        form.put("startYear", "2026");
        form.put("durationYears", "2");
        form.put("costs[0]", "1.250.000.000");
        form.put("costs[1]", "750000000");
        form.put("costs[2]", "");
        form.put("fundingSource", "APBD");
        form.put("status", "PLANNED");
        form.put("quickWin", "true");
        form.put("qwPublicName", "MPP Digital");
        form.put("qwCompletion", "25");
        return form;
    }

    @Test
    void listsProgrammesPerDimensionWithTotalsAsPageAndFragment() {
        api.post(apiPath, editor, ProgrammeApiIntegrationTests.programme("GOV-01", 2, List.of(100L, 200L)));
        Map<String, Object> living = ProgrammeApiIntegrationTests.programme("LIV-01", 1, List.of(50L));
        living.put("dimension", "living");
        living.put("subDimension", "health");
        living.put("ownerOffice", "DINKES");
        living.put("fundingSource", "DAK");
        api.post(apiPath, editor, living);

        Api.Response page = session.get(pagePath);
        Api.Response fragment = session.getHtmx(pagePath + "?dimension=living");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("table.data caption").text()).contains("Smart Governance", "Smart Living");
        assertThat(page.body()).contains("GOV-01", "LIV-01", "Rp 350", "Rp 300", "Rp 50");
        assertThat(page.html().select("tr:contains(GOV-01) td").eachText()).contains("2026–2027");
        assertThat(page.html().select("tr:contains(LIV-01) td").eachText())
                .contains("2026")
                .doesNotContain("2026–2026");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("LIV-01").doesNotContain("GOV-01").doesNotContain("<header");
        assertThat(session.get(pagePath + "?quickWin=false").body()).contains("GOV-01", "LIV-01");
        assertThat(session.get(pagePath + "?created=3&updated=2").html().select("[role=status]"))
                .as("no import banner from a link")
                .isEmpty();
    }

    @Test
    void createsAProgrammeThroughTheFormWithCostsInIndonesianNotation() {
        Api.Response created = session.submit(pagePath + "/new", pagePath, form("GOV-02"));

        assertThat(created.status()).isEqualTo(302);
        var json = api.get(apiPath + "/GOV-02", editor).json();
        assertThat(json.get("costs").toString()).isEqualTo("[1250000000,750000000]");
        assertThat(json.get("supportingOffices").toString()).isEqualTo("[\"DISKOMINFO\"]");
        assertThat(json.get("quickWin").asBoolean()).isTrue();
        assertThat(json.get("quickWinDetails").get("publicName").asString()).isEqualTo("MPP Digital");
    }

    @Test
    void showsEveryInvalidFieldNextToItWith422() {
        Map<String, String> form = form("GOV-03");
        form.put("costs[1]", "-5");
        form.put("durationYears", "dua");
        form.put("ownerOffice", "");

        Api.Response invalid = session.submit(pagePath + "/new", pagePath, form);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select("#durationYears-error").text()).isNotBlank();
        form.put("durationYears", "2");
        Api.Response second = session.submit(pagePath + "/new", pagePath, form);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.html().select("#ownerOffice-error").text()).isNotBlank();
        assertThat(second.body()).contains("tahun pelaksanaan ke-2");
    }

    @Test
    void readsCostsAndValueAsIndonesiansWriteThemAndRefusesACostThatIsNotWholeRupiah() {
        Map<String, String> form = form("GOV-04");
        form.put("costs[0]", "Rp 1.250.000.000");
        form.put("costs[1]", "1.5");
        form.put("value", "1.000");

        Api.Response refused = session.submit(pagePath + "/new", pagePath, form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Biaya tahun pelaksanaan ke-2 harus berupa rupiah bulat");
        assertThat(api.get(apiPath + "/GOV-04", editor).status()).isEqualTo(404);

        form.put("costs[1]", "750.000.000");
        form.put("value", "12,5");
        assertThat(session.submit(pagePath + "/new", pagePath, form).status()).isEqualTo(302);
        var saved = api.get(apiPath + "/GOV-04", editor).json();
        assertThat(saved.get("costs").toString()).isEqualTo("[1250000000,750000000]");
        assertThat(saved.get("value").decimalValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void showsBothVersionsWhenSavingOverANewerOne() {
        session.submit(pagePath + "/new", pagePath, form("GOV-04"));
        var document = (tools.jackson.databind.node.ObjectNode)
                api.get(apiPath + "/GOV-04", editor).json();
        document.put("name", "Nama dari orang lain");
        assertThat(api.put(apiPath + "/GOV-04", editor, document.toString()).status())
                .isEqualTo(200);
        Map<String, String> mine = form("GOV-04");
        mine.put("version", "0");
        mine.put("name", "Nama saya");

        Api.Response stale = session.submit(pagePath + "/GOV-04/edit", pagePath + "/GOV-04", mine);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Nama dari orang lain", "Nama saya");
        assertThat(stale.html().select(".notice[role=alert] dl.facts")).hasSize(1);
        assertThat(stale.html().select("[role=alert]").text())
                .as("a conflict, not invalid fields, with one way forward")
                .doesNotContain("Beberapa isian tidak valid", "Muat ulang, periksa");
        assertThat(stale.html().select(".notice[role=alert] dl.facts").text()).contains("Nama dari orang lain");
        assertThat(stale.html().select(".notice[role=alert] a").attr("href")).endsWith("/GOV-04/edit");
        assertThat(stale.html().select("input[name=version]").val()).isEqualTo("1");
        Map<String, String> overwrite = new HashMap<>(mine);
        overwrite.put("version", "1");
        assertThat(session.submit(pagePath + "/GOV-04/edit", pagePath + "/GOV-04", overwrite)
                        .status())
                .isEqualTo(302);
        assertThat(api.get(apiPath + "/GOV-04", editor).json().get("name").asString())
                .isEqualTo("Nama saya");
    }

    @Test
    void viewersSeeTheListButNotTheForm() {
        api.post(apiPath, editor, ProgrammeApiIntegrationTests.programme("GOV-01", 1, List.of(1L)));
        Api.PageSession viewer = api.pages().login(api.createUser("pembaca", "VIEWER", region), Api.PASSWORD);

        assertThat(viewer.get(pagePath).status()).isEqualTo(200);
        assertThat(viewer.get(pagePath).html().select("a[href$=/new]")).isEmpty();
        assertThat(viewer.get(pagePath + "/new").status()).isEqualTo(403);
    }

    @Test
    void theImportFormSendsItsCsrfTokenInTheBodyNeverInTheAddress() {
        String alignment = pagePath.replace("/programmes", "/alignment");
        for (String page : java.util.List.of(pagePath, alignment)) {
            assertThat(session.get(page)
                            .html()
                            .select("form[enctype=multipart/form-data]")
                            .eachAttr("action"))
                    .as(page)
                    .isNotEmpty()
                    .noneMatch(action -> action.contains("_csrf"));
        }

        Api.Response refused = session.upload(
                pagePath,
                pagePath + "/import",
                "program.xlsx",
                "bukan lembar kerja".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(refused.status())
                .as("the token was accepted; the file itself is refused")
                .isEqualTo(422);
        assertThat(refused.html().select("[role=alert]").text()).isNotBlank();
    }
}
