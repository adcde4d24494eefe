package id.rancang.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AnalysisSpreadsheetIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> LABELS = List.of(
            "Dimensi",
            "Subdimensi",
            "Judul",
            "Uraian",
            "Tingkat (1-5)",
            "Kode Kecamatan/Desa",
            "Data Pendukung",
            "Tahun Data",
            "Sumber Data",
            "Asal");

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
        base = api.base() + plan.base();
    }

    @Test
    void theTemplateHasIndonesianColumnLabels() {
        byte[] template = Workbooks.download(base + "/problems/template.xlsx", editor);

        assertThat(Workbooks.read(template).get(0)).containsExactlyElementsOf(LABELS);
        String codes = Workbooks.readSheet(template, 1).toString();
        assertThat(codes)
                .contains("governance")
                .contains("public-service")
                .containsPattern("\\[" + java.util.regex.Pattern.quote(region) + "\\.\\d{2}, ")
                .contains("BAPPEDA");
    }

    @Test
    void importsEveryRowOfAValidWorkbookAndExportsThemAgain() {
        byte[] file = Workbooks.of(
                LABELS,
                List.of(
                        Arrays.asList(
                                "governance",
                                "public-service",
                                "Antrean layanan panjang",
                                "Uraian",
                                4,
                                null,
                                "3 jam",
                                2024,
                                "Survei",
                                "Bimtek"),
                        Arrays.asList(
                                "environment",
                                "waste",
                                "Sampah plastik di pesisir",
                                null,
                                5,
                                null,
                                null,
                                null,
                                null,
                                "Masyarakat")));

        HttpResponse<String> response = Workbooks.upload(base + "/problems/import", editor, "masalah.xlsx", file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("imported").asInt()).isEqualTo(2);
        JsonNode problems = api.get(path("/problems"), editor).json();
        assertThat(problems.size()).isEqualTo(2);
        assertThat(problems.toString()).contains("BIMTEK", "PUBLIC").contains("Sampah plastik di pesisir");

        List<List<String>> exported = Workbooks.read(Workbooks.download(base + "/problems/export.xlsx", editor));
        assertThat(exported).hasSize(3);
        assertThat(exported.get(0)).containsExactlyElementsOf(LABELS);
        assertThat(exported.toString())
                .contains("Antrean layanan panjang", "Sampah plastik di pesisir", "Sesi Bimtek", "Masyarakat");
    }

    @Test
    void acceptsTheApiFieldNamesAsHeaders() {
        byte[] file = Workbooks.of(
                List.of("title", "dimension", "severity"), List.of(List.of("Potensi perikanan tangkap", "economy", 3)));

        HttpResponse<String> response = Workbooks.upload(base + "/potentials/import", editor, "potensi.xlsx", file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.get(path("/potentials"), editor).json().size()).isEqualTo(1);
    }

    @Test
    void anInvalidRowRejectsTheWholeFileAndNamesRowColumnAndReason() {
        byte[] file = Workbooks.of(
                LABELS,
                List.of(
                        Arrays.asList("governance", null, "Baris yang benar", null, 3),
                        Arrays.asList("governance", null, "", null, 9),
                        Arrays.asList("tidak-ada", null, "Dimensi salah", null, "tinggi")));

        HttpResponse<String> response = Workbooks.upload(base + "/problems/import", editor, "masalah.xlsx", file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.toString())
                .contains("{\"row\":3,\"column\":\"Judul\"")
                .contains("{\"row\":3,\"column\":\"Tingkat (1-5)\"")
                .contains("{\"row\":4,\"column\":\"Dimensi\"")
                .contains("{\"row\":4,\"column\":\"Tingkat (1-5)\"");
        assertThat(errors.size()).isEqualTo(4);
        errors.forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
        assertThat(api.get(path("/problems"), editor).json().size()).isZero();
    }

    @Test
    void refusesFilesThatAreNotWorkbooksEmptyOrTooLarge() {
        HttpResponse<String> text = Workbooks.upload(base + "/problems/import", editor, "a.xlsx", "hello".getBytes());
        assertThat(text.statusCode()).isEqualTo(422);
        assertThat(text.body()).contains("\"field\":\"file\"");

        HttpResponse<String> zipButNotXlsx = Workbooks.upload(
                base + "/problems/import", editor, "a.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0});
        assertThat(zipButNotXlsx.statusCode()).isEqualTo(422);

        assertThat(Workbooks.upload(base + "/problems/import", editor, "a.xlsx", new byte[0])
                        .statusCode())
                .isEqualTo(422);
        assertThat(Workbooks.upload(base + "/problems/import", editor, "a.xlsx", Workbooks.of(LABELS, List.of()))
                        .statusCode())
                .isEqualTo(422);

        byte[] huge = new byte[10 * 1024 * 1024 + 10];
        huge[0] = 'P';
        huge[1] = 'K';
        int status = Workbooks.upload(base + "/problems/import", editor, "a.xlsx", huge)
                .statusCode();
        assertThat(status).as("a clear 4xx for a file over 10 MB").isIn(413, 422);
    }

    @Test
    void importsInitiativesWithIndonesianWordsForTypeAndStatus() {
        byte[] file = Workbooks.of(
                List.of("Nama", "Perangkat Daerah", "Dimensi", "Jenis", "Status", "Layanan SPBE"),
                List.of(
                        List.of("Command Center", "DISKOMINFO", "governance", "Infrastruktur", "Uji Coba", "-"),
                        List.of("Perbup SPBE", "BAPPEDA", "governance", "kebijakan", "beroperasi", "-")));

        HttpResponse<String> response = Workbooks.upload(base + "/initiatives/import", editor, "i.xlsx", file);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode initiatives = api.get(path("/initiatives"), editor).json();
        assertThat(initiatives.toString())
                .contains("INFRASTRUCTURE")
                .contains("PILOT")
                .contains("POLICY");
        List<List<String>> exported = Workbooks.read(Workbooks.download(base + "/initiatives/export.xlsx", editor));
        assertThat(exported).hasSize(3);
    }

    private String path(String suffix) {
        return base.substring(api.base().length()) + suffix;
    }
}
