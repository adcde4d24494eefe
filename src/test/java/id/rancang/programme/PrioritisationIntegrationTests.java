package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PrioritisationIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String region;
    String editor;
    String base;
    long id;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        region = plan.region();
        editor = plan.token();
        id = plan.id();
        base = plan.base();
    }

    static Map<String, Object> criteria(List<List<Double>> pairwise) {
        return Map.of(
                "criteria",
                List.of(
                        Map.of("code", "IMPACT", "name", "Dampak"),
                        Map.of("code", "COST", "name", "Biaya"),
                        Map.of("code", "READINESS", "name", "Kesiapan")),
                "pairwise",
                pairwise);
    }

    @Test
    void weighsCriteriaFromPairwiseJudgements() {
        Api.Response result = api.put(
                base + "/prioritisation/criteria",
                editor,
                criteria(List.of(List.of(1.0, 3.0, 5.0), List.of(1 / 3.0, 1.0, 3.0), List.of(0.2, 1 / 3.0, 1.0))));

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        JsonNode json = result.json();
        assertThat(json.get("weights").get("IMPACT").asDouble()).isBetween(0.63, 0.64);
        assertThat(json.get("lambdaMax").asDouble()).isBetween(3.03, 3.05);
        assertThat(json.get("consistencyRatio").asDouble()).isBetween(0.03, 0.04);
        assertThat(json.get("consistent").asBoolean()).isTrue();
        assertThat(json.has("consistencyIndex")).isTrue();
    }

    @Test
    void reportsInconsistencyWithTheLeastConsistentJudgements() {
        Api.Response result = api.put(
                base + "/prioritisation/criteria",
                editor,
                criteria(List.of(List.of(1.0, 9.0, 1 / 9.0), List.of(1 / 9.0, 1.0, 9.0), List.of(9.0, 1 / 9.0, 1.0))));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("consistent").asBoolean()).isFalse();
        assertThat(result.json().get("leastConsistent").size()).isPositive();
    }

    @Test
    void refusesMatricesThatAreNotReciprocalOffScaleOrTheWrongSize() {
        assertThat(api.put(
                                base + "/prioritisation/criteria",
                                editor,
                                criteria(List.of(
                                        List.of(1.0, 3.0, 5.0), List.of(3.0, 1.0, 3.0), List.of(0.2, 1 / 3.0, 1.0))))
                        .status())
                .isEqualTo(422);
        assertThat(api.put(
                                base + "/prioritisation/criteria",
                                editor,
                                criteria(List.of(
                                        List.of(1.0, 12.0, 5.0),
                                        List.of(1 / 12.0, 1.0, 3.0),
                                        List.of(0.2, 1 / 3.0, 1.0))))
                        .status())
                .isEqualTo(422);
        assertThat(api.put(
                                base + "/prioritisation/criteria",
                                editor,
                                criteria(List.of(
                                        List.of(1.0, -3.0, 5.0),
                                        List.of(-1 / 3.0, 1.0, 3.0),
                                        List.of(0.2, 1 / 3.0, 1.0))))
                        .status())
                .isEqualTo(422);
        assertThat(api.put(
                                base + "/prioritisation/criteria",
                                editor,
                                criteria(List.of(List.of(1.0, 3.0), List.of(1 / 3.0, 1.0))))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void ranksProgrammesByWeightedScore() {
        api.put(
                base + "/prioritisation/criteria",
                editor,
                criteria(List.of(List.of(1.0, 3.0, 5.0), List.of(1 / 3.0, 1.0, 3.0), List.of(0.2, 1 / 3.0, 1.0))));
        for (String code : List.of("A", "B", "C")) {
            api.post(base + "/programmes", editor, ProgrammeApiIntegrationTests.programme(code, 1, List.of(1L)));
        }
        assertThat(api.put(base + "/programmes/A/scores", editor, Map.of("IMPACT", 2, "COST", 5, "READINESS", 5))
                        .status())
                .isEqualTo(200);
        api.put(base + "/programmes/B/scores", editor, Map.of("IMPACT", 5, "COST", 2, "READINESS", 2));
        assertThat(api.put(base + "/programmes/C/scores", editor, Map.of("IMPACT", 6))
                        .status())
                .isEqualTo(422);
        assertThat(api.put(base + "/programmes/C/scores", editor, Map.of("SPEED", 3))
                        .status())
                .isEqualTo(422);

        JsonNode ranking = api.get(base + "/prioritisation/ranking", editor).json();

        assertThat(ranking.get(0).get("programmeCode").asString()).isEqualTo("B");
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get(0).get("score").asDouble())
                .isGreaterThan(ranking.get(1).get("score").asDouble());
        assertThat(ranking.get(2).get("programmeCode").asString()).isEqualTo("C");
        assertThat(ranking.get(2).get("score").asDouble()).isZero();
    }

    @Test
    void suggestsQuickWinCandidatesWithTheirReasons() {
        api.post(
                base + "/programmes", editor, ProgrammeApiIntegrationTests.programme("SHORT", 1, List.of(90_000_000L)));
        api.post(base + "/programmes", editor, ProgrammeApiIntegrationTests.programme("LONG", 3, List.of(1L, 1L, 1L)));
        api.put(base + "/programmes/SHORT/scores", editor, Map.of("IMPACT", 5));

        JsonNode candidates =
                api.get(base + "/prioritisation/quick-win-candidates", editor).json();

        assertThat(candidates.size()).isEqualTo(1);
        assertThat(candidates.get(0).get("programmeCode").asString()).isEqualTo("SHORT");
        assertThat(candidates.get(0).get("reasons").toString()).contains("HIGH_IMPACT", "LOW_COST");
    }

    @Test
    void showsTheGridAndSavesJudgementsFromThePage() {
        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + id + "/prioritisation";

        Api.Response grid = session.get(page);
        Api.Response saved = session.submit(page, page, Map.of("p_0_1", "3", "p_0_2", "5", "p_1_2", "0.5"));
        Api.Response fragment = session.getHtmx(page);

        assertThat(grid.status()).isEqualTo(200);
        assertThat(grid.html().select("select[name=p_0_1]")).hasSize(1);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.get(base + "/prioritisation/criteria", editor)
                        .json()
                        .get("pairwise")
                        .get(1)
                        .get(0)
                        .asDouble())
                .isBetween(0.33, 0.34);
        assertThat(fragment.html().select("#prioritisation")).hasSize(1);
        assertThat(fragment.body()).doesNotContain("<header");
    }

    @Test
    void theUsualCriteriaReadInTheReadersLanguage() {
        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + id + "/prioritisation";

        assertThat(session.get(page).html().select("label[for=p_0_1]").text()).isEqualTo("Dampak dibanding Urgensi");
        assertThat(session.get(page + "?lang=en")
                        .html()
                        .select("label[for=p_0_1]")
                        .text())
                .isEqualTo("Impact compared with Urgency");
    }

    @Test
    void scoresChangedInTwoOpenPagesAreBothKeptAndTheSameCellChangedTwiceIsRefused() {
        api.put(
                base + "/prioritisation/criteria",
                editor,
                criteria(List.of(List.of(1.0, 3.0, 5.0), List.of(1 / 3.0, 1.0, 3.0), List.of(0.2, 1 / 3.0, 1.0))));
        for (String code : List.of("A", "B")) {
            api.post(base + "/programmes", editor, ProgrammeApiIntegrationTests.programme(code, 1, List.of(1L)));
        }
        api.put(base + "/programmes/A/scores", editor, Map.of("IMPACT", 2));
        String page = "/masterplans/" + id + "/prioritisation";
        String scores = page + "/scores";
        Api.PageSession first = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        Api.PageSession second = api.pages().login(api.createUser("anggota", "EDITOR", region), Api.PASSWORD);
        // Both open the page while A scores 2 for impact: the form carries what each cell showed.
        Map<String, String> shownA = Map.of("o|A|IMPACT", "2", "o|A|COST", "", "o|B|IMPACT", "", "o|B|COST", "");

        Api.Response byFirst = first.submitHtmx(
                page,
                scores,
                with(shownA, Map.of("s|A|IMPACT", "4", "s|A|COST", "", "s|B|IMPACT", "", "s|B|COST", "")));
        Api.Response bySecond = second.submitHtmx(
                page,
                scores,
                with(shownA, Map.of("s|A|IMPACT", "2", "s|A|COST", "", "s|B|IMPACT", "", "s|B|COST", "3")));

        assertThat(byFirst.status()).as(byFirst.body()).isEqualTo(200);
        assertThat(bySecond.status()).as(bySecond.body()).isEqualTo(200);
        JsonNode ranking = api.get(base + "/prioritisation/ranking", editor).json();
        Map<String, JsonNode> byCode = new java.util.HashMap<>();
        ranking.forEach(r -> byCode.put(r.get("programmeCode").asString(), r.get("scores")));
        assertThat(byCode.get("A").get("IMPACT").asInt()).isEqualTo(4);
        assertThat(byCode.get("B").get("COST").asInt()).isEqualTo(3);

        Api.Response stale = second.submitHtmx(
                page,
                scores,
                with(shownA, Map.of("s|A|IMPACT", "1", "s|A|COST", "5", "s|B|IMPACT", "", "s|B|COST", "")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("[role=alert]").text())
                .contains("A – Dampak")
                .doesNotContain("A – Biaya");
        assertThat(stale.html()
                        .select("select[name=s|A|IMPACT] option[selected]")
                        .val())
                .isEqualTo("1");
        assertThat(stale.html().select("input[name=o|A|IMPACT]").val()).isEqualTo("4");
        JsonNode unchanged = api.get(base + "/prioritisation/ranking", editor).json();
        unchanged.forEach(r -> {
            if (r.get("programmeCode").asString().equals("A")) {
                assertThat(r.get("scores").get("IMPACT").asInt()).isEqualTo(4);
                assertThat(r.get("scores").has("COST")).as("nothing saved").isFalse();
            }
        });
    }

    @Test
    void judgementsSavedFromAPageOpenedBeforeSomeoneElsesSaveAreRefusedAndKept() {
        Api.PageSession session = api.pages().login(api.createUser("penyusun", "EDITOR", region), Api.PASSWORD);
        String page = "/masterplans/" + id + "/prioritisation";
        assertThat(session.get(page).html().select("input[name=version]").val()).isEqualTo("0");
        Api.Response apiSave = api.put(
                base + "/prioritisation/criteria",
                editor,
                with(
                        criteria(List.of(
                                List.of(1.0, 3.0, 5.0), List.of(1 / 3.0, 1.0, 3.0), List.of(0.2, 1 / 3.0, 1.0))),
                        Map.of("version", 0)));
        assertThat(apiSave.json().get("version").asLong()).isEqualTo(1);

        Api.Response stale =
                session.submitHtmx(page, page, Map.of("p_0_1", "5", "p_0_2", "7", "p_1_2", "3", "version", "0"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("[role=alert]").text()).contains("Orang lain menyimpan perbandingan");
        assertThat(stale.html().select("select[name=p_0_1] option[selected]").text())
                .isEqualTo("5");
        assertThat(stale.html().select("input[name=version]").val()).isEqualTo("1");
        assertThat(api.put(
                                base + "/prioritisation/criteria",
                                editor,
                                with(
                                        criteria(List.of(
                                                List.of(1.0, 3.0, 5.0),
                                                List.of(1 / 3.0, 1.0, 3.0),
                                                List.of(0.2, 1 / 3.0, 1.0))),
                                        Map.of("version", 0)))
                        .status())
                .isEqualTo(409);

        Api.Response again =
                session.submitHtmx(page, page, Map.of("p_0_1", "5", "p_0_2", "7", "p_1_2", "3", "version", "1"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(api.get(base + "/prioritisation/criteria", editor)
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(2);
    }

    private static <V> Map<String, V> with(Map<String, ? extends V> first, Map<String, ? extends V> second) {
        Map<String, V> both = new java.util.HashMap<>(first);
        both.putAll(second);
        return both;
    }
}
