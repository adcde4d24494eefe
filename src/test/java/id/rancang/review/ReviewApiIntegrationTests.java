package id.rancang.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reviewers, experts and authors discuss the items of a masterplan through the API. */
@IntegrationTest
class ReviewApiIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        region = plan.region();
        editor = plan.token();
        base = plan.base();
        Api.Response programme = api.post(base + "/programmes", editor, programme("GOV-01"));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);
    }

    @Test
    void anExpertCommentsTheAuthorsAnswerAndResolveAndTheOpenCountFollows() {
        String expert = api.tokenFor("EXPERT", region);
        Api.Response created = api.post(
                base + "/comments",
                expert,
                Map.of("targetKind", "PROGRAMME", "targetKey", "GOV-01", "text", "Sebutkan OPD pendukung."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(created.json().get("authorName").asString()).isEqualTo("Pengguna expert");
        assertThat(openInPortfolio(expert)).isEqualTo(1);

        Api.Response replied = api.post(base + "/comments/" + id + "/replies", editor, Map.of("text", "Sudah."));
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        assertThat(replied.json().get("replies").get(0).get("text").asString()).isEqualTo("Sudah.");

        Api.Response resolved = api.put(base + "/comments/" + id + "/resolution", editor, Map.of("resolved", true));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("resolvedBy").asString()).isNotBlank();
        assertThat(openInPortfolio(expert)).isZero();
        assertThat(api.get(base + "/comments?status=OPEN", expert).json()).isEmpty();
        assertThat(api.get(base + "/comments?status=RESOLVED&targetKind=PROGRAMME&targetKey=GOV-01", expert)
                        .json())
                .hasSize(1);

        Api.Response reopened = api.put(base + "/comments/" + id + "/resolution", expert, Map.of("resolved", false));
        assertThat(reopened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(openInPortfolio(expert)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String reviewer = api.tokenFor("REVIEWER", region);

        assertThat(invalidField(comment("PROGRAMME", "GOV-01", " "), reviewer)).isEqualTo("text");
        assertThat(invalidField(comment("SPEECH", "GOV-01", "Teks"), reviewer)).isEqualTo("targetKind");
        assertThat(invalidField(comment("PROGRAMME", "TIDAK-ADA", "Teks"), reviewer))
                .isEqualTo("targetKey");
        assertThat(invalidField(comment("CHAPTER", "bab satu", "Teks"), reviewer))
                .isEqualTo("targetKey");
        assertThat(invalidField(comment("SESSION", "999999", "Teks"), reviewer)).isEqualTo("targetKey");
        assertThat(api.get(base + "/comments?targetKind=SPEECH", reviewer).status())
                .isEqualTo(422);
        assertThat(api.get(base + "/comments", reviewer).json()).isEmpty();
    }

    @Test
    void aChapterCommentKeepsOnlySafeFormatting() {
        String reviewer = api.tokenFor("REVIEWER", region);
        Map<String, Object> body = new HashMap<>(comment("CHAPTER", "Buku2.Visi-Misi", ""));
        body.put(
                "text",
                "<p>Selaraskan <strong>visi</strong></p><script>alert(1)</script><a href=\"javascript:x\">x</a>");
        body.put("format", "HTML");

        JsonNode created = api.post(base + "/comments", reviewer, body).json();

        assertThat(created.get("targetKey").asString()).isEqualTo("buku2.visi-misi");
        assertThat(created.get("text").asString())
                .contains("<strong>visi</strong>")
                .doesNotContain("script")
                .doesNotContain("javascript");
    }

    @Test
    void onlyTheAuthorChangesOrDeletesACommentAndAnAnsweredOneStays() {
        String expert = api.tokenFor("EXPERT", region);
        long answered = api.post(base + "/comments", expert, comment("PROGRAMME", "GOV-01", "Satu"))
                .json()
                .get("id")
                .asLong();
        long lonely = api.post(base + "/comments", expert, comment("PROGRAMME", "GOV-01", "Dua"))
                .json()
                .get("id")
                .asLong();
        api.post(base + "/comments/" + answered + "/replies", editor, Map.of("text", "Jawab"));

        assertThat(api.delete(base + "/comments/" + answered, expert).status()).isEqualTo(409);
        assertThat(api.delete(base + "/comments/" + lonely, editor).status()).isEqualTo(403);
        assertThat(api.put(base + "/comments/" + lonely, editor, Map.of("text", "Bukan milik", "version", 0))
                        .status())
                .isEqualTo(403);

        Api.Response edited =
                api.put(base + "/comments/" + lonely, expert, Map.of("text", "Dua, diubah", "version", 0));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(api.put(base + "/comments/" + lonely, expert, Map.of("text", "Basi", "version", 0))
                        .status())
                .isEqualTo(409);
        assertThat(api.put(
                                base + "/comments/" + answered + "/resolution",
                                editor,
                                Map.of("resolved", true, "version", 5))
                        .status())
                .isEqualTo(409);

        assertThat(api.delete(base + "/comments/" + lonely, expert).status()).isEqualTo(204);
        assertThat(api.get(base + "/comments/" + lonely, expert).status()).isEqualTo(404);
        assertThat(api.get(base + "/comments", expert).json()).hasSize(1);
    }

    @Test
    void viewersReadButDoNotCommentAndOnlyAuthorsResolveOthersComments() {
        String expert = api.tokenFor("EXPERT", region);
        String viewer = api.tokenFor("VIEWER", region);
        String reviewer = api.tokenFor("REVIEWER", region);
        long id = api.post(base + "/comments", expert, comment("PROGRAMME", "GOV-01", "Catatan"))
                .json()
                .get("id")
                .asLong();

        assertThat(api.post(base + "/comments", viewer, comment("PROGRAMME", "GOV-01", "Saya juga"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(base + "/comments/" + id + "/replies", viewer, Map.of("text", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(api.put(base + "/comments/" + id + "/resolution", reviewer, Map.of("resolved", true))
                        .status())
                .isEqualTo(403);
        assertThat(api.get(base + "/comments", viewer).json()).hasSize(1);
    }

    @Test
    void theCommitmentSheetListsTheRegentFirstAndChecksOfficeAndDate() {
        String viewer = api.tokenFor("VIEWER", region);
        Api.Response head =
                api.post(base + "/commitments", editor, signatory("Kepala Dinas", "OFFICE_HEAD", "diskominfo"));
        assertThat(head.status()).as(head.body()).isEqualTo(201);
        assertThat(head.json().get("officeCode").asString()).isEqualTo("DISKOMINFO");
        api.post(base + "/commitments", editor, signatory("Bupati", "REGENT", null));

        JsonNode sheet = api.get(base + "/commitments", viewer).json();
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(0).get("role").asString()).isEqualTo("REGENT");
        assertThat(sheet.get(1).get("signedOn").asString()).isEqualTo("2026-01-05");

        assertThat(errorField(api.post(base + "/commitments", editor, signatory("X", "OFFICE_HEAD", "NOPE"))))
                .isEqualTo("officeCode");
        Map<String, Object> future = new HashMap<>(signatory("X", "REGENT", null));
        future.put("signedOn", "2999-01-01");
        assertThat(errorField(api.post(base + "/commitments", editor, future))).isEqualTo("signedOn");
        assertThat(errorField(api.post(base + "/commitments", editor, signatory("X", "KING", null))))
                .isEqualTo("role");
        assertThat(api.post(base + "/commitments", viewer, signatory("X", "REGENT", null))
                        .status())
                .isEqualTo(403);

        long id = head.json().get("id").asLong();
        assertThat(api.delete(base + "/commitments/" + id, viewer).status()).isEqualTo(403);
        assertThat(api.delete(base + "/commitments/" + id, editor).status()).isEqualTo(204);
        assertThat(api.get(base + "/commitments", viewer).json()).hasSize(1);
    }

    @Test
    void aSignatureDatedBeforeTheYear2000IsRefusedNamingTheDateOnThePageAndInTheApi() {
        Map<String, Object> longAgo = new HashMap<>(signatory("Bupati", "REGENT", null));
        longAgo.put("signedOn", "0001-01-01");
        Api.Response refused = api.post(base + "/commitments", editor, longAgo);
        assertThat(errorField(refused)).isEqualTo("signedOn");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("2000", "2100");

        String page = base.replace("/api/v1", "") + "/commitments";
        Api.PageSession author = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        Api.Response onPage = author.submit(
                page, page, Map.of("name", "Bupati", "position", "Bupati", "role", "REGENT", "signedOn", "0001-01-01"));
        assertThat(onPage.status()).isEqualTo(422);
        assertThat(onPage.html().select(".field-error").text()).contains("2000", "2100");
        assertThat(api.get(base + "/commitments", editor).json()).isEmpty();
    }

    private long openInPortfolio(String token) {
        long masterplan = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
        for (JsonNode entry : api.get("/api/v1/portfolio", token).json()) {
            if (entry.get("masterplanId").asLong() == masterplan) {
                return entry.get("figures").get("reviewComments").asLong();
            }
        }
        throw new AssertionError("masterplan not in the portfolio");
    }

    private String invalidField(Map<String, Object> body, String token) {
        return errorField(api.post(base + "/comments", token, body));
    }

    private static String errorField(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().get("errors").get(0).get("field").asString();
    }

    static Map<String, Object> comment(String kind, String key, String text) {
        return Map.of("targetKind", kind, "targetKey", key, "text", text);
    }

    private static Map<String, Object> signatory(String name, String role, String office) {
        Map<String, Object> body = new HashMap<>(
                Map.of("name", name, "position", "Jabatan " + name, "role", role, "signedOn", "2026-01-05"));
        if (office != null) {
            body.put("officeCode", office);
        }
        return body;
    }

    static Map<String, Object> programme(String code) {
        return Map.of(
                "code", code,
                "name", "Portal Layanan Publik",
                "dimension", "governance",
                "ownerOffice", "DISKOMINFO",
                "durationYears", 1,
                "costs", List.of(1000),
                "fundingSource", "APBD");
    }
}
