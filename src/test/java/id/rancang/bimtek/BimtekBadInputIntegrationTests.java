package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every bad input the Bimtek names (end before start, stage outside 1–4, online or hybrid without a
 * link, unknown participant, forbidden upload) answers 422 naming the field and the problem, and
 * nothing is written, also when changing what exists.
 */
@IntegrationTest
class BimtekBadInputIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    long masterplan;
    String token;
    String base;
    long session;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("REGION_ADMIN", 2027, 5);
        region = plan.region();
        token = plan.token();
        masterplan = plan.id();
        base = plan.base();
        session =
                api.post(base + "/sessions", token, session()).json().get("id").asLong();
    }

    @Test
    void aChangedSessionWithBadTimesStageOrMissingLinkIsRefusedAndStaysAsItWas() {
        Map<String, Object> endBeforeStart = session();
        endBeforeStart.put("endsAt", "2027-06-05T07:00:00+08:00");
        Map<String, Object> stageZero = session();
        stageZero.put("stage", 0);
        Map<String, Object> onlineWithoutLink = session();
        onlineWithoutLink.put("mode", "ONLINE");

        assertProblem(api.put(base + "/sessions/" + session, token, endBeforeStart), "endsAt", "sesudah");
        assertProblem(api.put(base + "/sessions/" + session, token, stageZero), "stage", "1");
        assertProblem(api.put(base + "/sessions/" + session, token, onlineWithoutLink), "onlineUrl", "tautan");

        JsonNode stored = api.get(base + "/sessions/" + session, token).json();
        assertThat(stored.get("version").asLong()).isZero();
        assertThat(stored.get("mode").asString()).isEqualTo("OFFLINE");
        assertThat(stored.get("stage").asInt()).isEqualTo(1);
    }

    @Test
    void sessionAndStageDatesOutsideTheYears2000To2100AreRefusedNamingTheFieldOnThePageAndInTheApi() {
        Map<String, Object> longAgo = session();
        longAgo.put("startsAt", "0001-01-01T09:00:00+08:00");
        longAgo.put("endsAt", "0001-01-01T16:00:00+08:00");
        longAgo.remove("agenda");
        Map<String, Object> farAhead = session();
        farAhead.put("endsAt", "2101-06-05T16:00:00+08:00");
        assertProblem(api.post(base + "/sessions", token, longAgo), "startsAt", "2000");
        assertProblem(api.post(base + "/sessions", token, farAhead), "endsAt", "2100");
        Map<String, Object> lateAction = session();
        lateAction.put(
                "actionItems",
                List.of(Map.of("description", "Kirim data", "owner", "Bappelitbangda", "dueDate", "0001-01-01")));
        assertProblem(api.put(base + "/sessions/" + session, token, lateAction), "actionItems[0].dueDate", "2000");

        Api.PageSession pages = api.pages().login(api.createUser("tanggal", "REGION_ADMIN", region), Api.PASSWORD);
        String bimtek = "/masterplans/" + masterplan + "/bimtek";
        Api.Response sessionOnPage = pages.submit(
                bimtek + "/sessions/new",
                bimtek + "/sessions",
                Map.of(
                        "stage", "1",
                        "title", "Bimtek Tahap I",
                        "startsAt", "0001-01-01T09:00",
                        "endsAt", "0001-01-01T16:00",
                        "mode", "OFFLINE"));
        assertThat(sessionOnPage.status()).isEqualTo(422);
        assertThat(sessionOnPage.html().select("#startsAt-error").text()).contains("2000", "2100");
        assertThat(api.get(base + "/sessions", token).json()).hasSize(1);

        Api.Response stageOnPage = pages.submitHtmx(
                bimtek,
                bimtek + "/stages/1",
                Map.of("plannedStart", "0001-03-10", "plannedEnd", "2027-03-12", "actualStart", "", "actualEnd", ""));
        assertThat(stageOnPage.status()).isEqualTo(422);
        assertThat(stageOnPage.html().select("[role=alert]").text()).contains("Rencana mulai", "2000", "2100");
        Api.Response endWithoutStart = pages.submitHtmx(
                bimtek,
                bimtek + "/stages/3",
                Map.of("plannedStart", "", "plannedEnd", "", "actualStart", "", "actualEnd", "2027-03-11"));
        assertThat(endWithoutStart.status()).isEqualTo(422);
        assertThat(endWithoutStart.html().select("[role=alert]").text())
                .contains("Realisasi selesai", "realisasi mulai");
        Api.Response endBeforeStart = pages.submitHtmx(
                bimtek, bimtek + "/stages/3", Map.of("actualStart", "2027-03-11", "actualEnd", "2027-03-10"));
        assertThat(endBeforeStart.status()).isEqualTo(422);
        JsonNode stages = api.get(base + "/stages", token).json();
        assertThat(stages.get(0).toString()).doesNotContain("0001");
        assertThat(stages.get(2).get("actualEnd").isNull()).isTrue();
        assertThat(stages.get(2).get("actualStart").isNull()).isTrue();
    }

    @Test
    void aSessionFormWithSeveralMistypedFieldsIsShownAgainWithEachMessageAtItsField() {
        Api.PageSession pages = api.pages().login(api.createUser("jenis", "REGION_ADMIN", region), Api.PASSWORD);
        String bimtek = "/masterplans/" + masterplan + "/bimtek";

        Api.Response created = pages.submit(
                bimtek + "/sessions/new",
                bimtek + "/sessions",
                Map.of(
                        "title", "x",
                        "mode", "OFFLINE",
                        "stage", "abc",
                        "startsAt", "2016-05-01T08:00",
                        "endsAt", "garbage"));
        assertThat(created.status()).as(created.body()).isEqualTo(422);
        assertThat(created.html().select("#stage-error").text()).isNotBlank();
        assertThat(created.html().select("#endsAt-error").text()).isNotBlank();
        assertThat(created.html().select("#title").attr("value")).isEqualTo("x");

        Api.Response changed = pages.submit(
                bimtek + "/sessions/" + session + "/edit",
                bimtek + "/sessions/" + session,
                Map.of(
                        "title", "Bimtek Tahap I",
                        "mode", "OFFLINE",
                        "stage", "1",
                        "startsAt", "garbage",
                        "endsAt", "2027-06-05T16:00",
                        "version", "abc"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(422);
        assertThat(changed.html().select("#startsAt-error").text()).isNotBlank();
        assertThat(api.get(base + "/sessions", token).json()).hasSize(1);
        assertThat(api.get(base + "/sessions/" + session, token)
                        .json()
                        .get("version")
                        .asLong())
                .isZero();
    }

    @Test
    void lineBreaksAndControlCharactersInSingleLineFieldsAreRefusedNamingTheFieldOnThePageAndInTheApi() {
        Map<String, Object> injected = session();
        injected.put("title", "Judul\r\nATTENDEE:mailto:evil@x.com");
        injected.put("venue", "Aula\u0007 Bappeda");
        Api.Response refused = api.post(base + "/sessions", token, injected);
        assertProblem(refused, "title", "satu baris");
        assertProblem(refused, "venue", "satu baris");
        Map<String, Object> agenda = session();
        agenda.put(
                "agenda", List.of(Map.of("startsAt", "2027-06-05T09:00:00+08:00", "title", "Pembukaan\nEND:VEVENT")));
        assertProblem(api.put(base + "/sessions/" + session, token, agenda), "agenda[0].title", "satu baris");
        assertProblem(
                api.post(base + "/participants", token, Map.of("name", "Yohanes\nKopong", "category", "GOVERNMENT")),
                "name",
                "satu baris");
        assertProblem(
                api.post(
                        base + "/sessions/" + session + "/inputs",
                        token,
                        Map.of("kind", "COMMENT", "text", "Dua\nbaris boleh", "author", "Bupati\r\nX")),
                "author",
                "satu baris");

        Api.PageSession pages = api.pages().login(api.createUser("baris", "REGION_ADMIN", region), Api.PASSWORD);
        String bimtek = "/masterplans/" + masterplan + "/bimtek";
        Api.Response onPage = pages.submit(
                bimtek + "/sessions/new",
                bimtek + "/sessions",
                Map.of(
                        "stage", "1",
                        "title", "Judul\r\nATTENDEE:mailto:evil@x.com",
                        "startsAt", "2027-06-05T08:00",
                        "endsAt", "2027-06-05T16:00",
                        "mode", "OFFLINE"));
        assertThat(onPage.status()).isEqualTo(422);
        assertThat(onPage.html().select("#title-error").text()).contains("satu baris");

        assertThat(api.get(base + "/sessions", token).json()).hasSize(1);
        assertThat(api.get(base + "/sessions/" + session, token)
                        .json()
                        .get("version")
                        .asLong())
                .isZero();
        assertThat(api.get(base + "/participants", token).json()).isEmpty();
        assertThat(api.get(base + "/sessions/" + session + "/inputs", token).json())
                .isEmpty();
    }

    @Test
    void anUnknownParticipantCategoryOnThePageShowsTheFormAgainWithAMessageOnTheCategory() {
        Api.PageSession pages = api.pages().login(api.createUser("peserta", "REGION_ADMIN", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/bimtek/participants";
        Map<String, String> alien = Map.of("name", "Yohanes Kopong", "category", "ALIEN", "position", "Camat");

        for (Api.Response refused : List.of(pages.submit(page, page, alien), pages.submitHtmx(page, page, alien))) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().select("#p-category-error").text())
                    .isEqualTo("Unsur pentahelix wajib dipilih dari daftar.");
            assertThat(refused.html().select("#p-name").attr("value")).isEqualTo("Yohanes Kopong");
            assertThat(refused.html().select("#p-position").attr("value")).isEqualTo("Camat");
        }
        assertThat(api.get(base + "/participants", token).json()).isEmpty();
    }

    @Test
    void anUnknownParticipantInAttendanceOrRegistrationWritesNothing() {
        long known = api.post(base + "/participants", token, Map.of("name", "Yohanes Kopong", "category", "GOVERNMENT"))
                .json()
                .get("id")
                .asLong();

        assertProblem(
                api.put(
                        base + "/sessions/" + session + "/attendance",
                        token,
                        Map.of("participantIds", List.of(known, 424242))),
                "participantIds[1]",
                "424242");
        assertProblem(
                api.put(
                        base + "/sessions/" + session + "/attendance",
                        token,
                        Map.of("participantIds", List.of(known), "onlineIds", List.of(424243))),
                "onlineIds[0]",
                "424243");

        JsonNode attendance =
                api.get(base + "/sessions/" + session + "/attendance", token).json();
        assertThat(attendance.get("participantIds")).isEmpty();
        assertThat(attendance.get("registeredIds")).isEmpty();
    }

    @Test
    void anUnknownParticipantTickedOnTheSessionPageIsNamedAndNothingIsWritten() {
        String username = api.createUser("hadir", "REGION_ADMIN", region);
        Api.PageSession pages = api.pages().login(username, Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/bimtek/sessions/" + session;

        Api.Response refused = pages.submitHtmx(page, page + "/attendance", Map.of("present", "434343"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select("#attendance [role=alert]").text()).contains("434343");
        assertThat(api.get(base + "/sessions/" + session + "/attendance", token)
                        .json()
                        .get("participantIds"))
                .isEmpty();
    }

    @Test
    void aForbiddenOrOversizedUploadWritesNothing() {
        String path = base + "/sessions/" + session + "/materials";
        byte[] pdf = "%PDF-1.4 paparan".getBytes(StandardCharsets.US_ASCII);
        byte[] large = new byte[(int) MaterialType.MAX_SIZE + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);

        assertProblem(api.upload(path, token, "skrip.sh", pdf), "file", null);
        assertProblem(api.upload(path, token, "besar.pdf", large), "file", null);

        assertThat(api.get(path, token).json()).isEmpty();
    }

    @Test
    void aStageOutsideOneToFourIsNotFound() {
        assertThat(api.post(base + "/stages/5/close", token, Map.of()).status()).isEqualTo(404);
        assertThat(api.post(base + "/stages/0/close", token, Map.of()).status()).isEqualTo(404);
        assertThat(api.get(base, token).json().get("stage").asInt()).isEqualTo(1);
    }

    private static Map<String, Object> session() {
        Map<String, Object> session = new HashMap<>();
        session.put("stage", 1);
        session.put("title", "Bimtek Tahap I");
        session.put("startsAt", "2027-06-05T08:00:00+08:00");
        session.put("endsAt", "2027-06-05T16:00:00+08:00");
        session.put("mode", "OFFLINE");
        session.put("version", 0);
        return session;
    }

    private static void assertProblem(Api.Response response, String field, String inMessage) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.toString()).contains("\"field\":\"" + field + "\"");
        for (JsonNode error : errors) {
            assertThat(error.get("message").asString())
                    .as("a message naming the problem")
                    .isNotBlank();
            if (inMessage != null && error.get("field").asString().equals(field)) {
                assertThat(error.get("message").asString()).containsIgnoringCase(inMessage);
            }
        }
    }
}
