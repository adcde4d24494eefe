package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import id.rancang.shared.IndonesianTimeZone;
import id.rancang.shared.RegionCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class BimtekApiIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String admin;
    long masterplan;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("REGION_ADMIN", 2027, 5);
        region = plan.region();
        admin = plan.token();
        masterplan = plan.id();
        base = plan.base();
    }

    @Test
    void aNewMasterplanHasFourStagesWithTheFirstInProgressAndItsOutputs() {
        JsonNode stages = api.get(base + "/stages", admin).json();

        assertThat(stages).hasSize(4);
        assertThat(stages.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(stages.get(0).get("name").asString()).isEqualTo("Analisis strategis");
        assertThat(stages.get(0).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(stages.get(1).get("status").asString()).isEqualTo("PLANNED");
        assertThat(stages.get(0).get("outputs").toString()).contains("READINESS_ANALYSIS", "\"done\":false");
        assertThat(stages.get(0).has("plannedStart")).isTrue();
    }

    @Test
    void closingTheCurrentStageAdvancesTheMasterplanAndOnlyTheAdministratorOrExpertMayDoIt() {
        String editor = api.tokenFor("EDITOR", region);
        String expert = api.tokenFor("EXPERT", region);

        assertThat(api.post(base + "/stages/1/close", editor, Map.of()).status())
                .isEqualTo(403);
        Map<String, Object> confirmed = Map.of("closeWithOpenOutputs", true);
        Api.Response closed = api.post(base + "/stages/1/close", admin, confirmed);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get(base, admin).json().get("stage").asInt()).isEqualTo(2);
        assertThat(api.post(base + "/stages/1/close", admin, confirmed).status())
                .isEqualTo(409);
        assertThat(api.post(base + "/stages/2/close", expert, confirmed).status())
                .isEqualTo(200);
        assertThat(api.get(base, admin).json().get("stage").asInt()).isEqualTo(3);
    }

    @Test
    void aParticipantsContactIsGivenOnlyToThoseWhoKeepTheBimtek() {
        long participant = api.post(
                        base + "/participants",
                        admin,
                        Map.of("name", "Yohanes Kopong", "category", "GOVERNMENT", "contact", "0812 3456 789"))
                .json()
                .get("id")
                .asLong();
        String path = base + "/participants/" + participant;
        long session = api.post(
                        base + "/sessions",
                        admin,
                        Map.of(
                                "stage", 1,
                                "title", "Bimtek Tahap I",
                                "startsAt", "2027-06-05T08:00:00+08:00",
                                "endsAt", "2027-06-05T16:00:00+08:00",
                                "mode", "OFFLINE"))
                .json()
                .get("id")
                .asLong();

        for (String role : List.of("VIEWER", "OFFICE_CONTRIBUTOR", "REVIEWER")) {
            String token = api.tokenFor(role, region);
            assertThat(api.get(path, token).json().get("contact").isNull())
                    .as(role)
                    .isTrue();
            assertThat(api.get(base + "/participants", token).body()).as(role).doesNotContain("0812");
            assertThat(api.get(base + "/sessions/" + session + "/attendance", token)
                            .body())
                    .as(role)
                    .doesNotContain("0812");
        }
        assertThat(api.get(path, api.tokenFor("NATIONAL_COORDINATOR", null))
                        .json()
                        .get("contact")
                        .isNull())
                .isTrue();
        for (String role : List.of("EDITOR", "EXPERT")) {
            assertThat(api.get(path, api.tokenFor(role, region))
                            .json()
                            .get("contact")
                            .asString())
                    .as(role)
                    .isEqualTo("0812 3456 789");
        }
        assertThat(api.get(path, admin).json().get("contact").asString()).isEqualTo("0812 3456 789");
    }

    @Test
    void anOutputIsTickedByHandWithANote() {
        Api.Response ticked = api.put(
                base + "/outputs/SWOT_GAP", admin, Map.of("done", true, "note", "Disepakati dalam FGD hari kedua"));

        assertThat(ticked.status()).as(ticked.body()).isEqualTo(200);
        JsonNode output = ticked.json().get("outputs").get(2);
        assertThat(output.get("code").asString()).isEqualTo("SWOT_GAP");
        assertThat(output.get("done").asBoolean()).isTrue();
        assertThat(output.get("note").asString()).isEqualTo("Disepakati dalam FGD hari kedua");
        assertThat(api.put(base + "/outputs/NO_SUCH", admin, Map.of("done", true))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void sessionTimesKeepTheirInstantAndAreShownInTheRegionsZone() {
        String offset = IndonesianTimeZone.of(RegionCode.of(region))
                .zoneId()
                .getRules()
                .getOffset(java.time.Instant.parse("2027-06-05T00:00:00Z"))
                .getId();
        Api.Response created =
                api.post(base + "/sessions", admin, session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        OffsetDateTime startsAt = OffsetDateTime.parse(body.get("startsAt").asString());
        assertThat(startsAt.toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-06-05T08:00:00+08:00").toInstant());
        assertThat(startsAt.getOffset().getId()).isEqualTo(offset);
        assertThat(body.get("mode").asString()).isEqualTo("HYBRID");
        assertThat(body.get("agenda").get(0).get("speaker").asString()).isEqualTo("Badarrudin");
        assertThat(api.get(base + "/sessions/" + body.get("id").asLong(), admin).status())
                .isEqualTo(200);
    }

    @Test
    void badSessionsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Object> endBeforeStart = session("2027-06-05T16:00:00+08:00", "2027-06-05T08:00:00+08:00");
        Map<String, Object> wrongStage = session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00");
        wrongStage.put("stage", 5);
        Map<String, Object> noLink = session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00");
        noLink.remove("onlineUrl");

        assertProblem(api.post(base + "/sessions", admin, endBeforeStart), "endsAt");
        assertProblem(api.post(base + "/sessions", admin, wrongStage), "stage");
        assertProblem(api.post(base + "/sessions", admin, noLink), "onlineUrl");
        assertThat(api.get(base + "/sessions", admin).json()).isEmpty();
    }

    @Test
    void minutesAreSanitisedAndSessionsChangeWithTheirVersion() {
        long id = api.post(base + "/sessions", admin, session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00"))
                .json()
                .get("id")
                .asLong();
        Map<String, Object> change = session("2027-06-05T08:00:00+08:00", "2027-06-06T16:00:00+08:00");
        change.put("minutes", "<p>Pembukaan <b>resmi</b></p><script>alert(1)</script><img src=x onerror=alert(1)>");
        change.put("version", 0);

        Api.Response updated = api.put(base + "/sessions/" + id, admin, change);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("minutes").asString())
                .isEqualTo("<p>Pembukaan <b>resmi</b></p>")
                .doesNotContain("script", "onerror");
        assertThat(api.put(base + "/sessions/" + id, admin, change).status()).isEqualTo(409);
        assertThat(api.delete(base + "/sessions/" + id, admin).status()).isEqualTo(204);
        assertThat(api.get(base + "/sessions/" + id, admin).status()).isEqualTo(404);
    }

    @Test
    void theSessionListCarriesAgendaAndActionItemsAndAChangeSentBackFromItKeepsThem() {
        Map<String, Object> planned = session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00");
        planned.put(
                "actionItems",
                List.of(Map.of("description", "Kirim data kesiapan", "owner", "Bappelitbangda", "done", false)));
        long id = api.post(base + "/sessions", admin, planned).json().get("id").asLong();

        JsonNode listed = api.get(base + "/sessions", admin).json().get(0);

        assertThat(listed.get("agenda")).hasSize(1);
        assertThat(listed.get("agenda").get(0).get("title").asString()).isEqualTo("Pembukaan");
        assertThat(listed.get("actionItems")).hasSize(1);
        assertThat(listed.get("actionItems").get(0).get("owner").asString()).isEqualTo("Bappelitbangda");

        String retitled = listed.toString().replace("Bimtek Tahap I, hari pertama", "Bimtek Tahap I, hari kedua");
        Api.Response changed = api.put(base + "/sessions/" + id, admin, retitled);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Map<String, Object> withoutLists = session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00");
        withoutLists.remove("agenda");
        withoutLists.put("version", changed.json().get("version").asLong());
        Api.Response changedAgain = api.put(base + "/sessions/" + id, admin, withoutLists);
        assertThat(changedAgain.status()).as(changedAgain.body()).isEqualTo(200);

        JsonNode stored = api.get(base + "/sessions/" + id, admin).json();
        assertThat(stored.get("agenda")).hasSize(1);
        assertThat(stored.get("actionItems")).hasSize(1);
        assertThat(stored.get("actionItems").get(0).get("description").asString())
                .isEqualTo("Kirim data kesiapan");
    }

    @Test
    void attendanceIsRecordedInPersonOrOnlineAndTicksTheStageOutput() {
        long session = api.post(
                        base + "/sessions", admin, session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00"))
                .json()
                .get("id")
                .asLong();
        long camat = participant("Yohanes Kopong", "GOVERNMENT");
        long lecturer = participant("Dr. Maria Hayon", "ACADEMIA");
        String path = base + "/sessions/" + session + "/attendance";

        Api.Response unknown = api.put(path, admin, Map.of("participantIds", List.of(camat, 999_999)));
        assertProblem(unknown, "participantIds[1]");
        Api.Response recorded = api.put(
                path, admin, Map.of("participantIds", List.of(camat, lecturer), "onlineIds", List.of(lecturer)));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode attendance = api.get(path, admin).json();
        assertThat(attendance.get("participantIds").toString()).contains(Long.toString(camat), Long.toString(lecturer));
        assertThat(attendance.get("onlineIds").toString()).isEqualTo("[" + lecturer + "]");
        JsonNode held =
                api.get(base + "/stages", admin).json().get(0).get("outputs").get(0);
        assertThat(held.get("code").asString()).isEqualTo("STAGE1_HELD");
        assertThat(held.get("done").asBoolean()).isTrue();
        assertThat(held.get("automatic").asBoolean()).isTrue();
    }

    @Test
    void registeredParticipantsMakeUpTheSheetAndAParticipantChangesWithTheirVersion() {
        long session = api.post(
                        base + "/sessions", admin, session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00"))
                .json()
                .get("id")
                .asLong();
        long invited = participant("Yohanes Kopong", "GOVERNMENT");
        participant("Tidak Diundang", "MEDIA");

        Api.Response registered = api.put(
                base + "/sessions/" + session + "/registrations", admin, Map.of("participantIds", List.of(invited)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(registered.json().get("registeredIds").toString()).isEqualTo("[" + invited + "]");
        assertProblem(
                api.put(base + "/sessions/" + session + "/registrations", admin, Map.of("participantIds", List.of(-1))),
                "participantIds[0]");
        api.put(base + "/sessions/" + session + "/attendance", admin, Map.of("participantIds", List.of()));
        assertThat(api.get(base + "/sessions/" + session + "/attendance", admin)
                        .json()
                        .get("registeredIds")
                        .toString())
                .as("a registration survives an attendance without the person")
                .isEqualTo("[" + invited + "]");

        Map<String, Object> change =
                new HashMap<>(Map.of("name", "Yohanes Kopong, S.IP.", "category", "GOVERNMENT", "version", 0));
        Api.Response changed = api.put(base + "/participants/" + invited, admin, change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(base + "/participants/" + invited, admin)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Yohanes Kopong, S.IP.");
        assertThat(api.put(base + "/participants/" + invited, admin, change).status())
                .isEqualTo(409);
    }

    @Test
    void participantsNeedANameAndCategoryAndAKnownOffice() {
        assertProblem(api.post(base + "/participants", admin, Map.of("name", "Tanpa Kategori")), "category");
        assertProblem(
                api.post(
                        base + "/participants",
                        admin,
                        Map.of("name", "X", "category", "GOVERNMENT", "officeCode", "NOPE")),
                "officeCode");
        Api.Response created = api.post(
                base + "/participants",
                admin,
                Map.of(
                        "name",
                        "Heronimus Lamawuran",
                        "category",
                        "GOVERNMENT",
                        "officeCode",
                        "diskominfo",
                        "position",
                        "Kepala Dinas"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("officeCode").asString()).isEqualTo("DISKOMINFO");
        assertThat(api.get(base + "/participants", admin).json()).hasSize(1);
    }

    @Test
    void theAttendanceSheetAndCalendarAreExported() throws Exception {
        long session = api.post(
                        base + "/sessions", admin, session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00"))
                .json()
                .get("id")
                .asLong();
        long camat = participant("Yohanes Kopong", "GOVERNMENT");
        api.put(base + "/sessions/" + session + "/attendance", admin, Map.of("participantIds", List.of(camat)));

        byte[] xlsx = api.download(base + "/sessions/" + session + "/attendance.xlsx", admin);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DAFTAR HADIR");
            assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Yohanes Kopong");
            assertThat(sheet.getRow(7).getCell(5).getStringCellValue()).isEqualTo("Hadir langsung");
        }
        byte[] pdf = api.download(base + "/sessions/" + session + "/attendance.pdf", admin);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("DAFTAR HADIR", "Yohanes Kopong", "Hadir langsung");
        }
        Api.Response ics = api.get(base + "/sessions/" + session + "/calendar.ics", admin);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("DTSTART:20270605T000000Z\r\n", "DTEND:20270605T080000Z\r\n", "SUMMARY:Bimtek Tahap I")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void materialsAreCheckedForTypeAndSize() {
        long session = api.post(
                        base + "/sessions", admin, session("2027-06-05T08:00:00+08:00", "2027-06-05T16:00:00+08:00"))
                .json()
                .get("id")
                .asLong();
        String path = base + "/sessions/" + session + "/materials";
        byte[] pdf = "%PDF-1.4\n% paparan narasumber\n".getBytes(StandardCharsets.US_ASCII);

        Api.Response uploaded = api.upload(path, admin, "paparan-tahap-1.pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertProblem(api.upload(path, admin, "program.exe", pdf), "file");
        assertProblem(api.upload(path, admin, "palsu.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)), "file");
        byte[] large = new byte[(int) MaterialType.MAX_SIZE + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        assertProblem(api.upload(path, admin, "besar.pdf", large), "file");

        assertThat(api.get(path, admin).json()).hasSize(1);
        long id = uploaded.json().get("id").asLong();
        assertThat(api.download(path + "/" + id, admin)).isEqualTo(pdf);
        Api.PageSession pages = api.pages().login(api.createUser("materi", "VIEWER", region), Api.PASSWORD);
        assertThat(pages.get("/masterplans/" + masterplan + "/bimtek/sessions/" + session)
                        .html()
                        .select("#materials tbody td.number")
                        .text())
                .isEqualTo(pdf.length + " B");
    }

    @Test
    void thePortfolioShowsCoordinatorsEveryRegionAndExpertsTheirOwn() {
        String other = api.newMasterplan("EDITOR", 2027, 5).region();
        api.put(base + "/outputs/SWOT_GAP", admin, Map.of("done", true));

        JsonNode all = api.get("/api/v1/portfolio", api.tokenFor("NATIONAL_COORDINATOR", null))
                .json();
        JsonNode mine =
                api.get("/api/v1/portfolio", api.tokenFor("EXPERT", region)).json();

        assertThat(all.toString()).contains("\"" + region + "\"", "\"" + other + "\"");
        assertThat(mine).hasSize(1);
        JsonNode entry = mine.get(0);
        assertThat(entry.get("regionCode").asString()).isEqualTo(region);
        assertThat(entry.get("masterplanId").asLong()).isEqualTo(masterplan);
        assertThat(entry.get("stage").asInt()).isEqualTo(1);
        assertThat(entry.get("outputsDone").asInt()).isEqualTo(1);
        assertThat(entry.get("outputsTotal").asInt()).isEqualTo(StageOutput.values().length);
    }

    private long participant(String name, String category) {
        Api.Response created = api.post(base + "/participants", admin, Map.of("name", name, "category", category));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> session(String startsAt, String endsAt) {
        Map<String, Object> session = new HashMap<>();
        session.put("stage", 1);
        session.put("title", "Bimtek Tahap I, hari pertama");
        session.put("startsAt", startsAt);
        session.put("endsAt", endsAt);
        session.put("mode", "HYBRID");
        session.put("venue", "Rumah Bina Saron, Larantuka");
        session.put("onlineUrl", "https://zoom.example/j/123");
        session.put(
                "agenda",
                List.of(Map.of(
                        "startsAt",
                        startsAt,
                        "title",
                        "Pembukaan",
                        "speaker",
                        "Badarrudin",
                        "speakerRole",
                        "OFFICIAL")));
        return session;
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
