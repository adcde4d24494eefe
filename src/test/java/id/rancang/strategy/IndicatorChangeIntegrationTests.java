package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class IndicatorChangeIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String base;
    long masterplan;
    long goal;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2027, 5);
        region = plan.region();
        editor = plan.token();
        masterplan = plan.id();
        base = plan.base();
        goal = api.post(base + "/goals", editor, Map.of("dimension", "living", "statement", "Layanan kesehatan merata"))
                .json()
                .get("id")
                .asLong();
    }

    private JsonNode indicator(long goalId) {
        Api.Response created = api.post(
                base + "/indicators",
                editor,
                Map.of(
                        "goalId",
                        goalId,
                        "name",
                        "Kunjungan telekonsultasi",
                        "unit",
                        "kunjungan",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "targets",
                        Map.of("2027", 100, "2028", 200)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void changesAnIndicatorWithTheDocumentAReadReturnedAndRefusesAStaleVersion() {
        long id = indicator(goal).get("id").asLong();
        String path = base + "/indicators/" + id;
        ObjectNode document = (ObjectNode) api.get(path, editor).json();
        document.put("name", "Kunjungan telemedisin");
        document.putObject("targets").put("2029", 300);

        Api.Response changed = api.put(path, editor, document.toString());
        Api.Response stale = api.put(path, editor, document.toString());

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("Kunjungan telemedisin");
        assertThat(changed.json().get("targets").size()).isEqualTo(1);
        assertThat(changed.json().get("targets").get("2029").asInt()).isEqualTo(300);
        assertThat(changed.json().get("version").asLong())
                .isGreaterThan(document.get("version").asLong());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(path, editor).json().get("name").asString()).isEqualTo("Kunjungan telemedisin");
        assertThat(api.get(base + "/indicators/999999999", editor).status()).isEqualTo(404);
    }

    @Test
    void refusesAnInvalidChangeNamingTheFields() {
        long id = indicator(goal).get("id").asLong();

        Api.Response invalid = api.put(
                base + "/indicators/" + id,
                editor,
                Map.of("name", "", "unit", "x", "targets", Map.of("2040", 1), "goalId", 999_999_999));

        assertThat(invalid.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("name", "direction", "targets.2040", "goalId");
    }

    @Test
    void deletesAnIndicator() {
        long id = indicator(goal).get("id").asLong();

        Api.Response deleted = api.delete(base + "/indicators/" + id, editor);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(base + "/indicators/" + id, editor).status()).isEqualTo(404);
        assertThat(api.delete(base + "/indicators/" + id, editor).status()).isEqualTo(404);
    }

    @Test
    void deletingAGoalDeletesItsIndicatorsAndUnlinksProgrammesWhichStillSave() {
        long kept = api.post(base + "/goals", editor, Map.of("dimension", "living", "statement", "Warga sehat"))
                .json()
                .get("id")
                .asLong();
        long measured = indicator(goal).get("id").asLong();
        long other = indicator(kept).get("id").asLong();
        Api.Response programme = api.post(
                base + "/programmes",
                editor,
                Map.of(
                        "code",
                        "LIV-01",
                        "name",
                        "Puskesmas digital",
                        "dimension",
                        "living",
                        "ownerOffice",
                        "DINKES",
                        "durationYears",
                        1,
                        "costs",
                        List.of(100_000_000),
                        "fundingSource",
                        "DAK",
                        "goalIds",
                        List.of(goal, kept)));
        assertThat(programme.status()).as(programme.body()).isEqualTo(201);

        Api.Response deleted = api.delete(base + "/goals/" + goal, editor);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api.get(base + "/goals/" + goal, editor).status()).isEqualTo(404);
        assertThat(api.get(base + "/indicators/" + measured, editor).status()).isEqualTo(404);
        assertThat(api.get(base + "/indicators/" + other, editor).status()).isEqualTo(200);
        JsonNode document = api.get(base + "/programmes/LIV-01", editor).json();
        assertThat(document.get("goalIds").toString()).isEqualTo("[" + kept + "]");
        Api.Response saved = api.put(base + "/programmes/LIV-01", editor, document.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        String audit = api.get("/api/v1/regions/" + region + "/audit", api.tokenFor("REGION_ADMIN", region))
                .body();
        assertThat(audit).contains("\"goal\"", "\"indicator\"", "DELETED");
    }

    @Test
    void editsAndDeletesAnIndicatorAndDeletesAGoalThroughThePage() {
        long id = indicator(goal).get("id").asLong();
        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + masterplan + "/strategy";
        String edit = page + "/indicators/" + id + "/edit";

        Api.Response form = session.get(edit);
        Api.Response fragment = session.getHtmx(edit);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("input[name=name]").attr("value")).isEqualTo("Kunjungan telekonsultasi");
        assertThat(form.html().select("input[name=targets[1]]").attr("value")).isEqualTo("200");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.html().select("#strategy")).hasSize(1);
        assertThat(fragment.body()).doesNotContain("<header");
        assertThat(form.html().select("#ind-version")).hasSize(1);
        String version = form.html().select("#ind-version").attr("value");

        Api.Response invalid = session.submit(
                edit, page + "/indicators/" + id, Map.of("goalId", String.valueOf(goal), "name", "", "unit", ""));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select("#ind-name[aria-invalid=true]")).hasSize(1);
        assertThat(invalid.html().select(".field-error").text()).isNotBlank();
        Api.Response badTarget = session.submitHtmx(
                edit,
                page + "/indicators/" + id,
                Map.of(
                        "goalId", String.valueOf(goal),
                        "name", "Kunjungan telekonsultasi",
                        "unit", "kunjungan",
                        "direction", "HIGHER_IS_BETTER",
                        "targets[1]", "abc"));
        assertThat(badTarget.status()).isEqualTo(422);
        assertThat(badTarget.html().select("input[name=targets[1]]").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(badTarget.html().select(".field-error").text()).contains("“abc” bukan angka");

        Map<String, String> fields = Map.of(
                "goalId",
                String.valueOf(goal),
                "name",
                "Kunjungan telemedisin",
                "unit",
                "kunjungan",
                "direction",
                "HIGHER_IS_BETTER",
                "targets[0]",
                "150",
                "version",
                version);
        Api.Response saved = session.submitHtmx(edit, page + "/indicators/" + id, fields);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("Kunjungan telemedisin").doesNotContain("<header");
        Api.Response stale = session.submit(edit, page + "/indicators/" + id, fields);
        assertThat(stale.status()).isEqualTo(409);
        org.jsoup.nodes.Document refusedForm = stale.html();
        assertThat(refusedForm.select("[role=alert]").text()).contains("Orang lain menyimpan indikator ini");
        assertThat(refusedForm.select("input[name=name]").val()).isEqualTo("Kunjungan telemedisin");
        String current = refusedForm.select("input[name=version]").val();
        assertThat(current).isNotEqualTo(version);
        Map<String, String> again = new java.util.HashMap<>(fields);
        again.put("version", current);
        assertThat(session.submitHtmx(edit, page + "/indicators/" + id, again).status())
                .isEqualTo(200);

        Api.Response removed = session.submit(page, page + "/indicators/" + id + "/delete", Map.of());
        assertThat(removed.status()).isEqualTo(302);
        assertThat(api.get(base + "/indicators/" + id, editor).status()).isEqualTo(404);

        assertThat(session.get(page).html().select("form[data-confirm][action$=/goals/" + goal + "/delete]"))
                .hasSize(1);
        Api.Response goalRemoved = session.submitHtmx(page, page + "/goals/" + goal + "/delete", Map.of());
        assertThat(goalRemoved.status()).isEqualTo(200);
        assertThat(goalRemoved.body()).doesNotContain("Layanan kesehatan merata");
        assertThat(api.get(base + "/goals/" + goal, editor).status()).isEqualTo(404);
    }
}
