package id.rancang.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The portfolio a coordinator opens every morning, at national scale: every regency and city (514)
 * with a masterplan, sessions and ticked outputs. Runs in an application of its own so that the
 * plans it seeds do not meet other tests.
 */
@IntegrationTest
@TestPropertySource(properties = "rancang.test.context=portfolio-at-scale")
class PortfolioIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (jdbc.sql("select count(*) from masterplan").query(Long.class).single() == 0) {
            seedEveryRegion();
        }
    }

    @Test
    void theCoordinatorSeesAll514RegionsQuicklyAndAPageRendersThem() {
        String coordinator = api.createUser("koordinator", "NATIONAL_COORDINATOR", null);
        String token = api.token(coordinator, Api.PASSWORD);
        api.get("/api/v1/portfolio", token);

        Instant start = Instant.now();
        JsonNode all = api.get("/api/v1/portfolio", token).json();
        Duration took = Duration.between(start, Instant.now());

        assertThat(all).hasSize(514);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        JsonNode first = all.get(0);
        assertThat(first.get("outputsTotal").asInt()).isEqualTo(20);
        assertThat(first.get("outputsDone").asInt()).isEqualTo(2);
        Api.Response page = api.pages().login(coordinator, Api.PASSWORD).get("/portfolio?sort=province");
        assertThat(page.html().select("table.data tbody tr")).hasSize(514);
    }

    @Test
    void anExpertSeesOnlyTheAssignedRegions() {
        List<String> regions = jdbc.sql("select region_code from masterplan order by region_code limit 2")
                .query(String.class)
                .list();
        String expert = api.createUser("ahli", "EXPERT", regions.get(0));
        String admin = api.adminToken();
        api.post(
                "/api/v1/users/" + expert + "/memberships",
                admin,
                java.util.Map.of("regionCode", regions.get(1), "role", "EXPERT"));

        JsonNode mine = api.get("/api/v1/portfolio?sort=region", api.token(expert, Api.PASSWORD))
                .json();

        assertThat(mine).hasSize(2);
        assertThat(mine.toString()).contains(regions.get(0), regions.get(1));
    }

    /** A plan in every regency and city, a stage I session with one attendee, one ticked output. */
    private void seedEveryRegion() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> regencies = jdbc.sql("select code from region where type in ('REGENCY', 'CITY') order by code")
                .query(String.class)
                .list();
        assertThat(regencies).hasSize(514);
        for (String code : regencies) {
            jdbc.sql(
                            "insert into masterplan (region_code, framework_code, start_year, horizon_years, title, stage, status,"
                                    + " created_at, updated_at, version) values (?, 'gmsc-2021', 2026, 10, ?, 1, 'DRAFT', ?, ?, 0)")
                    .params(code, "Masterplan " + code, now, now)
                    .update();
        }
        jdbc.sql(
                        "insert into bimtek_session (masterplan_id, stage, title, starts_at, ends_at, mode, created_at,"
                                + " updated_at, version) select id, 1, 'Bimtek Tahap I', ?, ?, 'OFFLINE', ?, ?, 0 from masterplan")
                .params(now, now.plusHours(8), now, now)
                .update();
        jdbc.sql(
                        "insert into bimtek_participant (masterplan_id, name, category, council_member, team_member, created_at,"
                                + " updated_at, version) select id, 'Kepala Bappeda', 'GOVERNMENT', true, true, ?, ?, 0 from masterplan")
                .params(now, now)
                .update();
        jdbc.sql("insert into bimtek_attendance (session_id, participant_id, presence, recorded_at)"
                        + " select s.id, p.id, 'IN_PERSON', ? from bimtek_session s join bimtek_participant p"
                        + " on p.masterplan_id = s.masterplan_id")
                .param(now)
                .update();
        jdbc.sql("insert into bimtek_output_tick (masterplan_id, code, done, ticked_by, ticked_at)"
                        + " select id, 'SWOT_GAP', true, 'admin', ? from masterplan")
                .param(now)
                .update();
    }
}
