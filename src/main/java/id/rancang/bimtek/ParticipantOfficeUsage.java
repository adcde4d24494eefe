package id.rancang.bimtek;

import id.rancang.region.OfficeUsage;
import id.rancang.shared.RegionCode;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Bimtek participants name their office, so that office keeps its code while they do. */
@Component
@Order(4)
class ParticipantOfficeUsage implements OfficeUsage {

    private final JdbcClient jdbc;

    ParticipantOfficeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(RegionCode region, String officeCode) {
        return jdbc.sql(
                        "select count(*) from bimtek_participant p join masterplan m on m.id = p.masterplan_id where m.region_code = ? and upper(p.office_code) = ?")
                .params(region.value(), officeCode)
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "office.usage.participant";
    }
}
