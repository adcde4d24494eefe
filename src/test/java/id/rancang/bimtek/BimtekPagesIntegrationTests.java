package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import id.rancang.shared.IndonesianTimeZone;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class BimtekPagesIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String username;
    String token;
    long masterplan;
    Api.PageSession pages;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        region = api.freshRegency();
        username = api.createUser("bimtek", "REGION_ADMIN", region);
        token = api.token(username, Api.PASSWORD);
        masterplan = api.post(
                        "/api/v1/masterplans",
                        token,
                        Map.of(
                                "regionCode",
                                region,
                                "startYear",
                                2027,
                                "horizonYears",
                                5,
                                "title",
                                "Masterplan " + region))
                .json()
                .get("id")
                .asLong();
        pages = api.pages().login(username, Api.PASSWORD);
    }

    @Test
    void theBimtekPageShowsTheStagesAndTheirOutputsAndHtmxGetsOnlyTheStages() {
        String path = "/masterplans/" + masterplan + "/bimtek";

        Api.Response page = pages.get(path);
        Api.Response fragment = pages.getHtmx(path);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("article.card")).hasSize(4);
        assertThat(html.select("#output-READINESS_ANALYSIS").text()).contains("Analisis kesiapan daerah");
        assertThat(html.select("header")).isNotEmpty();
        assertThat(pages.get("/masterplans/" + masterplan).html().select("a[href$=/bimtek]"))
                .isNotEmpty();
        assertThat(fragment.status()).isEqualTo(200);
    }

    @Test
    void anOutputTickedOnThePageIsDoneAndClosingTheStageAdvancesThePlan() {
        String path = "/masterplans/" + masterplan + "/bimtek";

        Api.Response ticked =
                pages.submit(path, path + "/outputs/BOOK1_DRAFT", Map.of("done", "true", "note", "Draf bab 1–3"));
        // A form opened before that tick does not undo it unseen.
        Api.Response stale = pages.submitHtmx(
                path,
                path + "/outputs/BOOK1_DRAFT",
                Map.of("note", "Belum mulai", "seenDone", "false", "seenNote", ""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("[role=alert]").text()).contains("kini tercatat selesai", "Draf bab 1–3");
        Api.Response closed = pages.submit(path, path + "/stages/1/close", Map.of("closeWithOpenOutputs", "true"));

        assertThat(ticked.status()).isEqualTo(302);
        assertThat(closed.status()).isEqualTo(302);
        Document html = pages.get(path).html();
        assertThat(html.select("#output-BOOK1_DRAFT").text()).contains("Ya");
        assertThat(api.get("/api/v1/masterplans/" + masterplan, token)
                        .json()
                        .get("stage")
                        .asInt())
                .isEqualTo(2);
        assertThat(pages.submit(path, path + "/stages/1/close", Map.of("closeWithOpenOutputs", "true"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aSessionIsPlannedOnTheFormInTheRegionsZoneAndRefusedWithoutALink() {
        String form = "/masterplans/" + masterplan + "/bimtek/sessions/new";
        String action = "/masterplans/" + masterplan + "/bimtek/sessions";

        Api.Response refused = pages.submit(
                form,
                action,
                Map.of(
                        "stage",
                        "1",
                        "title",
                        "Bimtek Tahap I",
                        "startsAt",
                        "2027-06-05T08:00",
                        "endsAt",
                        "2027-06-05T16:00",
                        "mode",
                        "HYBRID"));
        Api.Response created = pages.submit(
                form,
                action,
                Map.of(
                        "stage", "1",
                        "title", "Bimtek Tahap I",
                        "startsAt", "2027-06-05T08:00",
                        "endsAt", "2027-06-06T16:00",
                        "mode", "OFFLINE",
                        "venue", "Aula Bappelitbangda",
                        "minutes", "<p>Dibuka resmi</p><script>x()</script>"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#onlineUrl-error").text()).isNotBlank();
        assertThat(created.status()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        Document session =
                pages.get(location.replaceFirst("^https?://[^/]+", "")).html();
        assertThat(session.select("h1").text()).isEqualTo("Bimtek Tahap I");
        assertThat(session.select(".minutes").html()).isEqualTo("<p>Dibuka resmi</p>");
        assertThat(session.select(".facts").text())
                .contains(
                        IndonesianTimeZone.of(id.rancang.shared.RegionCode.of(region))
                                .name(),
                        "08:00");
    }

    @Test
    void aSessionFormSavedAfterSomeoneElsesChangeKeepsTheEntriesAndSavingAgainReplacesTheChange() {
        String base = "/api/v1/masterplans/" + masterplan;
        Map<String, Object> planned = new java.util.HashMap<>(Map.of(
                "stage", 1,
                "title", "Bimtek Tahap I",
                "startsAt", "2027-06-05T08:00:00+08:00",
                "endsAt", "2027-06-05T16:00:00+08:00",
                "mode", "OFFLINE",
                "venue", "Aula Bappelitbangda"));
        long session =
                api.post(base + "/sessions", token, planned).json().get("id").asLong();
        String edit = "/masterplans/" + masterplan + "/bimtek/sessions/" + session + "/edit";
        String action = "/masterplans/" + masterplan + "/bimtek/sessions/" + session;
        Map<String, String> mine = Map.of(
                "stage", "1",
                "title", "Bimtek Tahap I",
                "startsAt", "2027-06-05T08:00",
                "endsAt", "2027-06-05T16:00",
                "mode", "OFFLINE",
                "venue", "Ruang Rapat Bupati",
                "version", "0");
        planned.put("venue", "Hotel Sylvia");
        planned.put("version", 0);
        assertThat(api.put(base + "/sessions/" + session, token, planned).status())
                .isEqualTo(200);

        Api.Response stale = pages.submit(edit, action, mine);

        assertThat(stale.status()).isEqualTo(409);
        Document form = stale.html();
        assertThat(form.select("[role=alert]").text()).contains("Orang lain menyimpan sesi ini", "Hotel Sylvia");
        assertThat(form.select("dl.facts")).hasSize(1);
        assertThat(form.select("#venue").val()).isEqualTo("Ruang Rapat Bupati");
        assertThat(form.select("input[name=version]").val()).isEqualTo("1");
        Map<String, String> again = new java.util.HashMap<>(mine);
        again.put("version", "1");
        assertThat(pages.submit(edit, action, again).status()).isEqualTo(302);
        assertThat(api.get(base + "/sessions/" + session, token)
                        .json()
                        .get("venue")
                        .asString())
                .isEqualTo("Ruang Rapat Bupati");
    }

    @Test
    void attendanceMarkedOnTwoOpenSheetsKeepsBothAndTheSameRowChangedTwiceIsRefused() {
        String base = "/api/v1/masterplans/" + masterplan;
        long session = session("Bimtek Tahap II");
        long ana = participant("Ana Lewar", "GOVERNMENT");
        long budi = participant("Budi Kelen", "ACADEMIA");
        String page = "/masterplans/" + masterplan + "/bimtek/sessions/" + session;
        Api.PageSession door = api.pages().login(api.createUser("pintu", "EDITOR", region), Api.PASSWORD);
        assertThat(pages.get(page).html().select("input[name=seen_" + ana + "]"))
                .hasSize(1);
        // Both sheets were opened with nobody recorded: each marks one person.
        Map<String, String> nobody = Map.of("seen_" + ana, "", "seen_" + budi, "");
        Map<String, String> anaHere = new java.util.HashMap<>(nobody);
        anaHere.put("present", Long.toString(ana));
        Map<String, String> budiOnline = new java.util.HashMap<>(nobody);
        budiOnline.put("online", Long.toString(budi));

        assertThat(pages.submitHtmx(page, page + "/attendance", anaHere).status())
                .isEqualTo(200);
        assertThat(door.submitHtmx(page, page + "/attendance", budiOnline).status())
                .isEqualTo(200);

        JsonNode attendance =
                api.get(base + "/sessions/" + session + "/attendance", token).json();
        assertThat(attendance.get("participantIds").toString()).contains(Long.toString(ana), Long.toString(budi));
        assertThat(attendance.get("onlineIds").toString()).isEqualTo("[" + budi + "]");

        Map<String, String> anaOnline = new java.util.HashMap<>(nobody);
        anaOnline.put("online", Long.toString(ana));
        Api.Response stale = door.submitHtmx(page, page + "/attendance", anaOnline);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("[role=alert]").text())
                .contains("Ana Lewar")
                .doesNotContain("Budi Kelen");
        assertThat(stale.html().select("input[name=seen_" + ana + "]").val()).isEqualTo("IN_PERSON");
        assertThat(api.get(base + "/sessions/" + session + "/attendance", token)
                        .json()
                        .get("onlineIds")
                        .toString())
                .isEqualTo("[" + budi + "]");
    }

    @Test
    void anAgendaPointChangedOrDeletedFromAPageOpenedBeforeTheAgendaChangedIsRefused() {
        long session = session("Bimtek Tahap III");
        String agenda = "/api/v1/masterplans/" + masterplan + "/sessions/" + session + "/agenda";
        api.post(agenda, token, Map.of("startsAt", "2027-06-05T08:00:00+08:00", "title", "Registrasi"));
        api.post(agenda, token, Map.of("startsAt", "2027-06-05T09:00:00+08:00", "title", "Pembukaan"));
        String page = "/masterplans/" + masterplan + "/bimtek/sessions/" + session;
        String version = pages.get(page)
                .html()
                .select("form[action$=/agenda/0/delete] input[name=version]")
                .val();
        // Someone else removes the first point: "point 0" is now the opening.
        assertThat(api.delete(agenda + "/0", token).status()).isEqualTo(200);

        Api.Response delete = pages.submitHtmx(page, page + "/agenda/0/delete", Map.of("version", version));
        Api.Response change = pages.submitHtmx(
                page,
                page + "/agenda/0",
                Map.of("startsAt", "2027-06-05T08:30", "title", "Registrasi ulang", "version", version));

        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.html().select("[role=alert]").text()).contains("Susunan acara diubah orang lain");
        assertThat(change.status()).isEqualTo(409);
        JsonNode points = api.get("/api/v1/masterplans/" + masterplan + "/sessions/" + session, token)
                .json()
                .get("agenda");
        assertThat(points).hasSize(1);
        assertThat(points.get(0).get("title").asString()).isEqualTo("Pembukaan");
    }

    @Test
    void attendanceIsRecordedOnTheSessionPageAndItsFragmentServedToHtmx() {
        String base = "/api/v1/masterplans/" + masterplan;
        long session = session("Bimtek Tahap I");
        long participant = participant("Apolonia Corebima", "GOVERNMENT");
        String page = "/masterplans/" + masterplan + "/bimtek/sessions/" + session;

        Api.Response saved = pages.submit(page, page + "/attendance", Map.of("present", Long.toString(participant)));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(api.get(base + "/sessions/" + session + "/attendance", token)
                        .json()
                        .get("participantIds")
                        .toString())
                .isEqualTo("[" + participant + "]");
        Document html = pages.get(page).html();
        assertThat(html.select("#attendance caption").text()).contains("1 hadir dari 1");
        assertThat(pages.getHtmx(page).status()).isEqualTo(200);
    }

    @Test
    void participantsAreAddedOnTheirPage() {
        String path = "/masterplans/" + masterplan + "/bimtek/participants";

        Api.Response added = pages.submit(
                path,
                path,
                Map.of(
                        "name",
                        "Heronimus Lamawuran",
                        "category",
                        "GOVERNMENT",
                        "officeCode",
                        "DISKOMINFO",
                        "councilMember",
                        "true"));
        Api.Response refused = pages.submit(path, path, Map.of("name", "", "category", "MEDIA"));

        assertThat(added.status()).isEqualTo(302);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(pages.get(path).html().select("#participants tbody tr").text())
                .contains("Heronimus Lamawuran", "Dewan Smart City");
    }

    @Test
    void thePortfolioPageListsTheRegionAndFiltersWithHtmx() {
        String coordinator = api.createUser("koordinator", "NATIONAL_COORDINATOR", null);
        Api.PageSession session = api.pages().login(coordinator, Api.PASSWORD);

        Document page = session.get("/portfolio").html();
        Api.Response filtered = session.getHtmx("/portfolio?q=" + region + "&sort=progress");

        assertThat(page.select("table.data caption")).isNotEmpty();
        assertThat(page.select("a[href=/masterplans/" + masterplan + "/bimtek]"))
                .isNotEmpty();
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.html().select("tbody tr")).hasSize(1);
        assertThat(filtered.body()).doesNotContain("<header");
        assertThat(List.of(session.getHtmx("/portfolio?stage=4&q=" + region)
                        .html()
                        .select("tbody tr")
                        .size()))
                .containsExactly(0);
    }

    private long session(String title) {
        return api.post(
                        "/api/v1/masterplans/" + masterplan + "/sessions",
                        token,
                        Map.of(
                                "stage", 1,
                                "title", title,
                                "startsAt", "2027-06-05T08:00:00+08:00",
                                "endsAt", "2027-06-05T16:00:00+08:00",
                                "mode", "OFFLINE"))
                .json()
                .get("id")
                .asLong();
    }

    private long participant(String name, String category) {
        return api.post(
                        "/api/v1/masterplans/" + masterplan + "/participants",
                        token,
                        Map.of("name", name, "category", category))
                .json()
                .get("id")
                .asLong();
    }
}
