package id.rancang.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review thread included in other pages, the masterplan's review page and the commitment sheet. */
@IntegrationTest
class ReviewPagesIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    long masterplan;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        region = plan.region();
        editor = plan.token();
        masterplan = plan.id();
        api.post(plan.base() + "/programmes", editor, ReviewApiIntegrationTests.programme("GOV-01"));
    }

    @Test
    void theProgrammePageLoadsItsThreadWhereAnExpertCommentsAndAnAuthorAnswersAndResolves() {
        String page = "/masterplans/" + masterplan + "/programmes/GOV-01/edit";
        String thread = "/masterplans/" + masterplan + "/review/thread?targetKind=PROGRAMME&targetKey=GOV-01";
        Api.PageSession expert = api.pages().login(api.createUser("ahli", "EXPERT", region), Api.PASSWORD);
        Api.PageSession author = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);

        Document programme = author.get(page).html();
        assertThat(programme.select("section.review-thread[hx-get]").attr("hx-get"))
                .isEqualTo(thread);
        assertThat(expert.get("/masterplans/" + masterplan + "/programmes")
                        .html()
                        .select("a[href=\"" + thread + "\"]"))
                .hasSize(1);
        Api.Response fragment = expert.getHtmx(thread);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").contains("review-new");

        Api.Response added = expert.submitHtmx(
                thread,
                "/masterplans/" + masterplan + "/review/thread",
                Map.of("targetKind", "PROGRAMME", "targetKey", "GOV-01", "text", "Cantumkan DISDUKCAPIL."));
        assertThat(added.status()).isEqualTo(200);
        Document answer = added.html();
        assertThat(answer.select(".review-item .comment-text").text()).isEqualTo("Cantumkan DISDUKCAPIL.");
        assertThat(answer.select("form.review-new textarea").text()).isEmpty();

        Api.Response empty = expert.submitHtmx(
                thread,
                "/masterplans/" + masterplan + "/review/thread",
                Map.of("targetKind", "PROGRAMME", "targetKey", "GOV-01", "text", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().select(".field-error").text()).isNotBlank();

        long id = Long.parseLong(
                answer.select(".review-item p.review-meta").attr("id").replace("comment-", ""));
        String comments = "/masterplans/" + masterplan + "/review/comments/" + id;

        // Its writer changes it in the page; nobody else sees the form, and a stale form is refused.
        assertThat(answer.select("details.review-edit textarea").text()).isEqualTo("Cantumkan DISDUKCAPIL.");
        assertThat(author.getHtmx(thread).html().select("details.review-edit")).isEmpty();
        Api.Response changed = expert.submitHtmx(
                thread, comments + "/edit", Map.of("text", "Cantumkan DISDUKCAPIL dan DINSOS.", "version", "0"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.html().select(".review-item .comment-text").first().text())
                .isEqualTo("Cantumkan DISDUKCAPIL dan DINSOS.");
        Api.Response stale =
                expert.submitHtmx(thread, comments + "/edit", Map.of("text", "Versi lama.", "version", "0"));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response blank = expert.submitHtmx(thread, comments + "/edit", Map.of("text", " ", "version", "1"));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.html().select("details.review-edit[open] .field-error").text())
                .isNotBlank();
        assertThat(author.submitHtmx(thread, comments + "/edit", Map.of("text", "Bukan miliknya.", "version", "1"))
                        .status())
                .isEqualTo(403);
        Api.Response replied = author.submitHtmx(page, comments + "/replies", Map.of("text", "Sudah ditambahkan."));
        assertThat(replied.html().select(".review-replies").text()).contains("Sudah ditambahkan.");
        Api.Response resolved =
                author.submit(page, comments + "/resolution", Map.of("resolved", "true", "version", "1"));
        assertThat(resolved.status()).isEqualTo(302);
        assertThat(resolved.headers().firstValue("Location").orElseThrow()).contains("/review/thread");

        Document full = author.get(thread).html();
        assertThat(full.select("h1").text()).contains("Portal Layanan Publik");
        assertThat(full.select(".review-item.resolved")).hasSize(1);
        Api.Response refused = expert.submitHtmx(thread, comments + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().select("[role=alert]").text()).isNotBlank();
    }

    @Test
    void aThreadOnAnItemThatIsNotInTheMasterplanIsNotFoundAndACommentOnItIsRefusedNamingIt() {
        Api.Plan other = api.newMasterplan("EDITOR", 2026, 5);
        Api.Response session = api.post(
                other.base() + "/sessions",
                other.token(),
                Map.of(
                        "stage", 1,
                        "title", "Bimtek daerah lain",
                        "startsAt", "2026-06-05T08:00:00+08:00",
                        "endsAt", "2026-06-05T16:00:00+08:00",
                        "mode", "OFFLINE"));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        String otherSession = session.json().get("id").asString();
        Api.PageSession expert = api.pages().login(api.createUser("ahli", "EXPERT", region), Api.PASSWORD);
        String threads = "/masterplans/" + masterplan + "/review/thread";

        for (String target : java.util.List.of(
                "SESSION&targetKey=" + otherSession,
                "SESSION&targetKey=999",
                "PROGRAMME&targetKey=NOPE-1",
                "GOAL&targetKey=99999")) {
            assertThat(expert.get(threads + "?targetKind=" + target).status())
                    .as(target)
                    .isEqualTo(404);
            assertThat(expert.getHtmx(threads + "?targetKind=" + target).status())
                    .as(target)
                    .isEqualTo(404);
        }
        for (boolean htmx : new boolean[] {false, true}) {
            Map<String, String> comment = Map.of("targetKind", "SESSION", "targetKey", otherSession, "text", "x");
            Api.Response refused = htmx
                    ? expert.submitHtmx("/masterplans/" + masterplan + "/review", threads, comment)
                    : expert.submit("/masterplans/" + masterplan + "/review", threads, comment);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().select("form.review-new [role=alert]").text())
                    .isEqualTo("Butir \u201C" + otherSession + "\u201D tidak ada dalam masterplan ini.");
        }
        assertThat(api.get("/api/v1/masterplans/" + masterplan + "/comments", editor)
                        .json())
                .isEmpty();
        assertThat(expert.getHtmx(threads + "?targetKind=PROGRAMME&targetKey=GOV-01")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theReviewPageCountsAndFiltersAndItsListServesHtmx() {
        String reviewer = api.tokenFor("REVIEWER", region);
        String base = "/api/v1/masterplans/" + masterplan + "/comments";
        api.post(base, reviewer, ReviewApiIntegrationTests.comment("PROGRAMME", "GOV-01", "Program terbuka"));
        long resolved = api.post(
                        base, reviewer, ReviewApiIntegrationTests.comment("CHAPTER", "buku2.visi-misi", "Bab selesai"))
                .json()
                .get("id")
                .asLong();
        api.put(base + "/" + resolved + "/resolution", editor, Map.of("resolved", true));
        Api.PageSession viewer = api.pages().login(api.createUser("pembaca", "VIEWER", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/review";

        Document full = viewer.get(page).html();
        assertThat(full.select("h1").text()).isEqualTo("Komentar tinjauan");
        assertThat(full.select("table caption").first().text()).contains("1 terbuka", "1 selesai");
        assertThat(full.select("#review-results tbody tr")).hasSize(2);

        Api.Response open = viewer.getHtmx(page + "?status=OPEN");
        assertThat(open.body()).doesNotContain("<html");
        assertThat(open.html().select("tbody tr")).hasSize(1);
        assertThat(open.html().select("tbody tr").text()).contains("Portal Layanan Publik");
        Api.Response chapters = viewer.getHtmx(page + "?targetKind=CHAPTER");
        assertThat(chapters.html().select("tbody tr").text()).contains("buku2.visi-misi");
        assertThat(viewer.get("/masterplans/" + masterplan).body()).contains(page);
    }

    @Test
    void aChapterIsNamedByItsTitleInTheBooksOnTheListAndItsThreadInBothLanguages() {
        api.post(
                "/api/v1/masterplans/" + masterplan + "/comments",
                api.tokenFor("REVIEWER", region),
                ReviewApiIntegrationTests.comment("CHAPTER", "buku2.arah-pembangunan", "Arah belum tajam"));
        Api.PageSession viewer = api.pages().login(api.createUser("bab", "VIEWER", region), Api.PASSWORD);
        String list = "/masterplans/" + masterplan + "/review";
        String thread = list + "/thread?targetKind=CHAPTER&targetKey=buku2.arah-pembangunan";

        String row = viewer.get(list).html().select("#review-results tbody tr").text();
        assertThat(row).contains("Arah Pembangunan", "Buku 2").doesNotContain("buku2.arah-pembangunan");
        assertThat(viewer.get(thread).html().select("h1").text())
                .contains("Arah Pembangunan")
                .doesNotContain("buku2.arah-pembangunan");

        assertThat(viewer.get(list + "?lang=en")
                        .html()
                        .select("#review-results tbody tr")
                        .text())
                .contains("Development Direction")
                .doesNotContain("buku2.arah-pembangunan");
        assertThat(viewer.get(thread).html().select("h1").text()).contains("Development Direction");
    }

    @Test
    void goalsIndicatorsProblemsAndPotentialsLinkToTheirThreadsWithTheirNumberOfComments() {
        String base = "/api/v1/masterplans/" + masterplan;
        long goal = api.post(base + "/goals", editor, Map.of("dimension", "governance", "statement", "Layanan daring"))
                .json()
                .get("id")
                .asLong();
        long indicator = api.post(
                        base + "/indicators", editor, Map.of("goalId", goal, "catalogueCode", "EC:ICT:ICT:1C"))
                .json()
                .get("id")
                .asLong();
        long problem = api.post(
                        base + "/problems",
                        editor,
                        Map.of("dimension", "governance", "title", "Data terpisah", "severity", 3))
                .json()
                .get("id")
                .asLong();
        long potential = api.post(
                        base + "/potentials",
                        editor,
                        Map.of("dimension", "economy", "title", "Tenun ikat", "severity", 3))
                .json()
                .get("id")
                .asLong();
        String reviewer = api.tokenFor("REVIEWER", region);
        api.post(base + "/comments", reviewer, ReviewApiIntegrationTests.comment("GOAL", "" + goal, "Target?"));
        api.post(base + "/comments", reviewer, ReviewApiIntegrationTests.comment("GOAL", "" + goal, "Sumber?"));
        api.post(base + "/comments", reviewer, ReviewApiIntegrationTests.comment("PROBLEM", "" + problem, "Data?"));
        Api.PageSession pages = api.pages().login(api.createUser("telaah", "REVIEWER", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan;
        String thread = page + "/review/thread?targetKind=";

        Document strategy = pages.get(page + "/strategy").html();
        assertThat(strategy.select("a[href='" + thread + "GOAL&targetKey=" + goal + "']")
                        .text())
                .isEqualTo("Komentar (2)");
        assertThat(strategy.select("a[href='" + thread + "INDICATOR&targetKey=" + indicator + "']")
                        .text())
                .isEqualTo("Komentar (0)");
        assertThat(pages.get(page + "/problems")
                        .html()
                        .select("#item-" + problem + " a[href='" + thread + "PROBLEM&targetKey=" + problem + "']")
                        .text())
                .isEqualTo("Komentar (1)");
        assertThat(pages.get(page + "/potentials")
                        .html()
                        .select("#item-" + potential + " a[href='" + thread + "POTENTIAL&targetKey=" + potential + "']")
                        .text())
                .isEqualTo("Komentar (0)");
    }

    @Test
    void theCommitmentSheetIsKeptOnItsPage() {
        Api.PageSession author = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/commitments";

        Api.Response added = author.submitHtmx(
                page,
                page,
                Map.of(
                        "name", "Bupati Contoh",
                        "position", "Bupati",
                        "role", "REGENT",
                        "officeCode", "",
                        "signedOn", "2026-02-03",
                        "note", ""));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).doesNotContain("<html");
        assertThat(added.html().select("tbody td").text()).contains("Bupati Contoh", "3 Februari 2026");

        Api.Response invalid = author.submit(
                page,
                page,
                Map.of("name", "", "position", "Kepala", "role", "OFFICE_HEAD", "officeCode", "NOPE", "signedOn", ""));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select(".field-error").text()).isNotBlank();

        Document full = author.get(page).html();
        assertThat(full.select("h1").text()).isEqualTo("Lembar komitmen");
        assertThat(full.select("tbody tr")).hasSize(1);
    }
}
