package id.rancang.bimtek;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Participants, agenda items, registrations and materials are changed in place, in pages and API. */
@IntegrationTest
class BimtekEditingIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String token;
    String base;
    String pageBase;
    long session;
    Api.PageSession pages;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String region = api.freshRegency();
        String username = api.createUser("ubah", "REGION_ADMIN", region);
        token = api.token(username, Api.PASSWORD);
        long masterplan = api.post(
                        "/api/v1/masterplans",
                        token,
                        Map.of("regionCode", region, "startYear", 2027, "horizonYears", 5, "title", "MP " + region))
                .json()
                .get("id")
                .asLong();
        base = "/api/v1/masterplans/" + masterplan;
        pageBase = "/masterplans/" + masterplan + "/bimtek";
        session = api.post(
                        base + "/sessions",
                        token,
                        Map.of(
                                "stage",
                                1,
                                "title",
                                "Bimtek Tahap I",
                                "startsAt",
                                "2027-06-05T08:00:00+08:00",
                                "endsAt",
                                "2027-06-05T16:00:00+08:00",
                                "mode",
                                "OFFLINE",
                                "agenda",
                                List.of(
                                        Map.of("startsAt", "2027-06-05T08:00:00+08:00", "title", "Pembukaan"),
                                        Map.of(
                                                "startsAt", "2027-06-05T09:00:00+08:00",
                                                "title", "Paparan kebijakan",
                                                "speaker", "Badarrudin",
                                                "speakerRole", "EXPERT"))))
                .json()
                .get("id")
                .asLong();
        pages = api.pages().login(username, Api.PASSWORD);
    }

    @Test
    void aParticipantIsEditedInlineAndDeletedUnlessRecordedPresent() {
        long kept = participant("Yohanes Kopong");
        long leaving = participant("Salah Ketik");
        String list = pageBase + "/participants";

        Api.Response form = pages.getHtmx(list + "/" + kept + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("<header").contains("name=\"version\"");
        Api.Response saved = pages.submitHtmx(
                list,
                list + "/" + kept,
                Map.of("name", "Yohanes Kopong, S.IP.", "category", "GOVERNMENT", "position", "Camat", "version", "0"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).startsWith("<tr").contains("Yohanes Kopong, S.IP.", "Camat");
        Api.Response stale = pages.submitHtmx(
                list, list + "/" + kept, Map.of("name", "Lama", "category", "GOVERNMENT", "version", "0"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("[role=alert]").text()).contains("Yohanes Kopong, S.IP.");
        assertThat(stale.html().select("input[name=name]").val()).isEqualTo("Lama");
        assertThat(stale.html().select("input[name=version]").val()).isEqualTo("1");

        Api.Response deleted = pages.submitHtmx(list, list + "/" + leaving + "/delete", Map.of());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.html().select("#participants tbody").text()).doesNotContain("Salah Ketik");

        api.put(base + "/sessions/" + session + "/attendance", token, Map.of("participantIds", List.of(kept)));
        Api.Response refused = pages.submitHtmx(list, list + "/" + kept + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().select("[role=alert]").text()).contains("tercatat hadir");
        assertThat(api.delete(base + "/participants/" + kept, token).status()).isEqualTo(409);
        assertThat(api.get(base + "/participants", token).json()).hasSize(1);
    }

    @Test
    void agendaItemsAreAddedChangedAndRemovedWithTimesSpeakerAndRole() {
        String page = pageBase + "/sessions/" + session;

        Api.Response editing = pages.getHtmx(page + "/agenda/1/edit");
        assertThat(editing.status()).isEqualTo(200);
        assertThat(editing.html().select("#agenda-title-1").attr("value")).isEqualTo("Paparan kebijakan");
        Api.Response changed = pages.submitHtmx(
                page,
                page + "/agenda/1",
                Map.of(
                        "startsAt", "2027-06-05T10:00",
                        "title", "Paparan Kominfo",
                        "speaker", "Dr. Maria Hayon",
                        "speakerRole", "MODERATOR"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.html().select("#agenda tbody").text())
                .contains("Paparan Kominfo", "Dr. Maria Hayon", "Moderator");
        Api.Response outside = pages.submitHtmx(
                page, page + "/agenda/1", Map.of("startsAt", "2027-06-07T10:00", "title", "Di luar sesi"));
        assertThat(outside.status()).isEqualTo(422);

        Api.Response added = api.post(
                base + "/sessions/" + session + "/agenda",
                token,
                Map.of("startsAt", "2027-06-05T08:30:00+08:00", "title", "Sambutan Bupati", "speakerRole", "OFFICIAL"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("agenda").get(1).get("title").asString()).isEqualTo("Sambutan Bupati");
        assertThat(api.delete(base + "/sessions/" + session + "/agenda/0", token)
                        .json()
                        .get("agenda"))
                .hasSize(2);
        assertThat(pages.submitHtmx(page, page + "/agenda/0/delete", Map.of()).status())
                .isEqualTo(200);
        JsonNode agenda = api.get(base + "/sessions/" + session, token).json().get("agenda");
        assertThat(agenda).hasSize(1);
        assertThat(agenda.get(0).get("title").asString()).isEqualTo("Paparan Kominfo");
        assertThat(api.delete(base + "/sessions/" + session + "/agenda/5", token)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void participantsAreRegisteredAndUnregisteredOnTheSessionPage() {
        long invited = participant("Apolonia Corebima");
        long present = participant("Heronimus Lamawuran");
        String page = pageBase + "/sessions/" + session;

        Api.Response registered =
                pages.submitHtmx(page, page + "/registrations", Map.of("participant", Long.toString(invited)));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.html().select("#registration-" + invited).text()).contains("Apolonia Corebima");
        assertThat(pages.submitHtmx(page, page + "/registrations", Map.of("participant", "999999"))
                        .status())
                .isEqualTo(422);

        Api.Response withdrawn = pages.submitHtmx(page, page + "/registrations/" + invited + "/delete", Map.of());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.html().select("#registration-" + invited)).isEmpty();

        api.put(base + "/sessions/" + session + "/attendance", token, Map.of("participantIds", List.of(present)));
        assertThat(api.delete(base + "/sessions/" + session + "/registrations/" + present, token)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aMaterialIsDeletedInThePageAndTheApi() {
        String path = base + "/sessions/" + session + "/materials";
        byte[] pdf = "%PDF-1.4 paparan".getBytes(StandardCharsets.US_ASCII);
        long first =
                api.upload(path, token, "paparan-1.pdf", pdf).json().get("id").asLong();
        long second =
                api.upload(path, token, "paparan-2.pdf", pdf).json().get("id").asLong();
        String page = pageBase + "/sessions/" + session;

        Api.Response deleted = pages.submitHtmx(page, page + "/materials/" + first + "/delete", Map.of());

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).doesNotContain("<header");
        assertThat(deleted.html().select("#materials").text())
                .doesNotContain("paparan-1.pdf")
                .contains("paparan-2.pdf");
        assertThat(api.delete(path + "/" + second, token).status()).isEqualTo(204);
        assertThat(api.get(path, token).json()).isEmpty();
        assertThat(api.delete(path + "/" + second, token).status()).isEqualTo(404);
    }

    private long participant(String name) {
        Api.Response created = api.post(base + "/participants", token, Map.of("name", name, "category", "GOVERNMENT"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
