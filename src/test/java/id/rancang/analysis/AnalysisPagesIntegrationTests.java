package id.rancang.analysis;

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

@IntegrationTest
class AnalysisPagesIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String token;
    long masterplan;
    Api.PageSession session;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        editor = api.createUser("penyusun", "EDITOR", region);
        token = api.token(editor, Api.PASSWORD);
        Api.Response created = api.post(
                "/api/v1/masterplans",
                token,
                Map.of("regionCode", region, "startYear", 2026, "horizonYears", 5, "title", "Masterplan Halaman"));
        masterplan = created.json().get("id").asLong();
        session = api.pages().login(editor, Api.PASSWORD);
    }

    @Test
    void theMasterplanOverviewLinksToTheAnalysisWhichLinksToEveryPart() {
        Document overview = session.get("/masterplans/" + masterplan).html();
        assertThat(overview.select("a[href=/masterplans/" + masterplan + "/analysis]"))
                .isNotEmpty();

        Document hub = session.get("/masterplans/" + masterplan + "/analysis").html();
        for (String part :
                List.of("profile", "readiness", "readiness/summary", "problems", "potentials", "initiatives")) {
            assertThat(hub.select("a[href=/masterplans/" + masterplan + "/" + part + "]"))
                    .as(part)
                    .isNotEmpty();
        }
    }

    @Test
    void addsAProblemInlineAndShowsItInTheList() {
        String path = "/masterplans/" + masterplan + "/problems";
        Map<String, String> form = problemForm("Banjir rob di pesisir Larantuka");

        Api.Response added = session.submit(path, path, form);
        assertThat(added.status()).isEqualTo(302);

        Document page = session.get(path).html();
        assertThat(page.select("table caption").text()).contains("1");
        assertThat(page.select("tbody").text()).contains("Banjir rob di pesisir Larantuka");
        assertThat(page.select("label[for=new-title]")).isNotEmpty();
    }

    @Test
    void anInvalidProblemShowsTheMessageNextToTheFieldInTheFragment() {
        String path = "/masterplans/" + masterplan + "/problems";
        Map<String, String> form = problemForm("");

        Api.Response refused = submitHtmx(path, form);

        assertThat(refused.status()).isEqualTo(422);
        Document fragment = refused.html();
        assertThat(fragment.select("section#items")).isNotEmpty();
        assertThat(fragment.select("header.site-header")).isEmpty();
        assertThat(fragment.select("#new-title").attr("aria-invalid")).isEqualTo("true");
        assertThat(fragment.select("#new-title + p.field-error, #new-title ~ p.field-error")
                        .text())
                .contains("Wajib diisi");
    }

    @Test
    void editsAProblemRowInPlace() {
        long id = api.post(
                        "/api/v1/masterplans/" + masterplan + "/problems",
                        token,
                        Map.of("dimension", "governance", "title", "Layanan lambat", "severity", 3))
                .json()
                .get("id")
                .asLong();
        String row = "/masterplans/" + masterplan + "/problems/" + id;

        Api.Response editRow = session.getHtmx(row + "/edit");
        assertThat(editRow.status()).isEqualTo(200);
        assertThat(editRow.body())
                .contains("id=\"item-" + id + "\"")
                .contains("<form")
                .contains("Layanan lambat");
        assertThat(session.get(row + "/edit").html().select("header.site-header"))
                .isNotEmpty();

        Map<String, String> form = problemForm("Layanan sangat lambat");
        form.put("version", "0");
        Api.Response saved = session.submit("/masterplans/" + masterplan + "/problems", row, form);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(session.getHtmx(row).body())
                .contains("id=\"item-" + id + "\"")
                .contains("Layanan sangat lambat");
        Api.Response stale = session.submit("/masterplans/" + masterplan + "/problems", row, form);
        assertThat(stale.status()).isEqualTo(409);
        Document conflict = stale.html();
        assertThat(conflict.select("form.row-form[action=" + row + "] p.notice").text())
                .contains("Layanan sangat lambat");

        // Saving the same input again, now with the version it was shown, replaces that change knowingly.
        form.put("title", "Layanan lambat di pulau");
        form.put(
                "version",
                conflict.select("form.row-form[action=" + row + "] input[name=version]")
                        .val());
        assertThat(form.get("version")).isEqualTo("1");
        assertThat(session.submit("/masterplans/" + masterplan + "/problems", row, form)
                        .status())
                .isEqualTo(302);
        assertThat(session.getHtmx(row).body()).contains("Layanan lambat di pulau");
    }

    @Test
    void ratesASubElementAndTheSummaryShowsTheRadarChartWithItsTable() {
        String readiness = "/masterplans/" + masterplan + "/readiness";
        assertThat(session.get(readiness).html().select("article#sub-struktur-sdm"))
                .isNotEmpty();

        Api.Response rated = session.submit(
                readiness,
                readiness + "/ratings",
                Map.of("subElement", "struktur.sdm", "current", "2", "required", "4", "note", "Kurang SDM TIK"));
        assertThat(rated.status()).isEqualTo(302);
        Api.Response swot = session.submit(
                readiness,
                readiness + "/swot",
                Map.of("subElement", "struktur.sdm", "kind", "WEAKNESS", "text", "Pegawai TIK hanya tiga orang"));
        assertThat(swot.status()).isEqualTo(302);

        Document summary = session.get(readiness + "/summary").html();
        assertThat(summary.select("figure svg[role=img] title").text()).isNotBlank();
        assertThat(summary.select("table caption")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(summary.text()).contains("Pegawai TIK hanya tiga orang").contains("Kurang SDM TIK");
        assertThat(session.get(readiness)
                        .html()
                        .select("article#sub-struktur-sdm")
                        .text())
                .contains("Pegawai TIK hanya tiga orang");
        Api.Response svg = session.get(readiness + "/radar.svg");
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg");
    }

    @Test
    void aRatingFromAPageOpenedBeforeSomeoneElsesRatingKeepsTheEntriesAndSavingAgainReplacesIt() {
        String readiness = "/masterplans/" + masterplan + "/readiness";
        assertThat(session.get(readiness)
                        .html()
                        .select("article#sub-struktur-sdm input[name=version]")
                        .val())
                .isEqualTo("-1");
        Api.Response theirs = api.put(
                "/api/v1/masterplans/" + masterplan + "/readiness/ratings",
                token,
                Map.of(
                        "ratings",
                        List.of(Map.of("subElement", "struktur.sdm", "current", 3, "required", 5, "version", -1))));
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        Map<String, String> mine = new HashMap<>(Map.of(
                "subElement", "struktur.sdm", "current", "2", "required", "4", "note", "Kurang SDM", "version", "-1"));

        Api.Response stale = submitHtmx(readiness + "/ratings", mine);

        assertThat(stale.status()).isEqualTo(409);
        Document fragment = stale.html();
        assertThat(fragment.select("[role=alert]").text()).contains("saat ini 3, dibutuhkan 5");
        assertThat(fragment.select("select[name=current] option[selected]").val())
                .isEqualTo("2");
        assertThat(fragment.select("input[name=note]").val()).isEqualTo("Kurang SDM");
        mine.put("version", fragment.select("input[name=version]").val());
        assertThat(submitHtmx(readiness + "/ratings", mine).status()).isEqualTo(200);
        assertThat(api.put(
                                "/api/v1/masterplans/" + masterplan + "/readiness/ratings",
                                token,
                                Map.of(
                                        "ratings",
                                        List.of(Map.of(
                                                "subElement",
                                                "struktur.sdm",
                                                "current",
                                                1,
                                                "required",
                                                5,
                                                "version",
                                                -1))))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anInvalidSwotItemAnswersTheSubElementFragmentWithTheError() {
        String readiness = "/masterplans/" + masterplan + "/readiness";

        Api.Response refused = submitHtmx(
                readiness + "/swot", Map.of("subElement", "infrastruktur.digital", "kind", "THREAT", "text", " "));

        assertThat(refused.status()).isEqualTo(422);
        Document fragment = refused.html();
        assertThat(fragment.select("article#sub-infrastruktur-digital")).hasSize(1);
        assertThat(fragment.select("header.site-header")).isEmpty();
        assertThat(fragment.select("p.field-error").text()).contains("Wajib diisi");
    }

    @Test
    void savesTheProfileWithFiguresAndReportsAnInvalidFigureAtItsRow() {
        String profile = "/masterplans/" + masterplan + "/profile";
        Map<String, String> form = new HashMap<>();
        form.put("population", "281000");
        form.put("apbd", "1250000000000");
        form.put("regentMissions", "Misi satu\nMisi dua");
        form.put("figures[0].name", "Angka kemiskinan");
        form.put("figures[0].value", "11.2");
        form.put("figures[0].unit", "%");
        form.put("figures[0].year", "2024");
        form.put("figures[0].source", "BPS");

        assertThat(session.submit(profile, profile, form).status()).isEqualTo(302);
        assertThat(api.get("/api/v1/masterplans/" + masterplan + "/profile", token)
                        .json()
                        .get("regentMissions")
                        .size())
                .isEqualTo(2);
        Document page = session.get(profile).html();
        assertThat(page.select("input[name=figures[0].source]").val()).isEqualTo("BPS");
        assertThat(page.text()).contains("Rp 1.250.000.000.000");

        form.remove("figures[0].name");
        form.put("figures[2].name", "Tanpa nilai");
        form.put("version", page.select("input[name=version]").val());
        Api.Response refused = session.submit(profile, profile, form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("input[name=figures[0].name]").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(refused.html().select("input[name=figures[2].value]").attr("aria-invalid"))
                .isEqualTo("true");

        // A form opened before someone else's save keeps its entries over the saved version.
        Map<String, String> stale = new HashMap<>(form);
        stale.remove("figures[2].name");
        stale.put("figures[0].name", "Angka kemiskinan");
        String opened =
                session.get(profile).html().select("input[name=version]").val();
        stale.put("version", opened);
        assertThat(session.submit(profile, profile, stale).status()).isEqualTo(302);
        stale.put("population", "282500");
        Api.Response conflict = session.submit(profile, profile, stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.html().select("[role=alert]").text()).contains("Orang lain menyimpan profil daerah ini");
        assertThat(conflict.html().select("input[name=population]").val()).isEqualTo("282500");
        stale.put("version", conflict.html().select("input[name=version]").val());
        assertThat(session.submit(profile, profile, stale).status()).isEqualTo(302);
    }

    @Test
    void anImportWithoutAFileShowsTheReasonOnTheListPage() {
        String path = "/masterplans/" + masterplan + "/initiatives";

        Api.Response refused = session.submit(path, path + "/import", Map.of());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".notice.error").text())
                .contains("Tidak ada yang diimpor")
                .contains("Berkas kosong");
        assertThat(refused.html().select("a[href=" + path + "/template.xlsx]")).isNotEmpty();
    }

    @Test
    void viewersSeeTheListsWithoutEditingControls() {
        Api.PageSession viewer = api.pages().login(api.createUser("pembaca", "VIEWER", region), Api.PASSWORD);

        Document problems =
                viewer.get("/masterplans/" + masterplan + "/problems").html();

        assertThat(problems.select("form[action$=/problems]")).isEmpty();
        assertThat(viewer.get("/masterplans/" + masterplan + "/readiness")
                        .html()
                        .select("form"))
                .allMatch(f -> f.attr("action").endsWith("/logout"));
    }

    private Api.Response submitHtmx(String action, Map<String, String> fields) {
        return session.submitHtmx("/masterplans/" + masterplan + "/problems", action, fields);
    }

    private static Map<String, String> problemForm(String title) {
        Map<String, String> form = new HashMap<>();
        form.put("dimension", "environment");
        form.put("subDimension", "protection");
        form.put("title", title);
        form.put("severity", "4");
        form.put("origin", "BIMTEK");
        return form;
    }
}
