package id.rancang.strategy;

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
class StrategyIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String base;
    long masterplan;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2027, 5);
        region = plan.region();
        editor = plan.token();
        masterplan = plan.id();
        base = plan.base();
    }

    @Test
    void createsGoalsPerDimensionAndRefusesAnUnknownDimension() {
        Api.Response created = api.post(
                base + "/goals", editor, Map.of("dimension", "living", "statement", "Layanan kesehatan merata"));
        Api.Response unknown = api.post(base + "/goals", editor, Map.of("dimension", "space", "statement", "X"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("id").asLong()).isPositive();
        assertThat(created.json().get("dimension").asString()).isEqualTo("living");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("dimension");
        assertThat(api.get(base + "/goals", editor).json().size()).isEqualTo(1);
    }

    @Test
    void createsAnIndicatorFromTheCatalogueWithYearlyTargets() {
        long goal = api.post(base + "/goals", editor, Map.of("dimension", "governance", "statement", "Akses internet"))
                .json()
                .get("id")
                .asLong();

        Api.Response created = api.post(
                base + "/indicators",
                editor,
                Map.of(
                        "catalogueCode",
                        "EC:ICT:ICT:1C",
                        "baselineYear",
                        2025,
                        "baselineValue",
                        41.5,
                        "targets",
                        Map.of("2027", 50, "2031", 80),
                        "goalId",
                        goal));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.get("id").asLong()).isPositive();
        assertThat(json.get("name").asString()).isEqualTo("Akses internet rumah tangga");
        assertThat(json.get("unit").asString()).isEqualTo("% rumah tangga");
        assertThat(json.get("direction").asString()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(json.get("targets").get("2031").asInt()).isEqualTo(80);
        assertThat(json.get("goalId").asLong()).isEqualTo(goal);
        assertThat(created.body())
                .as("numbers are written as people write them, never as 8E+1")
                .contains("\"2031\":80", "\"baselineValue\":41.5")
                .doesNotContainPattern("\\dE[+-]\\d");
    }

    @Test
    void linksAnIndicatorToAProgrammeByCode() {
        api.post(
                base + "/programmes",
                editor,
                Map.of(
                        "code",
                        "LIV-01",
                        "name",
                        "Puskesmas digital",
                        "dimension",
                        "living",
                        "ownerOffice",
                        "DINKES",
                        "durationYears",
                        1,
                        "costs",
                        List.of(100_000_000),
                        "fundingSource",
                        "DAK"));

        Api.Response created = api.post(
                base + "/indicators",
                editor,
                Map.of(
                        "name",
                        "Kunjungan telekonsultasi",
                        "unit",
                        "kunjungan",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "programmeCode",
                        "liv-01"));
        Api.Response unknown = api.post(
                base + "/indicators",
                editor,
                Map.of("name", "X", "unit", "x", "direction", "LOWER_IS_BETTER", "programmeCode", "NONE"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("programmeCode").asString()).isEqualTo("LIV-01");
        assertThat(unknown.status()).isEqualTo(422);
    }

    @Test
    void refusesTargetsOutsideThePlanAndIncompleteIndicators() {
        Api.Response invalid = api.post(
                base + "/indicators",
                editor,
                Map.of("name", "Sampah terangkut", "targets", Map.of("2040", 90, "tahun", 1), "catalogueCode", "NOPE"));

        assertThat(invalid.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("unit", "direction", "targets.2040", "targets.tahun", "catalogueCode");
    }

    @Test
    void servesTheCatalogueAsVersionedData() {
        JsonNode catalogue = api.get("/api/v1/indicator-catalogue", editor).json();

        assertThat(catalogue.get("version").asString()).isNotBlank();
        assertThat(catalogue.get("indicators").size()).isGreaterThan(30);
        assertThat(catalogue.toString()).contains("37120:5.1", "37122:10.2", "EC:ICT:ICT:5A");
        for (JsonNode indicator : catalogue.get("indicators")) {
            assertThat(indicator.get("unitEn").asString())
                    .as("the English unit of " + indicator.get("code").asString())
                    .isNotBlank()
                    .doesNotContain("penduduk", "rumah tangga", "tahun", "hari");
        }
    }

    @Test
    void theIndicatorPickerSpeaksOneLanguage() {
        api.post(base + "/goals", editor, Map.of("dimension", "living", "statement", "Layanan kesehatan merata"));
        String english = api.pages()
                .login(api.createUser("penyusun-en", "EDITOR", region), Api.PASSWORD)
                .get(base.replace("/api/v1", "") + "/strategy?lang=en")
                .html()
                .select("#ind-catalogue")
                .text();

        assertThat(english).contains("per 100,000 population").doesNotContain("penduduk");
    }

    @Test
    void setsTheVisionAndShowsTheStrategyPage() {
        Api.Response vision = api.put(
                base + "/vision",
                editor,
                Map.of("statement", "Kabupaten cerdas yang melayani", "missions", List.of("Pelayanan digital", "")));
        assertThat(vision.status()).as(vision.body()).isEqualTo(200);
        assertThat(vision.json().get("missions").size()).isEqualTo(1);
        api.post(base + "/goals", editor, Map.of("dimension", "environment", "statement", "Sungai bersih dari sampah"));

        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        Api.Response page = session.get("/masterplans/" + masterplan + "/strategy");
        Api.Response fragment = session.getHtmx("/masterplans/" + masterplan + "/strategy");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isNotBlank();
        assertThat(page.body()).contains("Kabupaten cerdas yang melayani", "Sungai bersih dari sampah");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.html().select("#strategy")).hasSize(1);
        assertThat(fragment.body()).doesNotContain("<header");
    }

    @Test
    void aVisionSavedFromAPageOpenedBeforeSomeoneElsesSaveKeepsTheTextAndSavingAgainReplacesTheirs() {
        api.put(base + "/vision", editor, Map.of("statement", "Kabupaten cerdas", "missions", List.of("Layanan")));
        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/strategy";
        String version = session.get(page)
                .html()
                .select("form[action$=/vision] input[name=version]")
                .val();
        JsonNode saved = api.get(base + "/vision", editor).json();
        api.put(
                base + "/vision",
                editor,
                Map.of(
                        "statement",
                        "Kabupaten cerdas dan hijau",
                        "missions",
                        List.of("Layanan"),
                        "version",
                        saved.get("version").asLong()));
        Map<String, String> mine = new java.util.HashMap<>(Map.of(
                "statement", "Kabupaten cerdas yang melayani", "missions", "Layanan digital", "version", version));

        Api.Response stale = session.submitHtmx(page, page + "/vision", mine);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select(".vision").text()).isEqualTo("Kabupaten cerdas dan hijau");
        assertThat(stale.html().select("#vision-statement").text()).isEqualTo("Kabupaten cerdas yang melayani");
        assertThat(stale.html().select("[role=alert]").text()).contains("Orang lain menyimpan visi");
        mine.put(
                "version",
                stale.html().select("form[action$=/vision] input[name=version]").val());
        assertThat(session.submitHtmx(page, page + "/vision", mine).status()).isEqualTo(200);
        assertThat(api.get(base + "/vision", editor).json().get("statement").asString())
                .isEqualTo("Kabupaten cerdas yang melayani");
    }

    @Test
    void showsWhichRpjmdGoalsEachProgrammeSupportsThroughRenstraProgrammes() {
        for (String code : List.of("A", "B")) {
            api.post(
                    base + "/programmes",
                    editor,
                    Map.of(
                            "code",
                            code,
                            "name",
                            "Program " + code,
                            "dimension",
                            "governance",
                            "ownerOffice",
                            "DISKOMINFO",
                            "durationYears",
                            1,
                            "costs",
                            List.of(1),
                            "fundingSource",
                            "APBD"));
        }
        String items = base + "/alignment/items";
        assertThat(api.post(items, editor, Map.of("kind", "RPJMD_MISSION", "code", "M1", "title", "Misi satu"))
                        .status())
                .isEqualTo(201);
        api.post(items, editor, Map.of("kind", "RPJMD_GOAL", "code", "T1", "title", "Tujuan", "parentCode", "M1"));
        api.post(
                items,
                editor,
                Map.of("kind", "RPJMD_PROGRAMME", "code", "P1", "title", "Program RPJMD", "parentCode", "T1"));
        long renstra = api.post(
                        items,
                        editor,
                        Map.of(
                                "kind",
                                "RENSTRA_PROGRAMME",
                                "code",
                                "R1",
                                "title",
                                "Program Renstra",
                                "parentCode",
                                "P1",
                                "officeCode",
                                "diskominfo"))
                .json()
                .get("id")
                .asLong();
        assertThat(api.post(items, editor, Map.of("kind", "RPJMD_GOAL", "code", "T2", "title", "X", "parentCode", "P1"))
                        .status())
                .isEqualTo(422);
        assertThat(api.post(items, editor, Map.of("kind", "RPJMD_MISSION", "code", "M1", "title", "Lagi"))
                        .status())
                .isEqualTo(409);

        Api.Response linked = api.put(base + "/alignment/programmes/a", editor, Map.of("itemIds", List.of(renstra)));
        JsonNode matrix = api.get(base + "/alignment/matrix", editor).json();

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(matrix.get(0).get("programmeCode").asString()).isEqualTo("A");
        assertThat(matrix.get(0).get("rpjmdGoals").toString()).isEqualTo("[\"T1\"]");
        assertThat(matrix.get(1).get("aligned").asBoolean()).isFalse();
        assertThat(api.get(base + "/checks", editor).body())
                .contains("\"code\":\"RPJMD_NOT_ALIGNED\",\"severity\":\"WARNING\",\"subject\":\"B\"")
                .doesNotContain("\"RPJMD_NOT_ALIGNED\",\"severity\":\"WARNING\",\"subject\":\"A\"");
        assertThat(api.put(base + "/alignment/programmes/A", editor, Map.of("itemIds", List.of(999_999)))
                        .status())
                .isEqualTo(422);
        Api.PageSession session = api.pages().login(api.createUser("pembaca", "VIEWER", region), Api.PASSWORD);
        Api.Response page = session.get("/masterplans/" + masterplan + "/alignment");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("tr.unaligned").text()).contains("B");
        assertThat(session.getHtmx("/masterplans/" + masterplan + "/alignment").body())
                .contains("id=\"alignment\"")
                .doesNotContain("<header");
    }

    @Test
    void alignmentItemsNameOnlyTheRegionsOfficesAndTheirCodesAreUniqueInAnyCase() {
        String items = base + "/alignment/items";
        assertThat(api.post(items, editor, Map.of("kind", "RPJMD_MISSION", "code", "M1", "title", "Misi satu"))
                        .status())
                .isEqualTo(201);

        Api.Response sameInLowerCase =
                api.post(items, editor, Map.of("kind", "RPJMD_MISSION", "code", "m1", "title", "Misi lagi"));
        Api.Response unknownOffice =
                api.post(items, editor, Map.of("kind", "SPBE", "code", "S1", "title", "Layanan", "officeCode", "NOPE"));
        Api.Response childOfLowerCase = api.post(
                items, editor, Map.of("kind", "RPJMD_GOAL", "code", "T1", "title", "Tujuan", "parentCode", "m1"));

        assertThat(sameInLowerCase.status()).isEqualTo(409);
        assertThat(unknownOffice.status()).isEqualTo(422);
        assertThat(unknownOffice.body()).contains("officeCode", "NOPE");
        assertThat(childOfLowerCase.status()).as(childOfLowerCase.body()).isEqualTo(201);
        assertThat(childOfLowerCase.json().get("parentCode").asString()).isEqualTo("M1");
    }

    @Test
    void anAlignmentItemIsChangedAndDeletedOverTheVersionItShowedAndAParentOnlyOnceItHasNoChildren() {
        String items = base + "/alignment/items";
        JsonNode mission = api.post(items, editor, Map.of("kind", "RPJMD_MISSION", "code", "M1", "title", "Misi"))
                .json();
        JsonNode goal = api.post(
                        items,
                        editor,
                        Map.of("kind", "RPJMD_GOAL", "code", "T1", "title", "Tujuan", "parentCode", "M1"))
                .json();
        String missionPath = items + "/" + mission.get("id").asLong();
        String goalPath = items + "/" + goal.get("id").asLong();

        Api.Response changed = api.put(
                goalPath,
                editor,
                Map.of("title", "Tujuan baru", "parentCode", "M1", "officeCode", "bappeda", "version", 0));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("officeCode").asString()).isEqualTo("BAPPEDA");
        assertThat(api.put(goalPath, editor, Map.of("title", "Versi lama", "version", 0))
                        .status())
                .as("a change over a version someone else replaced")
                .isEqualTo(409);
        assertThat(api.put(goalPath, editor, Map.of("title", " ", "version", 1)).status())
                .isEqualTo(422);

        Api.Response parentRefused = api.delete(missionPath + "?version=0", editor);
        assertThat(parentRefused.status()).isEqualTo(409);
        assertThat(parentRefused.body()).contains("T1");

        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/alignment";
        String goalPage = page + "/items/" + goal.get("id").asLong();
        Api.Response stale = session.submit(page, goalPage, Map.of("title", "Dari halaman", "version", "0"));
        assertThat(stale.status()).isEqualTo(409);
        org.jsoup.nodes.Document reopened = stale.html();
        assertThat(reopened.select("#item-" + goal.get("id").asLong() + " details[open] input[name=title]")
                        .val())
                .as("the writer's text is kept")
                .isEqualTo("Dari halaman");
        assertThat(session.submit(page, goalPage + "/delete", Map.of("version", "1"))
                        .status())
                .isEqualTo(302);
        assertThat(api.delete(missionPath + "?version=0", editor).status()).isEqualTo(204);
        assertThat(api.get(items, editor).json().size()).isZero();
    }

    @Test
    void addsAGoalThroughThePageForm() {
        String user = api.createUser("penyusun", "EDITOR", region);
        Api.PageSession session = api.pages().login(user, Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/strategy";

        Api.Response added = session.submit(
                page,
                page + "/goals",
                Map.of("dimension", "economy", "statement", "UMKM naik kelas", "target", "", "strategy", ""));
        Api.Response invalid = session.submit(page, page + "/goals", Map.of("dimension", "economy", "statement", ""));

        assertThat(added.status()).isEqualTo(302);
        assertThat(session.get(page).body()).contains("UMKM naik kelas");
        assertThat(invalid.status()).isEqualTo(422);
    }
}
