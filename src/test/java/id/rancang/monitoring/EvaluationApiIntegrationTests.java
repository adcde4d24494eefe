package id.rancang.monitoring;

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
class EvaluationApiIntegrationTests {

    private static final Map<String, Object> WEIGHTS =
            Map.of("baseline", 0.1, "output", 0.2, "outcome", 0.3, "impact", 0.2, "quick_win", 0.2);

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private record Plan(String region, long id, String assessor) {}

    private Plan plan(int startYear) {
        Api.Plan created = api.newMasterplan("EDITOR", startYear, 5);
        return new Plan(created.region(), created.id(), api.tokenFor("REGION_ADMIN", created.region()));
    }

    private static Map<String, Object> scores(double all) {
        return Map.of("baseline", all, "output", all, "outcome", all, "impact", all, "quick_win", all);
    }

    private Api.Response evaluate(Plan plan, String token, Map<String, Object> body) {
        return api.post("/api/v1/masterplans/" + plan.id() + "/evaluations", token, body);
    }

    private static Map<String, Object> body(int year, Object weights, Object scores) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        if (weights != null) {
            body.put("weights", weights);
        }
        body.put("scores", scores);
        return body;
    }

    @Test
    void anEvaluationGetsItsWeightedIndexAndTheRegionsAreRanked() {
        int year = 2027;
        Plan first = plan(2026);
        Plan second = plan(2026);
        String coordinator = api.tokenFor("NATIONAL_COORDINATOR", null);
        Map<String, Object> body = body(
                year, WEIGHTS, Map.of("baseline", 3, "output", 3.5, "outcome", 3, "impact", 3.5, "quick_win", 3.4));
        body.put("selfAssessment", scores(4));
        body.put("evidence", Map.of("output", "Perbup No. 12 Tahun 2027"));
        body.put("dimensionScores", Map.of("governance", 3.5, "living", 2.75));
        body.put("strengths", "Komitmen kepala daerah kuat");
        body.put("weaknesses", "Data belum terpadu");
        body.put("recommendations", "Bentuk satu data daerah");

        Api.Response created = evaluate(first, coordinator, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("index").decimalValue()).isEqualByComparingTo("3.28");
        assertThat(evaluate(second, second.assessor(), body(year, WEIGHTS, scores(4)))
                        .status())
                .isEqualTo(201);

        JsonNode ranking =
                api.get("/api/v1/evaluations?year=" + year, coordinator).json();
        List<String> regions = new ArrayList<>();
        Map<String, Integer> ranks = new HashMap<>();
        ranking.forEach(r -> {
            regions.add(r.get("regionCode").asString());
            ranks.put(r.get("regionCode").asString(), r.get("rank").asInt());
        });
        assertThat(regions).contains(first.region(), second.region());
        assertThat(ranks.get(second.region())).isLessThan(ranks.get(first.region()));

        JsonNode own = api.get("/api/v1/evaluations?year=" + year, api.tokenFor("VIEWER", first.region()))
                .json();
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("regionCode").asString()).isEqualTo(first.region());
        assertThat(own.get(0).get("masterplanId").asLong()).isEqualTo(first.id());
        assertThat(own.get(0).get("rank").asInt()).isEqualTo(ranks.get(first.region()));

        JsonNode stored = api.get(
                        "/api/v1/masterplans/" + first.id() + "/evaluations/"
                                + created.json().get("id").asLong(),
                        coordinator)
                .json();
        assertThat(stored.get("dimensionScores").get("living").decimalValue()).isEqualByComparingTo("2.75");
        assertThat(stored.get("recommendations").asString()).isEqualTo("Bentuk satu data daerah");
    }

    @Test
    void theDimensionsAsTheListingNamesThemAreAcceptedBack() {
        Plan plan = plan(2026);
        Map<String, Object> first = body(2027, WEIGHTS, scores(3));
        first.put("evidence", Map.of("output", "Perbup Smart City"));
        assertThat(evaluate(plan, plan.assessor(), first).status()).isEqualTo(201);
        JsonNode listed = api.get("/api/v1/masterplans/" + plan.id() + "/evaluations", plan.assessor())
                .json()
                .get(0);

        Map<String, Object> weights = new HashMap<>();
        Map<String, Object> scores = new HashMap<>();
        Map<String, Object> evidence = new HashMap<>();
        listed.get("scores").forEach(s -> {
            String dimension = s.get("dimension").asString();
            weights.put(dimension, s.get("weight").decimalValue());
            scores.put(dimension, s.get("score").decimalValue());
            if (!s.get("evidence").isNull()) {
                evidence.put(dimension, s.get("evidence").asString());
            }
        });
        assertThat(scores).containsKey("BASELINE");
        Map<String, Object> again = body(2028, weights, scores);
        again.put("selfAssessment", Map.of("Quick_Win", 4));
        again.put("evidence", evidence);
        Api.Response created = evaluate(plan, plan.assessor(), again);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("index").decimalValue()).isEqualByComparingTo("3");
        JsonNode stored = api.get(
                        "/api/v1/masterplans/" + plan.id() + "/evaluations/"
                                + created.json().get("id").asLong(),
                        plan.assessor())
                .json();
        assertThat(stored.toString()).contains("Perbup Smart City").contains("\"selfScore\":4");

        Map<String, Object> twice = new HashMap<>(scores(3));
        twice.put("OUTPUT", 2);
        Api.Response refused = evaluate(plan, plan.assessor(), body(2029, WEIGHTS, twice));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(field(refused)).isEqualTo("scores.output");
        assertThat(refused.body()).contains("lebih dari sekali");
    }

    @Test
    void expertsSeeTheirAssignedRegionsInTheRanking() {
        int year = 2028;
        Plan assigned = plan(2026);
        Plan other = plan(2026);
        String expert = api.tokenFor("EXPERT", assigned.region());
        assertThat(evaluate(assigned, expert, body(year, WEIGHTS, scores(3))).status())
                .isEqualTo(201);
        assertThat(evaluate(other, other.assessor(), body(year, WEIGHTS, scores(2)))
                        .status())
                .isEqualTo(201);
        assertThat(evaluate(other, expert, body(year + 1, WEIGHTS, scores(2))).status())
                .isEqualTo(404);

        JsonNode seen = api.get("/api/v1/evaluations?year=" + year, expert).json();

        assertThat(seen.toString()).contains(assigned.region()).doesNotContain(other.region());
    }

    @Test
    void badWeightsScoresAndYearsAreAnsweredWith422NamingTheField() {
        Plan plan = plan(2026);
        Map<String, Object> notOne =
                Map.of("baseline", 0.1, "output", 0.2, "outcome", 0.3, "impact", 0.2, "quick_win", 0.1);
        Map<String, Object> negative =
                Map.of("baseline", -0.1, "output", 0.3, "outcome", 0.4, "impact", 0.2, "quick_win", 0.2);
        Map<String, Object> tooHigh = new HashMap<>(scores(3));
        tooHigh.put("impact", 5.5);

        assertThat(field(evaluate(plan, plan.assessor(), body(2027, notOne, scores(3)))))
                .isEqualTo("weights");
        assertThat(evaluate(plan, plan.assessor(), body(2027, notOne, scores(3)))
                        .body())
                .contains("Jumlah bobot harus 1 (sekarang 0,9)");
        assertThat(field(evaluate(plan, plan.assessor(), body(2027, negative, scores(3)))))
                .isEqualTo("weights.baseline");
        assertThat(field(evaluate(plan, plan.assessor(), body(2027, WEIGHTS, tooHigh))))
                .isEqualTo("scores.impact");
        assertThat(field(evaluate(plan, plan.assessor(), body(2031, WEIGHTS, scores(3)))))
                .isEqualTo("year");
        Map<String, Object> unknownDimension = new HashMap<>(body(2027, WEIGHTS, scores(3)));
        unknownDimension.put("dimensionScores", Map.of("atlantis", 3));
        assertThat(field(evaluate(plan, plan.assessor(), unknownDimension))).isEqualTo("dimensionScores");
        assertThat(evaluate(plan, api.tokenFor("EDITOR", plan.region()), body(2027, WEIGHTS, scores(3)))
                        .status())
                .isEqualTo(403);
        assertThat(evaluate(plan, plan.assessor(), body(2027, WEIGHTS, scores(3)))
                        .status())
                .isEqualTo(201);
        assertThat(evaluate(plan, plan.assessor(), body(2027, WEIGHTS, scores(3)))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theCoordinatorKeepsTheWeightsOfEachYear() {
        String coordinator = api.tokenFor("NATIONAL_COORDINATOR", null);
        Map<String, Object> weights =
                Map.of("baseline", 0.1, "output", 0.2, "outcome", 0.3, "impact", 0.3, "quick_win", 0.1);
        Api.Response saved = api.put("/api/v1/evaluation-weights/2029", coordinator, Map.of("weights", weights));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/evaluation-weights/2029", coordinator)
                        .json()
                        .get("impact")
                        .decimalValue())
                .isEqualByComparingTo("0.3");
        Plan plan = plan(2026);
        assertThat(api.put("/api/v1/evaluation-weights/2029", plan.assessor(), Map.of("weights", weights))
                        .status())
                .isEqualTo(403);
        assertThat(field(api.put(
                        "/api/v1/evaluation-weights/2029",
                        coordinator,
                        Map.of("weights", Map.of("baseline", 1, "output", 1)))))
                .startsWith("weights.");

        // Left out of an evaluation, the year's national weights apply: 0.1×1 + 0.2×2 + 0.3×3 + 0.3×4 + 0.1×5.
        Map<String, Object> body =
                body(2029, null, Map.of("baseline", 1, "output", 2, "outcome", 3, "impact", 4, "quick_win", 5));
        Api.Response created = evaluate(plan, plan.assessor(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("index").decimalValue()).isEqualByComparingTo("3.1");
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void anAssessorCorrectsAnEvaluationWithItsVersionAndTheIndexIsComputedAgain() {
        Plan plan = plan(2026);
        Api.Response created = evaluate(plan, plan.assessor(), body(2027, WEIGHTS, scores(3)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/masterplans/" + plan.id() + "/evaluations/"
                + created.json().get("id").asLong();
        JsonNode before = api.get(path, plan.assessor()).json();
        long version = before.get("version").asLong();

        Map<String, Object> correction = body(2027, WEIGHTS, scores(4));
        correction.put("strengths", "Forum smart city aktif");
        correction.put("version", version);
        Api.Response updated = api.put(path, plan.assessor(), correction);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("index").decimalValue()).isEqualByComparingTo("4");
        JsonNode after = api.get(path, plan.assessor()).json();
        assertThat(after.get("strengths").asString()).isEqualTo("Forum smart city aktif");
        assertThat(after.get("version").asLong()).isGreaterThan(version);
        JsonNode audit = api.get("/api/v1/regions/" + plan.region() + "/audit", plan.assessor())
                .json();
        boolean audited = false;
        for (JsonNode entry : audit) {
            if (entry.get("entityType").asString().equals("evaluation")
                    && entry.get("action").asString().equals("UPDATED")) {
                assertThat(entry.get("before").asString()).doesNotContain("Forum smart city aktif");
                assertThat(entry.get("after").asString()).contains("Forum smart city aktif");
                audited = true;
            }
        }
        assertThat(audited).as(audit.toString()).isTrue();

        Map<String, Object> stale = body(2027, WEIGHTS, scores(1));
        stale.put("version", version);
        assertThat(api.put(path, plan.assessor(), stale).status()).isEqualTo(409);
        assertThat(api.get(path, plan.assessor()).json().get("index").decimalValue())
                .isEqualByComparingTo("4");

        Map<String, Object> invalid = body(2027, WEIGHTS, scores(9));
        invalid.put("version", after.get("version").asLong());
        Api.Response rejected = api.put(path, plan.assessor(), invalid);
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.body()).contains("scores.baseline");
        Map<String, Object> unversioned = body(2027, WEIGHTS, scores(2));
        Api.Response noVersion = api.put(path, plan.assessor(), unversioned);
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.body()).contains("version");

        Plan other = plan(2026);
        Map<String, Object> foreign = body(2027, WEIGHTS, scores(2));
        foreign.put("version", after.get("version").asLong());
        assertThat(api.put(path, other.assessor(), foreign).status()).isEqualTo(404);
        assertThat(api.delete(path, other.assessor()).status()).isEqualTo(404);
        assertThat(api.get(path, plan.assessor()).json().get("index").decimalValue())
                .isEqualByComparingTo("4");
    }

    @Test
    void aDeletedEvaluationLeavesTheRanking() {
        int year = 2029;
        Plan plan = plan(2026);
        Api.Response created = evaluate(plan, plan.assessor(), body(year, WEIGHTS, scores(3)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String coordinator = api.tokenFor("NATIONAL_COORDINATOR", null);
        assertThat(api.get("/api/v1/evaluations?year=" + year, coordinator).body())
                .contains(plan.region());

        String path = "/api/v1/masterplans/" + plan.id() + "/evaluations/"
                + created.json().get("id").asLong();
        assertThat(api.delete(path, plan.assessor()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/regions/" + plan.region() + "/audit", plan.assessor())
                        .body())
                .contains("DELETED");

        assertThat(api.get("/api/v1/evaluations?year=" + year, coordinator).body())
                .doesNotContain(plan.region());
        assertThat(api.get(path, plan.assessor()).status()).isEqualTo(404);
        assertThat(evaluate(plan, plan.assessor(), body(year, WEIGHTS, scores(2)))
                        .status())
                .isEqualTo(201);
    }
}
