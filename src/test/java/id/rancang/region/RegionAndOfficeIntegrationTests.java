package id.rancang.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RegionAndOfficeIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = api.adminToken();
    }

    @Test
    void findsFloresTimurByNameInNormalCapitalisation() {
        JsonNode found = api.get("/api/v1/regions?q=flores", token).json();

        JsonNode floresTimur = only(found, "53.06");
        assertThat(floresTimur.get("name").asString()).isEqualTo("Kabupaten Flores Timur");
        assertThat(floresTimur.get("type").asString()).isEqualTo("REGENCY");
        assertThat(floresTimur.get("provinceCode").asString()).isEqualTo("53");
    }

    @Test
    void countsTheDistrictsAndVillagesOfARegency(
            @org.springframework.beans.factory.annotation.Autowired Regions regions) {
        assertThat(regions.counts(id.rancang.shared.RegionCode.of("53.06")))
                .isEqualTo(new Regions.RegionCounts(19, 250));
        assertThat(regions.counts(id.rancang.shared.RegionCode.of("53.71")).districts())
                .isEqualTo(6);
    }

    @Test
    void findsARegionByItsKemendagriCode() {
        JsonNode region = api.get("/api/v1/regions/53.71", token).json();

        assertThat(region.get("name").asString()).isEqualTo("Kota Kupang");
        assertThat(region.get("type").asString()).isEqualTo("CITY");
        assertThat(api.get("/api/v1/regions?q=53.71", token)
                        .json()
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("53.71");
    }

    @Test
    void shipsAllProvincesRegenciesDistrictsAndVillages(
            @org.springframework.beans.factory.annotation.Autowired
                    org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        List<Long> perLevel = jdbc.sql("select count(*) from region group by level order by level")
                .query(Long.class)
                .list();

        assertThat(perLevel.get(0)).isEqualTo(38);
        assertThat(perLevel.get(1)).isEqualTo(514);
        assertThat(perLevel.get(2)).isGreaterThan(7_000);
        assertThat(perLevel.get(3)).isGreaterThan(80_000);
        assertThat(api.get("/api/v1/regions/53.06/children", token).json().size())
                .isEqualTo(19);
    }

    @Test
    void answersAnUnknownRegionWith404Problem() {
        Api.Response response = api.get("/api/v1/regions/99.99", token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRegionStartsWithTheTypicalOffices() {
        String region = api.freshRegency();
        String regionAdmin = api.tokenFor("REGION_ADMIN", region);

        JsonNode offices =
                api.get("/api/v1/regions/" + region + "/offices", regionAdmin).json();

        List<String> codes = new ArrayList<>();
        offices.forEach(o -> codes.add(o.get("code").asString()));
        assertThat(codes)
                .contains("BAPPEDA", "DISKOMINFO", "DINKES", "DISDIK", "DISHUB", "DLH", "DISPAR", "DISDUKCAPIL");
    }

    @Test
    void regionAdministratorAddsRenamesAndDeletesAnOffice() {
        String region = api.freshRegency();
        String regionAdmin = api.tokenFor("REGION_ADMIN", region);
        String path = "/api/v1/regions/" + region + "/offices";

        Api.Response created =
                api.post(path, regionAdmin, Map.of("code", "brida", "name", "Badan Riset dan Inovasi Daerah"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo("BRIDA");

        JsonNode read = api.get(path + "/BRIDA", regionAdmin).json();
        Api.Response renamed = api.put(
                path + "/BRIDA",
                regionAdmin,
                Map.of(
                        "code",
                        "BRIDA",
                        "name",
                        "Badan Riset dan Inovasi Daerah Kabupaten",
                        "version",
                        read.get("version").asLong()));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Badan Riset dan Inovasi Daerah Kabupaten");

        assertThat(api.delete(path + "/BRIDA", regionAdmin).status()).isEqualTo(204);
        assertThat(api.get(path + "/BRIDA", regionAdmin).status()).isEqualTo(404);
    }

    @Test
    void refusesASecondOfficeWithTheSameCodeInTheRegion() {
        String region = api.freshRegency();
        String regionAdmin = api.tokenFor("REGION_ADMIN", region);

        Api.Response duplicate = api.post(
                "/api/v1/regions/" + region + "/offices", regionAdmin, Map.of("code", "Bappeda", "name", "Lagi"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains("BAPPEDA");
    }

    @Test
    void namesTheInvalidFieldsOfAnOffice() {
        String region = api.freshRegency();
        String regionAdmin = api.tokenFor("REGION_ADMIN", region);

        Api.Response invalid = api.post(
                "/api/v1/regions/" + region + "/offices", regionAdmin, Map.of("code", "no spaces!", "name", ""));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactlyInAnyOrder("code", "name");
    }

    @Test
    void refusesAnOfficeChangeBasedOnAStaleVersion() {
        String region = api.freshRegency();
        String regionAdmin = api.tokenFor("REGION_ADMIN", region);
        String path = "/api/v1/regions/" + region + "/offices/DLH";
        long version = api.get(path, regionAdmin).json().get("version").asLong();
        Api.Response first = api.put(
                path, regionAdmin, Map.of("code", "DLH", "name", "Dinas Lingkungan Hidup A", "version", version));
        assertThat(first.status()).isEqualTo(200);

        Api.Response second = api.put(
                path, regionAdmin, Map.of("code", "DLH", "name", "Dinas Lingkungan Hidup B", "version", version));

        assertThat(second.status()).isEqualTo(409);
        assertThat(api.get(path, regionAdmin).json().get("name").asString()).isEqualTo("Dinas Lingkungan Hidup A");
    }

    @Test
    void editorsMayReadButNotChangeOffices() {
        String region = api.freshRegency();
        String editor = api.tokenFor("EDITOR", region);
        String path = "/api/v1/regions/" + region + "/offices";

        assertThat(api.get(path, editor).status()).isEqualTo(200);
        assertThat(api.post(path, editor, Map.of("code", "X", "name", "X")).status())
                .isEqualTo(403);
    }

    @Test
    void officePageAddsAnOfficeWithHtmx() {
        String region = api.freshRegency();
        String admin = api.createUser("opd-admin", "REGION_ADMIN", region);
        Api.PageSession session = api.pages().login(admin, Api.PASSWORD);
        String page = "/regions/" + region + "/offices";

        Api.Response added =
                session.submit(page, page, Map.of("code", "SATPOLPP", "name", "Satuan Polisi Pamong Praja"));

        assertThat(added.status()).isIn(200, 302, 303);
        assertThat(session.get(page).html().select("table").text()).contains("SATPOLPP", "Satuan Polisi Pamong Praja");
    }

    @Test
    void switchingTheLanguageKeepsTheSearch() {
        Api.PageSession session =
                api.pages().login(api.createUser("viewer", "VIEWER", api.freshRegency()), Api.PASSWORD);

        Api.Response page = session.get("/regions?q=flores+timur&lang=id");

        assertThat(page.html().select("a[lang=en]").attr("href")).isEqualTo("/regions?q=flores+timur&lang=en");
        assertThat(page.html().select("a[lang=id]").attr("href")).isEqualTo("/regions?q=flores+timur&lang=id");
    }

    @Test
    void anOfficeInUseIsNeitherRenamedNorDeletedAndTheRefusalSaysWhere() {
        Api.Plan plan = api.newMasterplan("REGION_ADMIN", 2026, 5);
        for (String code : List.of("P1", "P2")) {
            assertThat(api.post(plan.base() + "/programmes", plan.token(), programme(code, "bappeda", List.of()))
                            .status())
                    .isEqualTo(201);
        }
        assertThat(api.post(plan.base() + "/programmes", plan.token(), programme("P3", "DLH", List.of("BAPPEDA")))
                        .status())
                .isEqualTo(201);
        Map<String, Object> initiative = Map.of(
                "name",
                "Aplikasi perencanaan",
                "ownerOffice",
                "BAPPEDA",
                "dimension",
                "governance",
                "type",
                "APPLICATION");
        assertThat(api.post(plan.base() + "/initiatives", plan.token(), initiative)
                        .status())
                .isEqualTo(201);
        String path = "/api/v1/regions/" + plan.region() + "/offices/BAPPEDA";
        long version = api.get(path, plan.token()).json().get("version").asLong();

        Api.Response deleted = api.delete(path, plan.token());
        Api.Response recoded =
                api.put(path, plan.token(), Map.of("code", "BAPPERIDA", "name", "Bapperida", "version", version));

        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.json().get("detail").asString())
                .startsWith("Kode OPD BAPPEDA masih dipakai oleh 3 program dan 1 inisiatif");
        assertThat(recoded.status()).isEqualTo(409);
        assertThat(recoded.json().get("detail").asString())
                .startsWith("Kode OPD BAPPEDA masih dipakai oleh 3 program dan 1 inisiatif");
        assertThat(api.get(path, plan.token()).status()).isEqualTo(200);

        Api.Response renamed =
                api.put(path, plan.token(), Map.of("code", "BAPPEDA", "name", "Bappeda Litbang", "version", version));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(api.delete("/api/v1/regions/" + plan.region() + "/offices/DISPAR", plan.token())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void theOfficePageSaysWhereAnOfficeItCannotDeleteIsUsed() {
        Api.Plan plan = api.newMasterplan("REGION_ADMIN", 2026, 5);
        assertThat(api.post(plan.base() + "/programmes", plan.token(), programme("P1", "DLH", List.of()))
                        .status())
                .isEqualTo(201);
        String admin = api.createUser("opd-admin", "REGION_ADMIN", plan.region());
        Api.PageSession session = api.pages().login(admin, Api.PASSWORD);
        String page = "/regions/" + plan.region() + "/offices";

        Api.Response refused = session.submit(page, page + "/DLH/delete", Map.of());
        Api.Response refusedHtmx = session.submitHtmx(page, page + "/DLH/delete", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().select("#offices [role=alert]").text())
                .isEqualTo("Kode OPD DLH masih dipakai oleh 1 program, sehingga OPD ini tidak dapat dihapus."
                        + " Ganti dulu OPD pada data tersebut.");
        assertThat(refused.html().select("#office-DLH")).hasSize(1);
        assertThat(refusedHtmx.status()).isEqualTo(409);
        assertThat(refusedHtmx.html().select("#offices [role=alert]").text()).startsWith("Kode OPD DLH masih dipakai");
    }

    @Test
    void withoutScriptsTheOfficeEditPageShowsTheFormInPlaceOfTheRow() {
        String region = api.freshRegency();
        String admin = api.createUser("opd-admin", "REGION_ADMIN", region);
        Api.PageSession session = api.pages().login(admin, Api.PASSWORD);
        String page = "/regions/" + region + "/offices";

        Api.Response edit = session.get(page + "/BAPPEDA/edit");

        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.html().select("[id=office-BAPPEDA]")).hasSize(1);
        assertThat(edit.html().select("#office-BAPPEDA form")).hasSize(1);
        assertThat(edit.html().select("#office-BAPPEDA").first().elementSiblingIndex())
                .isEqualTo(session.get(page)
                        .html()
                        .select("#office-BAPPEDA")
                        .first()
                        .elementSiblingIndex());
        assertThat(edit.html().select("tr[id^=office-] form.row-form")).hasSize(1);

        Api.Response refused =
                session.submit(page, page + "/BAPPEDA", Map.of("code", "DLH", "name", "X", "version", "0"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("[id=office-BAPPEDA]")).hasSize(1);
        assertThat(refused.html().select("#office-BAPPEDA form")).hasSize(1);
        assertThat(refused.html().select("[id=office-DLH]")).hasSize(1);

        Api.Response htmx = session.getHtmx(page + "/BAPPEDA/edit");
        // A bare <tr> is not a document: look at the fragment's text.
        assertThat(htmx.body()).containsOnlyOnce("id=\"office-BAPPEDA\"").contains("class=\"row-form\"");
    }

    private static Map<String, Object> programme(String code, String owner, List<String> supporting) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("code", code);
        body.put("name", "Program " + code);
        body.put("dimension", "governance");
        body.put("subDimension", "public-service");
        body.put("ownerOffice", owner);
        body.put("supportingOffices", supporting);
        body.put("startYear", 2026);
        body.put("durationYears", 1);
        body.put("costs", List.of(100_000_000L));
        body.put("fundingSource", "APBD");
        body.put("dependsOn", List.of());
        return body;
    }

    @Test
    void percentAndUnderscoreInTheSearchAreLiteralNotWildcards() {
        for (String q : List.of("%25", "_", "53_06", "53%25")) {
            Api.Response found = api.get("/api/v1/regions?q=" + q, token);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().size()).as(q).isZero();
            assertThat(found.headers().firstValue("X-Total-Count")).as(q).contains("0");
        }
        assertThat(api.get("/api/v1/regions?q=53.06", token)
                        .json()
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("53.06");
    }

    @Test
    void theSearchPageSaysWhenItShowsOnlyTheFirstFiftyResults() {
        Api.PageSession session =
                api.pages().login(api.createUser("viewer", "VIEWER", api.freshRegency()), Api.PASSWORD);
        Api.Response apiAnswer = api.get("/api/v1/regions?q=kabupaten&type=REGENCY", token);
        long total =
                Long.parseLong(apiAnswer.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(apiAnswer.json().size()).isEqualTo(50);
        assertThat(total).isGreaterThan(300);

        Api.Response many = session.get("/regions?q=kabupaten&type=REGENCY");
        Api.Response few = session.get("/regions?q=flores+timur");

        assertThat(many.html().select("#results tbody tr")).hasSize(50);
        assertThat(many.html().select("#results [role=status]").text())
                .isEqualTo("Menampilkan 50 dari " + total + " hasil; perjelas pencarian.");
        assertThat(few.html().select("#results tbody tr")).isNotEmpty();
        assertThat(few.html().select("#results [role=status]")).isEmpty();
    }

    private static JsonNode only(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (node.get("code").asString().equals(code)) {
                return node;
            }
        }
        throw new AssertionError(code + " not in " + array);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
