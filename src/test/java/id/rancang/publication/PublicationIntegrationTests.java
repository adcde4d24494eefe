package id.rancang.publication;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PublicationIntegrationTests {

    static final String[] BOOKS = {"analisis-strategis", "masterplan", "quick-win", "roadmap", "ringkasan-eksekutif"};

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String reviewer;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        region = plan.region();
        editor = plan.token();
        reviewer = api.tokenFor("REVIEWER", region);
        base = plan.base();
        ok(api.put(
                base + "/vision",
                editor,
                Map.of("statement", "Daerah cerdas yang melayani", "missions", List.of("Layanan publik terpadu"))));
        ok(api.post(
                base + "/problems",
                editor,
                Map.of("dimension", "governance", "title", "Layanan perizinan lambat", "severity", 4)));
        ok(api.post(
                base + "/commitments",
                editor,
                Map.of(
                        "name",
                        "Antonius Hubertus Gege Hadjon",
                        "position",
                        "Bupati",
                        "role",
                        "REGENT",
                        "signedOn",
                        "2026-01-05")));
        programme("P01", "Satu Data Daerah", List.of(400_000_000L, 350_000_000L), false, 2026);
        programme("P02", "Mal Pelayanan Publik Digital", List.of(250_000_000L), true, 2027);
        ok(api.post(
                base + "/indicators",
                editor,
                Map.of(
                        "name",
                        "Layanan perizinan daring",
                        "unit",
                        "%",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "targets",
                        Map.of("2030", 90),
                        "programmeCode",
                        "P01")));
    }

    private void programme(String code, String name, List<Long> costs, boolean quickWin, int start) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("dimension", "governance");
        body.put("ownerOffice", "DISKOMINFO");
        body.put("durationYears", costs.size());
        body.put("startYear", start);
        body.put("costs", costs);
        body.put("fundingSource", "APBD");
        body.put("value", 5);
        body.put("quickWin", quickWin);
        if (quickWin) {
            body.put(
                    "quickWinDetails",
                    Map.of("publicName", "Lapor Cepat", "beneficiaries", "Warga", "completionPercent", 40));
        }
        Api.Response created = api.post(base + "/programmes", editor, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response;
    }

    @Test
    void generatesEveryBookAsAWordDocumentWithItsChaptersTablesAndTotals() throws IOException {
        for (String book : BOOKS) {
            byte[] docx = api.download(base + "/documents/" + book + ".docx", editor);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                List<String> headings = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph paragraph : document.getParagraphs()) {
                    text.append(paragraph.getText()).append('\n');
                    if ("Heading1".equals(paragraph.getStyle())) {
                        headings.add(paragraph.getText().replaceFirst("^Bab [IVX]+ ", ""));
                    }
                }
                for (XWPFTable table : document.getTables()) {
                    text.append(table.getText()).append('\n');
                }
                assertThat(headings).as(book).isNotEmpty();
                assertThat(text.toString()).as(book).contains("Masterplan Smart City");
                switch (book) {
                    case "analisis-strategis" -> {
                        assertThat(headings)
                                .containsSubsequence(
                                        "Pendahuluan",
                                        "Gambaran Umum Daerah",
                                        "Analisis Kesiapan Daerah",
                                        "Isu Strategis",
                                        "Visi, Misi, Tujuan, Sasaran dan Indikator");
                        assertThat(text.toString())
                                .contains(
                                        "Layanan perizinan lambat", "Daerah cerdas yang melayani", "Target tahun 2030")
                                .doesNotContain("2.030");
                    }
                    case "masterplan" -> {
                        assertThat(headings)
                                .containsSubsequence(
                                        "Pendahuluan",
                                        "Arah Pembangunan dan Keselarasan Perencanaan",
                                        "Strategi per Dimensi",
                                        "Program dan Rencana Aksi",
                                        "Rencana Pendukung",
                                        "Peta Jalan",
                                        "Penutup");
                        assertThat(text.toString())
                                .contains(
                                        "Satu Data Daerah",
                                        "Mal Pelayanan Publik Digital",
                                        "Rp 1.000.000.000",
                                        "Antonius Hubertus Gege Hadjon",
                                        "5 Januari 2026");
                    }
                    case "quick-win" -> assertThat(text.toString()).contains("Lapor Cepat", "40 %", "Warga");
                    case "roadmap" ->
                        assertThat(text.toString()).contains("2026–2027", "Rp 400.000.000", "Rp 600.000.000");
                    default -> assertThat(text.toString()).contains("2 program", "Rp 1.000.000.000");
                }
            }
        }
    }

    @Test
    void generatesEveryBookAsAPdfWithEmbeddedFontsNoMissingGlyphAndEnglishOnRequest() throws IOException {
        ok(api.put(
                base + "/narratives/ringkasan.ikhtisar",
                editor,
                Map.of("text", "<p>Target ≥ 80 % – “Larantuka Cerdas” · 1.812,85 km² · Rp 1.250.000.000 ± 5 %</p>")));
        for (String book : BOOKS) {
            byte[] pdf = api.download(base + "/documents/" + book + ".pdf?lang=en", editor);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).as(book).contains("Smart City Masterplan of");
                assertThat(document.getDocumentCatalog().getDocumentOutline()).isNotNull();
                for (PDPage page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    }
                }
                if (book.equals("masterplan")) {
                    assertThat(text).contains("Programmes and Action Plan", "Satu Data Daerah", "Rp 1.000.000.000");
                }
                if (book.equals("ringkasan-eksekutif")) {
                    assertThat(text).contains("≥ 80 % – “Larantuka Cerdas” · 1.812,85 km²", "± 5 %");
                }
                GlyphCheck glyphs = new GlyphCheck();
                glyphs.getText(document);
                assertThat(glyphs.missing)
                        .as(book + ": characters drawn without a glyph")
                        .isEmpty();
            }
        }
    }

    /** Collects every character a PDF draws with a font that has no glyph for it. */
    static final class GlyphCheck extends PDFTextStripper {

        final List<String> missing = new ArrayList<>();

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            if (font instanceof PDVectorFont vector && !vector.hasGlyph(code)) {
                missing.add(font.getName() + ": " + font.toUnicode(code));
            }
            super.showGlyph(matrix, font, code, displacement);
        }
    }

    @Test
    void answersNotFoundForAnUnknownBookAndNamesAnUnknownLanguage() {
        assertThat(api.get(base + "/documents/buku-9.pdf", editor).status()).isEqualTo(404);
        assertThat(api.get(base + "/documents/masterplan.odt", editor).status()).isEqualTo(404);
        Api.Response language = api.get(base + "/documents/masterplan.pdf?lang=fr", editor);
        assertThat(language.status()).isEqualTo(422);
        assertThat(language.body()).contains("lang");
    }

    @Test
    void servesAnUnchangedBookAgainFromTheStoredFileAndANewOneAfterAChange() {
        Api.Response first = api.get(base + "/documents/masterplan.docx", editor);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        Api.Response again = api.get(base + "/documents/masterplan.docx", editor);
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.body().equals(first.body())).as("the same stored file").isTrue();

        programme("P03", "Smart Parking", List.of(90_000_000L), false, 2028);

        Api.Response changed = api.get(base + "/documents/masterplan.docx", editor);
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(changed.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "masterplan-");
    }

    @Test
    void keepsNarrativesSanitisedPrintsThemAndRefusesAStaleEdit() throws IOException {
        Api.Response saved = api.put(
                base + "/narratives/buku1.latar-belakang",
                editor,
                Map.of(
                        "text",
                        "<p>Kabupaten ini <strong>berkomitmen</strong>.</p><script>alert(1)</script>"
                                + "<p onclick=\"x()\">Klik</p><a href=\"javascript:alert(1)\">tautan</a>"));
        ok(saved);
        JsonNode narrative =
                api.get(base + "/narratives/buku1.latar-belakang", editor).json();
        String text = narrative.get("text").asString();
        assertThat(text).contains("<strong>berkomitmen</strong>").doesNotContain("script", "onclick", "javascript");
        assertThat(narrative.get("version").asLong()).isEqualTo(1);

        Api.Response stale =
                api.put(base + "/narratives/buku1.latar-belakang", editor, Map.of("text", "Teks lama", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.put(base + "/narratives/bab-tak-dikenal", editor, Map.of("text", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.put(base + "/narratives/buku1.latar-belakang", reviewer, Map.of("text", "x"))
                        .status())
                .isEqualTo(403);

        ok(api.put(
                base + "/narratives/buku1.dasar-hukum",
                editor,
                Map.of("text", "Undang-Undang Nomor 23 Tahun 2014.\n\nPeraturan Bupati tentang Smart City.")));
        assertThat(api.get(base + "/narratives/buku1.dasar-hukum", editor)
                        .json()
                        .get("text")
                        .asString())
                .isEqualTo("<p>Undang-Undang Nomor 23 Tahun 2014.</p>\n<p>Peraturan Bupati tentang Smart City.</p>");

        byte[] docx = api.download(base + "/documents/analisis-strategis.docx", editor);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String all = String.join(
                    "\n",
                    document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList());
            assertThat(all).contains("Kabupaten ini berkomitmen.", "Peraturan Bupati tentang Smart City.");
        }
    }

    @Test
    void refusesANarrativeLongerThanTheLimitInTheApiAndOnThePageKeepingTheTypedText() {
        String tooLong = "a".repeat(400_000);
        Api.Response refused = api.put(base + "/narratives/buku3.pendahuluan", editor, Map.of("text", tooLong));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("text");
        assertThat(error.get("message").asString()).contains("200.000 karakter");
        // The limit counts what is stored: a text of exactly the limit grows by its paragraph tags.
        Api.Response atLimit = api.put(
                base + "/narratives/buku3.pendahuluan", editor, Map.of("text", "a".repeat(NarrativeCommand.MAX_TEXT)));
        assertThat(atLimit.status()).isEqualTo(422);
        Api.Response englishTooLong = api.put(
                base + "/narratives/buku3.pendahuluan", editor, Map.of("text", "Pengantar.", "textEn", tooLong));
        assertThat(englishTooLong.status()).isEqualTo(422);
        assertThat(englishTooLong.json().get("errors").get(0).get("field").asString())
                .isEqualTo("textEn");
        assertThat(api.get(base + "/narratives/buku3.pendahuluan", editor)
                        .json()
                        .get("version")
                        .asLong())
                .isZero();

        Api.PageSession pages = api.pages().login(api.createUser("panjang", "EDITOR", region), Api.PASSWORD);
        String form = base.replace("/api/v1", "") + "/books/narratives/buku3.pendahuluan";
        Api.Response onPage = pages.submit(form, form, Map.of("text", tooLong, "version", "0"));
        assertThat(onPage.status()).isEqualTo(422);
        var page = onPage.html();
        assertThat(page.select("#narrative-text-error").text()).contains("200.000 karakter");
        assertThat(page.select("#narrative-text").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#narrative-text").text()).hasSize(400_000);
    }

    @Test
    void theMasterplanBookShowsTheRpjmdGoalsWithTheirProgrammesAndSaysWhatIsNotThereYet() throws Exception {
        String before = docxText(api.download(base + "/documents/masterplan.docx", editor));
        assertThat(before)
                .contains(
                        "Belum ada program smart city yang diselaraskan dengan RPJMD, Renstra OPD, RPJMN atau SPBE.",
                        "Belum ada tujuan per dimensi.");

        String items = base + "/alignment/items";
        ok(api.post(items, editor, Map.of("kind", "RPJMD_MISSION", "code", "M1", "title", "Pemerintahan melayani")));
        long goal = ok(api.post(
                        items,
                        editor,
                        Map.of("kind", "RPJMD_GOAL", "code", "T1.1", "title", "Pelayanan publik", "parentCode", "M1")))
                .json()
                .get("id")
                .asLong();
        ok(api.post(
                items,
                editor,
                Map.of("kind", "RPJMD_GOAL", "code", "T1.2", "title", "Akuntabilitas", "parentCode", "M1")));
        long rpjmdProgramme = ok(api.post(
                        items,
                        editor,
                        Map.of(
                                "kind",
                                "RPJMD_PROGRAMME",
                                "code",
                                "PR-1",
                                "title",
                                "Program penyelenggaraan pemerintahan",
                                "parentCode",
                                "T1.1")))
                .json()
                .get("id")
                .asLong();
        ok(api.put(base + "/alignment/programmes/P01", editor, Map.of("itemIds", List.of(goal))));
        ok(api.put(base + "/alignment/programmes/P02", editor, Map.of("itemIds", List.of(rpjmdProgramme))));

        byte[] docx = api.download(base + "/documents/masterplan.docx", editor);
        String after = docxText(docx);
        assertThat(after)
                .contains(
                        "2 dari 2 program smart city mendukung misi dan tujuan RPJMD.",
                        "Misi dan tujuan RPJMD dengan program smart city yang selaras")
                .doesNotContain("Belum ada program smart city yang diselaraskan");
        List<List<String>> rows = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable table : document.getTables()) {
                table.getRows()
                        .forEach(row -> rows.add(row.getTableCells().stream()
                                .map(cell -> cell.getText())
                                .toList()));
            }
        }
        assertThat(rows)
                .contains(
                        List.of(
                                "M1 Pemerintahan melayani",
                                "T1.1 Pelayanan publik",
                                "P01 Satu Data Daerah; P02 Mal Pelayanan Publik Digital"),
                        List.of("M1 Pemerintahan melayani", "T1.2 Akuntabilitas", "—"));
    }

    @Test
    void theExecutiveSummaryChapterOnTheVisionAlsoSumsUpTheGoalsTargetsAndIndicators() throws Exception {
        String before = docxText(api.download(base + "/documents/ringkasan-eksekutif.docx", editor));
        assertThat(before).contains("Tujuan dan sasaran per dimensi belum dirumuskan.");

        ok(api.post(
                base + "/goals",
                editor,
                Map.of(
                        "dimension",
                        "governance",
                        "statement",
                        "Perizinan selesai dalam satu hari",
                        "target",
                        "90 % izin terbit daring")));
        byte[] docx = api.download(base + "/documents/ringkasan-eksekutif.docx", editor);
        String after = docxText(docx);
        assertThat(after)
                .contains("Bab III Visi, Misi, Tujuan, Sasaran dan Indikator")
                .doesNotContain("belum dirumuskan");
        String chapter = after.substring(after.lastIndexOf("Bab III Visi, Misi, Tujuan, Sasaran dan Indikator"));
        assertThat(chapter).contains("Tujuan dan sasaran per dimensi", "Indikator, nilai dasar dan target");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String tables =
                    document.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertThat(tables)
                    .contains(
                            "Perizinan selesai dalam satu hari", "90 % izin terbit daring", "Layanan perizinan daring");
        }
    }

    @Test
    void englishBooksPrintTheEnglishTextOfAChapterAndTheIndonesianWhereNoneIsWritten() throws Exception {
        String chapter = base + "/narratives/buku1.dasar-hukum";
        ok(api.put(
                chapter,
                editor,
                Map.of(
                        "text",
                        "Peraturan Bupati tentang Smart City.",
                        "textEn",
                        "The Regent's Regulation on Smart City.")));
        ok(api.put(base + "/narratives/buku1.latar-belakang", editor, Map.of("text", "Latar belakang daerah.")));
        JsonNode saved = api.get(chapter, editor).json();
        assertThat(saved.get("textEn").asString()).isEqualTo("<p>The Regent's Regulation on Smart City.</p>");

        // A client that knows nothing of the English text leaves it as it is.
        ok(api.put(chapter, editor, Map.of("text", "Peraturan Bupati Nomor 5 tentang Smart City.")));
        assertThat(api.get(chapter, editor).json().get("textEn").asString())
                .isEqualTo("<p>The Regent's Regulation on Smart City.</p>");

        String english = docxText(api.download(base + "/documents/analisis-strategis.docx?lang=en", editor));
        assertThat(english)
                .contains("The Regent's Regulation on Smart City.", "Latar belakang daerah.")
                .doesNotContain("Peraturan Bupati Nomor 5");
        String indonesian = docxText(api.download(base + "/documents/analisis-strategis.docx", editor));
        assertThat(indonesian)
                .contains("Peraturan Bupati Nomor 5 tentang Smart City.")
                .doesNotContain("The Regent's Regulation");

        // An empty English text is removed: the English book prints the Indonesian text again.
        ok(api.put(chapter, editor, Map.of("text", "Peraturan Bupati Nomor 5 tentang Smart City.", "textEn", "")));
        assertThat(api.get(chapter, editor).json().get("textEn").asString()).isEmpty();
        assertThat(docxText(api.download(base + "/documents/analisis-strategis.docx?lang=en", editor)))
                .contains("Peraturan Bupati Nomor 5 tentang Smart City.");
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return String.join(
                    "\n",
                    document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList());
        }
    }

    @Test
    void freezesVersionsComparesThemAndLetsTheCouncilApproveOnlyDrafts() {
        Api.Response created = api.post(base + "/versions", editor, Map.of("label", "Draf Tahap III"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long first = created.json().get("id").asLong();
        assertThat(created.json().get("label").asString()).isEqualTo("Draf Tahap III");
        assertThat(created.json().has("createdAt")).isTrue();
        assertThat(api.post(base + "/versions", editor, Map.of("label", "Draf Tahap III"))
                        .status())
                .isEqualTo(422);
        Api.Response blank = api.post(base + "/versions", editor, Map.of("label", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("label");

        JsonNode p01 = api.get(base + "/programmes/P01", editor).json();
        Map<String, Object> change = new HashMap<>();
        p01.properties().forEach(e -> change.put(e.getKey(), e.getValue()));
        change.put("costs", List.of(500_000_000L, 350_000_000L));
        ok(api.put(base + "/programmes/P01", editor, change));
        programme("P03", "Smart Parking", List.of(90_000_000L), false, 2028);
        long second = api.post(base + "/versions", editor, Map.of("label", "Final"))
                .json()
                .get("id")
                .asLong();

        JsonNode diff =
                api.get(base + "/versions/" + first + "/diff/" + second, editor).json();
        assertThat(diff.get("programmesAdded").get(0).get("code").asString()).isEqualTo("P03");
        assertThat(diff.get("programmesRemoved")).isEmpty();
        JsonNode changed = diff.get("programmesChanged").get(0);
        assertThat(changed.get("code").asString()).isEqualTo("P01");
        assertThat(changed.get("changes").findValuesAsString("field")).contains("costs", "totalCost");
        assertThat(diff.get("budget").get("before").asLong()).isEqualTo(1_000_000_000L);
        assertThat(diff.get("budget").get("after").asLong()).isEqualTo(1_190_000_000L);

        byte[] frozen = api.download(base + "/versions/" + first + "/documents/masterplan.pdf", editor);
        assertThat(Arrays.equals(
                        frozen, api.download(base + "/versions/" + first + "/documents/masterplan.pdf", editor)))
                .as("the same stored file")
                .isTrue();
        assertThat(Arrays.equals(
                        frozen, api.download(base + "/versions/" + second + "/documents/masterplan.pdf", editor)))
                .isFalse();

        assertThat(api.post(base + "/versions/" + first + "/approval", editor, Map.of())
                        .status())
                .isEqualTo(403);
        Api.Response approved =
                api.post(base + "/versions/" + first + "/approval", reviewer, Map.of("note", "BA 01/2026"));
        ok(approved);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api.post(base + "/versions/" + first + "/approval", reviewer, Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(api.delete(base + "/versions/" + first, editor).status()).isEqualTo(409);
        assertThat(api.put(base + "/versions/" + first, editor, Map.of("label", "Ubah"))
                        .status())
                .isEqualTo(409);

        ok(api.post(base + "/versions/" + second + "/approval", reviewer, Map.of()));
        JsonNode versions = api.get(base + "/versions", editor).json();
        assertThat(versions.get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(versions.get(1).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(versions.get(1).get("supersededBy").asLong()).isEqualTo(second);
        assertThat(api.get(base + "/versions/" + first + "/diff/999999", editor).status())
                .isEqualTo(404);
        assertThat(outputDone("BOOK2_DRAFT")).isTrue();
        assertThat(outputDone("MASTERPLAN_ADOPTED")).isTrue();
    }

    @Test
    void anApprovalNoteFitsItsFieldAndAnApprovalSupersedesOnlyOlderVersions() {
        long older = api.post(base + "/versions", editor, Map.of("label", "Draf Tahap III"))
                .json()
                .get("id")
                .asLong();
        long newer = api.post(base + "/versions", editor, Map.of("label", "Final"))
                .json()
                .get("id")
                .asLong();
        String note = "n".repeat(2001);
        Api.PageSession council = api.pages().login(api.createUser("tkd", "REVIEWER", region), Api.PASSWORD);
        String page = base.replace("/api/v1", "") + "/books";

        Api.Response tooLong = api.post(base + "/versions/" + newer + "/approval", reviewer, Map.of("note", note));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        Api.Response tooLongOnPage =
                council.submitHtmx(page, page + "/versions/" + newer + "/approval", Map.of("note", note));
        assertThat(tooLongOnPage.status()).isEqualTo(422);
        assertThat(tooLongOnPage.html().select("#versions [role=alert]").text()).contains("note", "2.000 karakter");
        assertThat(api.get(base + "/versions/" + newer, editor)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");

        Api.Response approved = api.post(base + "/versions/" + newer + "/approval", reviewer, Map.of("note", "BA 02"));
        ok(approved);
        assertThat(approved.json().get("supersededBy").isNull()).isTrue();
        assertThat(council.get(page).html().select("form[action$=/versions/" + older + "/approval]"))
                .isEmpty();

        Api.Response olderApproved = api.post(base + "/versions/" + older + "/approval", reviewer, Map.of());
        assertThat(olderApproved.status()).as(olderApproved.body()).isEqualTo(409);
        assertThat(olderApproved.json().get("detail").asString()).contains("Draf Tahap III", "Final");
        Api.Response olderOnPage = council.submitHtmx(page, page + "/versions/" + older + "/approval", Map.of());
        assertThat(olderOnPage.status()).isEqualTo(409);
        JsonNode versions = api.get(base + "/versions", editor).json();
        assertThat(versions.get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(versions.get(0).get("supersededBy").isNull()).isTrue();
        assertThat(versions.get(1).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void theStageFourChecklistCountsOpenCommentsAndTicksReviewedBooksAndTheSignedCommitment() {
        assertThat(outputDone("BOOKS_REVIEWED")).isFalse();
        long comment = api.post(
                        base + "/comments",
                        reviewer,
                        Map.of("targetKind", "CHAPTER", "targetKey", "buku2.penutup", "text", "Lengkapi penutup."))
                .json()
                .get("id")
                .asLong();
        assertThat(outputDone("BOOKS_REVIEWED")).isFalse();
        ok(api.put(base + "/comments/" + comment + "/resolution", editor, Map.of("resolved", true)));
        assertThat(outputDone("BOOKS_REVIEWED")).isTrue();

        assertThat(outputDone("COMMITMENT_SIGNED")).isFalse();
        ok(api.post(
                base + "/commitments",
                editor,
                Map.of(
                        "name",
                        "Kepala Diskominfo",
                        "position",
                        "Kepala Dinas",
                        "role",
                        "OFFICE_HEAD",
                        "signedOn",
                        "2026-01-06")));
        assertThat(outputDone("COMMITMENT_SIGNED")).isTrue();
    }

    private boolean outputDone(String code) {
        JsonNode stages = api.get(base + "/stages", editor).json();
        for (JsonNode stage : stages) {
            for (JsonNode output : stage.get("outputs")) {
                if (output.get("code").asString().equals(code)) {
                    return output.get("done").asBoolean();
                }
            }
        }
        throw new AssertionError("no output " + code);
    }

    @Test
    void booksPageOffersDownloadsNarrativesAndVersionsAndHtmxAnswersWithTheVersionsOnly() {
        String editorName = api.createUser("pub", "EDITOR", region);
        Api.PageSession pages = api.pages().login(editorName, Api.PASSWORD);
        String page = base.replace("/api/v1", "") + "/books";

        Api.Response full = pages.get(page);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.html().select("a[href$=masterplan.docx]")).isNotEmpty();
        assertThat(full.html().select("a[href*=narratives/buku2.penutup]")).isNotEmpty();

        Api.Response fragment = pages.submitHtmx(page, page + "/versions", Map.of("label", "Draf Tahap IV"));
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("Draf Tahap IV").doesNotContain("<html");
        var englishLinks = fragment.html().select("#versions a[href*=/books/versions/][href$=?lang=en]");
        assertThat(englishLinks).hasSize(2 * BOOKS.length);
        String englishPdf = englishLinks.stream()
                .map(link -> link.attr("href"))
                .filter(href -> href.endsWith("/masterplan.pdf?lang=en"))
                .findFirst()
                .orElseThrow();
        Api.Response frozenInEnglish = pages.get(englishPdf);
        assertThat(frozenInEnglish.status()).isEqualTo(200);
        assertThat(frozenInEnglish.contentType()).isEqualTo("application/pdf");

        Api.Response saved = pages.submit(
                page + "/narratives/buku2.penutup",
                page + "/narratives/buku2.penutup",
                Map.of(
                        "text",
                        "<p>Demikian masterplan ini disusun.</p>",
                        "textEn",
                        "<p>Thus this masterplan was written.</p>",
                        "version",
                        "0"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(pages.get(page + "/narratives/buku2.penutup").body())
                .contains("Demikian masterplan ini disusun.", "Thus this masterplan was written.");

        Api.Response pdf = pages.get(page + "/ringkasan-eksekutif.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
    }
}
