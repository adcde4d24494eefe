package id.rancang.monitoring;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders sent, one per masterplan, office and reporting year at most. */
@Repository
class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean sentInMasterplan(long masterplanId, String officeCode, int year) {
        return jdbc.sql("select count(*) from monitoring_reminder where masterplan_id = ? and office_code = ?"
                                + " and period_year = ?")
                        .params(masterplanId, officeCode, year)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Records the reminder; a second one for the same office and year fails on the unique key. */
    void insert(Reminder r) {
        jdbc.sql("insert into monitoring_reminder (masterplan_id, office_code, period_year, channel, recipients,"
                        + " missing_count, sent_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.masterplanId(),
                        r.officeCode(),
                        r.year(),
                        r.channel().name(),
                        r.recipients(),
                        r.missing(),
                        MonitoringStore.utc(r.sentAt()))
                .update();
    }

    List<Reminder> inMasterplan(long masterplanId) {
        return jdbc.sql("select * from monitoring_reminder where masterplan_id = ? order by sent_at desc, office_code")
                .param(masterplanId)
                .query((rs, n) -> new Reminder(
                        rs.getLong("masterplan_id"),
                        rs.getString("office_code"),
                        rs.getInt("period_year"),
                        Reminder.Channel.valueOf(rs.getString("channel")),
                        rs.getString("recipients"),
                        rs.getInt("missing_count"),
                        MonitoringStore.instant(rs, "sent_at")))
                .list();
    }
}
