package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ProgrammeSpreadsheetIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String editor;
    String path;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        editor = plan.token();
        path = plan.base() + "/programmes";
    }

    @Test
    void exportsWithIndonesianHeadersAndImportsChangesAndNewRowsBack() throws IOException {
        api.post(path, editor, ProgrammeApiIntegrationTests.programme("A", 2, List.of(100L, 200L)));
        byte[] exported = download(path + "/export.xlsx");
        byte[] changed;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = workbook.getSheet("Program");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Kode");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Nama Program");
            Row a = sheet.getRow(1);
            assertThat(a.getCell(0).getStringCellValue()).isEqualTo("A");
            a.getCell(1).setCellValue("Nama dari Excel");
            Row c = sheet.createRow(2);
            copy(a, c);
            c.getCell(0).setCellValue("C");
            c.getCell(column(header, "Prasyarat")).setCellValue("A");
            c.getCell(column(header, "Tahun Mulai")).setCellValue(2028);
            changed = bytes(workbook);
        }

        HttpResponse<String> imported = upload(path + "/import", changed);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":1", "\"updated\":1");
        assertThat(api.get(path + "/A", editor).json().get("name").asString()).isEqualTo("Nama dari Excel");
        JsonNode c = api.get(path + "/C", editor).json();
        assertThat(c.get("dependsOn").toString()).isEqualTo("[\"A\"]");
        assertThat(c.get("costs").toString()).isEqualTo("[100,200]");
    }

    @Test
    void importsNothingAndReportsEveryRowErrorWhenOneRowIsWrong() throws IOException {
        byte[] file;
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Program");
            String[] headers = {
                "code", "name", "dimension", "ownerOffice", "durationYears", "fundingSource", "costs[0]", "Wajib"
            };
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Object[][] rows = {
                {"GOOD", "Program baik", "governance", "DISKOMINFO", 1, "APBD", 1_000_000, "Ya"},
                {"BAD", "Program salah", "governance", "NOPE", 1, "LOTRE", -5, "mungkin"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    if (rows[r][i] instanceof Integer n) {
                        row.createCell(i).setCellValue(n);
                    } else {
                        row.createCell(i).setCellValue((String) rows[r][i]);
                    }
                }
            }
            file = bytes(workbook);
        }

        HttpResponse<String> invalid = upload(path + "/import", file);

        assertThat(invalid.statusCode()).isEqualTo(422);
        List<String> cells = new ArrayList<>();
        JsonMapper.builder()
                .build()
                .readTree(invalid.body())
                .get("errors")
                .forEach(e -> cells.add(e.get("row").asInt() + " "
                        + e.get("column").asString() + " " + e.get("field").asString()));
        assertThat(cells)
                .containsExactlyInAnyOrder(
                        "3 Sumber Dana fundingSource",
                        "3 OPD Penanggung Jawab ownerOffice",
                        "3 Biaya Tahun 1 costs[0]",
                        "3 Wajib mandatory");
        assertThat(invalid.body()).contains("Isi “Ya” atau “Tidak”, bukan “mungkin”");
        assertThat(api.get(path, editor).json().size()).isZero();
        HttpResponse<String> fixed = upload(path + "/import", fixed(file));
        assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);
        assertThat(api.get(path, editor).json().size()).isEqualTo(2);
    }

    @Test
    void importsRpjmdItemsWithParentsFromTheSameFileAllOrNothing() throws IOException {
        String items = path.replace("/programmes", "/alignment/items");
        byte[] wrong =
                rpjmd(new String[][] {{"RPJMD_GOAL", "T1", "Tujuan satu", "M9"}, {"RPJMD_MISSION", "M1", "Misi", ""}});
        byte[] right =
                rpjmd(new String[][] {{"RPJMD_GOAL", "T1", "Tujuan satu", "M1"}, {"RPJMD_MISSION", "M1", "Misi", ""}});

        HttpResponse<String> invalid = upload(items + "/import", wrong);
        HttpResponse<String> imported = upload(items + "/import", right);
        HttpResponse<String> again = upload(items + "/import", right);

        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"row\":2", "\"column\":\"Kode Induk\"", "\"field\":\"parentCode\"");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":2");
        assertThat(again.body()).contains("\"created\":0", "\"updated\":2");
        assertThat(api.get(items, editor).json().size()).isEqualTo(2);
        try (Workbook exported = new XSSFWorkbook(new ByteArrayInputStream(download(items + "/export.xlsx")))) {
            assertThat(exported.getSheet("RPJMD").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Jenis");
            assertThat(exported.getSheet("RPJMD").getLastRowNum()).isEqualTo(2);
        }
    }

    private static byte[] rpjmd(String[][] rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("RPJMD");
            String[] headers = {"Jenis", "Kode", "Uraian", "Kode Induk"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            return bytes(workbook);
        }
    }

    private static byte[] fixed(byte[] file) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row bad = workbook.getSheetAt(0).getRow(2);
            bad.getCell(3).setCellValue("DISKOMINFO");
            bad.getCell(5).setCellValue("APBN");
            bad.getCell(6).setCellValue(2_000_000);
            bad.getCell(7).setCellValue("Tidak");
            return bytes(workbook);
        }
    }

    private static int column(Row header, String label) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException(label);
    }

    private static void copy(Row from, Row to) {
        for (int i = 0; i < from.getLastCellNum(); i++) {
            var cell = from.getCell(i);
            var target = to.createCell(i);
            if (cell == null) {
                continue;
            }
            switch (cell.getCellType()) {
                case NUMERIC -> target.setCellValue(cell.getNumericCellValue());
                case STRING -> target.setCellValue(cell.getStringCellValue());
                default -> {}
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(api.base() + path))
                                    .header("Authorization", "Bearer " + editor)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> upload(String path, byte[] file) {
        String boundary = "rancang-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"program.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(api.base() + path))
                                    .header("Authorization", "Bearer " + editor)
                                    .header("Accept-Language", "id")
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
