package id.rancang.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.Api;
import id.rancang.IntegrationTest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReminderIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Reminders reminders;

    @Autowired
    ReminderSchedule schedule;

    @Autowired
    JdbcClient jdbc;

    private record Plan(String region, long id) {}

    /** A plan of 2026–2030 whose programme of Dinas Lingkungan Hidup has not been reported. */
    private Plan planWithALateOffice(Api api) {
        Api.Plan plan = api.newMasterplan("EDITOR", 2026, 5);
        String region = plan.region();
        String editor = plan.token();
        long id = plan.id();
        Map<String, Object> programme = new HashMap<>();
        programme.put("code", "L1");
        programme.put("name", "Bank Sampah Digital");
        programme.put("dimension", "environment");
        programme.put("ownerOffice", "DLH");
        programme.put("startYear", 2026);
        programme.put("durationYears", 5);
        programme.put("costs", List.of(1, 1, 1, 1, 1));
        programme.put("fundingSource", "APBD");
        assertThat(api.post("/api/v1/masterplans/" + id + "/programmes", editor, programme)
                        .status())
                .isEqualTo(201);
        return new Plan(region, id);
    }

    private List<Reminder> sentFor(Plan plan) {
        return jdbc
                .sql("select office_code from monitoring_reminder where masterplan_id = ?")
                .param(plan.id())
                .query(String.class)
                .list()
                .stream()
                .map(office -> new Reminder(plan.id(), office, 0, Reminder.Channel.APP, null, 0, null))
                .toList();
    }

    @Test
    void aLateOfficeIsRemindedOnceAndTheReminderShowsInTheAppWithoutAMailServer() {
        Api api = new Api(port);
        Plan plan = planWithALateOffice(api);

        List<Reminder> first = reminders.sendDue();
        List<Reminder> second = reminders.sendDue();

        assertThat(first)
                .filteredOn(r -> r.masterplanId() == plan.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.officeCode()).isEqualTo("DLH");
                    assertThat(r.channel()).isEqualTo(Reminder.Channel.APP);
                    assertThat(r.missing()).isEqualTo(1);
                });
        assertThat(second).noneMatch(r -> r.masterplanId() == plan.id());
        assertThat(sentFor(plan)).hasSize(1);

        Api.PageSession admin = api.pages().login(api.createUser("admin", "REGION_ADMIN", plan.region()), Api.PASSWORD);
        assertThat(admin.get("/masterplans/" + plan.id() + "/monitoring?year=2026")
                        .html()
                        .select("#reminders")
                        .text())
                .contains("DLH")
                .contains("Di aplikasi");
    }

    @Test
    void theScheduledRunSkipsWhileAnotherInstanceHoldsTheLock() {
        Api api = new Api(port);
        Plan plan = planWithALateOffice(api);
        hold(LocalDateTime.of(2100, 1, 1, 0, 0));

        schedule.sendReminders();
        assertThat(sentFor(plan)).isEmpty();

        hold(LocalDateTime.of(2000, 1, 1, 0, 0));
        schedule.sendReminders();
        assertThat(sentFor(plan)).hasSize(1);
    }

    /** Writes the lock row as another instance would, held until {@code until}. */
    private void hold(LocalDateTime until) {
        int updated = jdbc.sql("update shedlock set lock_until = ?, locked_by = ? where name = ?")
                .params(until, "other-instance", ReminderSchedule.LOCK)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)")
                    .params(ReminderSchedule.LOCK, until, LocalDateTime.of(2000, 1, 1, 0, 0), "other-instance")
                    .update();
        }
    }
}
