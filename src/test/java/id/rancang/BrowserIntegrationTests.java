package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's first minutes in a real Chromium: log in as the demo implementation team, switch the
 * interface to English and open the demo masterplan, with no script or Content-Security-Policy
 * error on the way. Skipped, with the reason, where no Chromium is installed ({@code .ci/run}
 * installs it).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rancang.demo-data=true",
            "rancang.demo-password=" + BrowserIntegrationTests.DEMO_PASSWORD,
            "rancang.admin-password=" + Api.ADMIN_PASSWORD,
            "logging.level.org.flywaydb=warn"
        })
class BrowserIntegrationTests {

    static final String DEMO_PASSWORD = "demo-password-for-tests";
    static final String DEMO_TITLE = "Masterplan Smart City Kabupaten Flores Timur 2026–2035";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private Page page;
    private final List<String> browserErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("RANCANG_CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(
                Files.isExecutable(chromium),
                "Browser tests skipped: no Chromium at " + chromium
                        + " (install the Debian package 'chromium' or set RANCANG_CHROMIUM)");
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newContext().newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                browserErrors.add(message.text());
            }
        });
        page.onPageError(browserErrors::add);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    private void openTheDemoMasterplanAsItsAuthor() {
        page.navigate("http://localhost:" + port + "/");
        page.getByLabel("Nama pengguna").fill("demo.penyusun");
        page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(DEMO_TITLE).setExact(true))
                .click();
        // The masterplan's page has loaded, with its scripts, before a test goes on there.
        page.waitForURL("**/masterplans/*");
        page.waitForFunction("() => typeof window.htmx !== 'undefined'");
    }

    /** {@code -Drancang.screenshots=docs/img} refreshes the README's pictures. */
    private void saveScreenshot(String name) {
        String folder = System.getProperty("rancang.screenshots");
        if (folder != null && !folder.isBlank()) {
            page.setViewportSize(1280, 800);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name)));
        }
    }

    @Test
    void teamMemberLogsInSwitchesToEnglishAndOpensTheDemoMasterplan() {
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("id");
        assertThat(page.locator("h1").textContent()).isEqualTo("Masuk ke Rancang");

        page.getByLabel("Nama pengguna").fill("demo.penyusun");
        page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Masterplan Smart City");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("English").setExact(true))
                .click();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("h1").textContent()).isEqualTo("Smart City Masterplans");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(DEMO_TITLE).setExact(true))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo(DEMO_TITLE);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                        .isVisible())
                .isTrue();

        saveScreenshot("masterplan-overview.png");
        assertThat(browserErrors).as("script and CSP errors in the browser").isEmpty();
    }

    @Test
    void authorWritesAChapterWithTheFormattedEditorAndDownloadsTheBook() {
        openTheDemoMasterplanAsItsAuthor();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Buku").setExact(true))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Buku masterplan");
        page.locator("a[href$='/narratives/buku2.penutup']").click();

        // The script turned each textarea (Indonesian and English) into a formatted editor with its toolbar.
        com.microsoft.playwright.Locator toolbar = page.getByRole(
                AriaRole.TOOLBAR,
                new Page.GetByRoleOptions().setName("Teks narasi").setExact(true));
        assertThat(toolbar.isVisible()).isTrue();
        com.microsoft.playwright.Locator editor = page.getByRole(
                AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Teks narasi").setExact(true));
        editor.fill("Demikian masterplan ini disusun bersama.");
        editor.selectText();
        toolbar.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tebal"))
                .click();
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Teks bahasa Inggris (untuk buku berbahasa Inggris)"))
                .fill("Thus this masterplan was written together.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan"))
                .click();

        assertThat(page.getByText("Narasi tersimpan.").isVisible()).isTrue();
        page.locator("a[href$='/narratives/buku2.penutup']").click();
        assertThat(page.locator(".rich-editor b, .rich-editor strong").first().textContent())
                .contains("Demikian masterplan ini disusun bersama.");
        assertThat(page.locator(".rich-editor[lang=en]").textContent())
                .contains("Thus this masterplan was written together.");
        saveScreenshot("narrative-editor.png");
        assertThat(browserErrors).as("script and CSP errors in the browser").isEmpty();
    }

    @Test
    void aPartOfThePageThatCannotBeLoadedSaysWhyAndAnExpiredLoginOpensTheLoginPage() {
        openTheDemoMasterplanAsItsAuthor();

        page.evaluate("() => htmx.ajax('GET', '/masterplans/999999', {target: '#main', swap: 'innerHTML'})");
        page.waitForSelector("#request-error");
        assertThat(page.locator("#request-error").textContent()).contains("tidak ditemukan");
        assertThat(page.locator("#request-error").getAttribute("role")).isEqualTo("alert");

        // A whole error page answered to a part of the page (a refusal the server's safety net
        // caught) is reported at the top, never swapped into that part.
        String heading = page.locator("h1").first().textContent();
        page.route(
                "**/safety-net-refusal",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(422)
                        .setHeaders(Map.of("Content-Type", "text/html;charset=UTF-8", "Rancang-Error-Page", "true"))
                        .setBody("<!DOCTYPE html><html><body><header>Rancang</header><main><h1>Isian ditolak</h1>"
                                + "<p>Isian tidak dapat diterima.</p><ul><li>Tahun mulai bukan tahun.</li></ul>"
                                + "</main></body></html>")));
        page.evaluate("() => htmx.ajax('GET', '/safety-net-refusal', {target: '#main', swap: 'innerHTML'})");
        page.waitForFunction("() => (document.getElementById('request-error') || {}).textContent"
                + " === 'Isian tidak dapat diterima. Tahun mulai bukan tahun.'");
        assertThat(page.locator("h1").first().textContent()).isEqualTo(heading);
        assertThat(page.locator("header").count()).isEqualTo(1);

        page.context().clearCookies();
        page.evaluate("() => htmx.ajax('GET', location.pathname, {target: '#main', swap: 'innerHTML'})");
        page.waitForURL("**/login?expired");
        assertThat(page.locator("h1").textContent()).isEqualTo("Masuk ke Rancang");
        assertThat(page.locator("main").count())
                .as("a whole page, not one inside another")
                .isEqualTo(1);
        assertThat(page.locator("[role=status]").textContent()).contains("Sesi Anda telah berakhir");
    }

    /** On a phone the pages fit the screen: wide tables scroll in place, forms take the width there is. */
    @Test
    void pagesFitAPhoneScreenWithWideTablesScrollingInPlace() {
        page.setViewportSize(390, 844);
        openTheDemoMasterplanAsItsAuthor();
        String masterplan = page.url().replaceFirst("\\?.*$", "").replaceFirst("^.*(/masterplans/)", "$1");
        List<String> tooWide = new ArrayList<>();
        for (String path : List.of(
                masterplan,
                masterplan + "/programmes",
                masterplan + "/programmes/new",
                masterplan + "/strategy",
                masterplan + "/alignment",
                masterplan + "/problems",
                masterplan + "/prioritisation",
                masterplan + "/roadmap",
                masterplan + "/monitoring",
                masterplan + "/bimtek",
                masterplan + "/bimtek/participants",
                masterplan + "/commitments",
                "/masterplans/new")) {
            page.navigate("http://localhost:" + port + path);
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > 390) {
                tooWide.add(path + " is " + width + " px wide");
            }
        }

        assertThat(tooWide).as("pages wider than a 390 px phone screen").isEmpty();
        assertThat(browserErrors).as("script and CSP errors in the browser").isEmpty();
    }
}
