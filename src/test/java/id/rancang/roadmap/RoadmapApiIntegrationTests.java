package id.rancang.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RoadmapApiIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String editor;
    String base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        editor = plan.token();
        base = plan.base();
        programme("P01", 2, List.of(400_000_000L, 400_000_000L), 9, List.of(), false);
        programme("P02", 1, List.of(300_000_000L), 5, List.of("P01"), false);
        programme("P03", 1, List.of(500_000_000L), 8, List.of(), true);
        programme("P04", 3, List.of(200_000_000L, 200_000_000L, 200_000_000L), 2, List.of(), false);
    }

    private void programme(
            String code, int duration, List<Long> costs, int value, List<String> after, boolean mandatory) {
        Api.Response created =
                api.post(base + "/programmes", editor, body(code, duration, costs, value, after, mandatory));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static Map<String, Object> body(
            String code, int duration, List<Long> costs, int value, List<String> after, boolean mandatory) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Program " + code);
        body.put("dimension", "governance");
        body.put("ownerOffice", "DISKOMINFO");
        body.put("durationYears", duration);
        body.put("costs", costs);
        body.put("fundingSource", "APBD");
        body.put("value", value);
        body.put("mandatory", mandatory);
        body.put("dependsOn", after);
        return body;
    }

    /** Changes P02 (one year, Rp 300 million, after P01) in the programme module. */
    private Api.Response editP02(Integer startYear, long cost) {
        JsonNode current = api.get(base + "/programmes/P02", editor).json();
        Map<String, Object> body = body("P02", 1, List.of(cost), 5, List.of("P01"), false);
        body.put("startYear", startYear);
        body.put("version", current.get("version").asLong());
        return api.put(base + "/programmes/P02", editor, body);
    }

    private Map<String, Integer> adoptedSchedule() {
        Map<String, Integer> schedule = new HashMap<>();
        api.get(base + "/roadmap", editor)
                .json()
                .get("schedule")
                .forEach(e -> schedule.put(
                        e.get("programmeCode").asString(), e.get("startYear").asInt()));
        return schedule;
    }

    private JsonNode startYearOf(String code) {
        return api.get(base + "/programmes/" + code, editor).json().get("startYear");
    }

    @Test
    void adoptionWritesTheStartYearsOntoTheProgrammesAndProgrammeEditsKeepTheRules() {
        JsonNode run = optimise(Map.of("budgetCeilings", ceilings(800_000_000L)));
        Api.Response adopted =
                api.post(base + "/roadmap/optimisations/" + run.get("id").asLong() + "/adopt", editor, Map.of());
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);

        Map<String, Integer> schedule = adoptedSchedule();
        for (String code : List.of("P01", "P02", "P03", "P04")) {
            JsonNode startYear = startYearOf(code);
            if (schedule.containsKey(code)) {
                assertThat(startYear.asInt()).as(code).isEqualTo(schedule.get(code));
            } else {
                assertThat(startYear == null || startYear.isNull()).as(code).isTrue();
            }
        }

        // P02 needs P01 finished first: starting it with P01 breaks the rule, in the programme module too.
        Api.Response broken = editP02(schedule.get("P01"), 300_000_000L);
        assertThat(broken.status()).as(broken.body()).isEqualTo(422);
        assertThat(broken.body()).contains("startYear", "P01");
        assertThat(adoptedSchedule()).isEqualTo(schedule);

        // Leaving P02 open keeps every rule; the adopted roadmap follows the programme.
        Api.Response opened = editP02(null, 300_000_000L);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(adoptedSchedule()).doesNotContainKey("P02").containsKey("P01");

        // And a move on the roadmap is written onto the programme.
        long version = api.get(base + "/roadmap", editor).json().get("version").asLong();
        Api.Response moved = api.put(
                base + "/roadmap/entries/P02", editor, Map.of("startYear", schedule.get("P02"), "version", version));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(startYearOf("P02").asInt()).isEqualTo(schedule.get("P02"));
    }

    @Test
    void refusesToAdoptARunWhoseProgrammesChangedSince() {
        JsonNode run = optimise(Map.of("budgetCeilings", ceilings(800_000_000L)));
        assertThat(editP02(null, 350_000_000L).status()).isEqualTo(200);

        Api.Response adopted =
                api.post(base + "/roadmap/optimisations/" + run.get("id").asLong() + "/adopt", editor, Map.of());

        assertThat(adopted.status()).isEqualTo(409);
        assertThat(adopted.body()).contains("P02");
        assertThat(api.get(base + "/roadmap", editor).json().get("adopted").asBoolean())
                .isFalse();
        assertThat(startYearOf("P01") == null || startYearOf("P01").isNull()).isTrue();
    }

    private static Map<String, Object> ceilings(long each) {
        Map<String, Object> ceilings = new HashMap<>();
        for (int year = 2026; year <= 2030; year++) {
            ceilings.put(Integer.toString(year), each);
        }
        return ceilings;
    }

    private JsonNode optimise(Map<String, Object> request) {
        Api.Response response = api.post(base + "/roadmap/optimisations", editor, request);
        assertThat(response.status()).as(response.body()).isIn(200, 202);
        JsonNode run = response.json();
        for (int i = 0; i < 120 && !run.get("state").asString().equals("DONE"); i++) {
            sleep();
            run = api.get(base + "/roadmap/optimisations/" + run.get("id").asLong(), editor)
                    .json();
        }
        return run;
    }

    @Test
    void findsTheProvenBestScheduleUnderTheCeilingsBesideTheGreedyBaseline() {
        JsonNode run = optimise(Map.of("budgetCeilings", ceilings(800_000_000L), "timeLimitSeconds", 5));

        assertThat(run.get("status").asString()).isEqualTo("OPTIMAL");
        Map<String, Integer> schedule = new HashMap<>();
        run.get("schedule")
                .forEach(e -> schedule.put(
                        e.get("programmeCode").asString(), e.get("startYear").asInt()));
        // P03 is mandatory; P02 needs P01 first; every year stays within Rp 800 million.
        assertThat(schedule).containsKey("P03").containsKeys("P01", "P02");
        assertThat(schedule.get("P02")).isGreaterThanOrEqualTo(schedule.get("P01") + 2);
        run.get("years")
                .forEach(year -> assertThat(year.get("spend").asLong())
                        .isLessThanOrEqualTo(year.get("ceiling").asLong()));
        assertThat(run.get("objective").asLong()).isEqualTo(run.get("bestBound").asLong());
        assertThat(run.get("objective").asLong())
                .isGreaterThanOrEqualTo(run.get("greedyObjective").asLong());
        assertThat(run.get("solveMillis").asLong()).isNotNegative();
    }

    @Test
    void explainsInPlanningTermsWhyNoScheduleExists() {
        JsonNode run = optimise(Map.of("budgetCeilings", ceilings(100_000_000L)));

        assertThat(run.get("status").asString()).isEqualTo("INFEASIBLE");
        assertThat(run.get("reasons").get(0).get("code").asString()).isEqualTo("MANDATORY_EXCEEDS_CEILING");
        assertThat(run.get("reasons").get(0).get("message").asString()).contains("Rp 500.000.000", "Rp 100.000.000");
    }

    @Test
    void refusesMissingOrNegativeCeilingsAndPinsOnUnknownProgrammesNamingTheFields() {
        Map<String, Object> ceilings = ceilings(800_000_000L);
        ceilings.remove("2028");
        ceilings.put("2029", -5);

        Api.Response response = api.post(
                base + "/roadmap/optimisations",
                editor,
                Map.of(
                        "budgetCeilings",
                        ceilings,
                        "pins",
                        Map.of("P99", 2027),
                        "officeCapacity",
                        0,
                        "timeLimitSeconds",
                        301));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "budgetCeilings.2028", "budgetCeilings.2029", "pins.P99", "officeCapacity", "timeLimitSeconds");
    }

    @Test
    void aRunOfASavedScenarioIsNotStartedFromFreeAssumptions() {
        Api.Response response = api.post(
                base + "/roadmap/optimisations",
                editor,
                Map.of("budgetCeilings", ceilings(800_000_000L), "scenarioId", 999));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("scenarioId");
        assertThat(api.get(base + "/roadmap/optimisations", editor).json()).isEmpty();
    }

    @Test
    void adoptsARunAndChecksAManualMoveAgainstTheSameRules() {
        JsonNode run = optimise(Map.of("budgetCeilings", ceilings(800_000_000L), "pins", Map.of("P04", 2027)));
        assertThat(api.get(base + "/roadmap", editor).json().get("adopted").asBoolean())
                .isFalse();

        Api.Response adopted =
                api.post(base + "/roadmap/optimisations/" + run.get("id").asLong() + "/adopt", editor, Map.of());

        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        JsonNode roadmap = api.get(base + "/roadmap", editor).json();
        assertThat(roadmap.get("adopted").asBoolean()).isTrue();
        assertThat(roadmap.get("schedule").toString()).contains("\"programmeCode\":\"P04\",\"startYear\":2027");
        long version = roadmap.get("version").asLong();

        Api.Response broken =
                api.put(base + "/roadmap/entries/P02", editor, Map.of("startYear", 2026, "version", version));
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.body()).contains("P01");

        Api.Response removed = api.put(base + "/roadmap/entries/P04", editor, Map.of("version", version));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("unscheduled").toString()).contains("P04");

        Api.Response stale =
                api.put(base + "/roadmap/entries/P04", editor, Map.of("startYear", 2027, "version", version));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void scenariosKeepTheirAssumptionsAndRunOnRequest() {
        Map<String, Object> ceilings = ceilings(900_000_000L);
        Api.Response saved =
                api.post(base + "/roadmap/scenarios", editor, Map.of("name", "Pagu tetap", "budgetCeilings", ceilings));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        long scenario = saved.json().get("id").asLong();

        Api.Response duplicate =
                api.post(base + "/roadmap/scenarios", editor, Map.of("name", "pagu tetap", "budgetCeilings", ceilings));
        assertThat(duplicate.status()).isEqualTo(409);

        Api.Response run = api.post(base + "/roadmap/scenarios/" + scenario + "/optimisations", editor, Map.of());
        assertThat(run.status()).as(run.body()).isIn(200, 202);
        assertThat(run.json().get("scenarioId").asLong()).isEqualTo(scenario);
        assertThat(api.get(base + "/roadmap/scenarios", editor)
                        .json()
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Pagu tetap");
    }

    @Test
    void viewersReadTheRoadmapButCannotOptimise() {
        String region = api.get(base, editor).json().get("regionCode").asString();
        String viewer = api.tokenFor("VIEWER", region);

        assertThat(api.get(base + "/roadmap", viewer).status()).isEqualTo(200);
        assertThat(api.post(base + "/roadmap/optimisations", viewer, Map.of("budgetCeilings", ceilings(1L)))
                        .status())
                .isEqualTo(403);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
