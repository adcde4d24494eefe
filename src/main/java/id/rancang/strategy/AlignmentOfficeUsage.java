package id.rancang.strategy;

import id.rancang.region.OfficeUsage;
import id.rancang.shared.RegionCode;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Renstra items of the plan alignment name their office, so that office keeps its code while they do. */
@Component
@Order(3)
class AlignmentOfficeUsage implements OfficeUsage {

    private final JdbcClient jdbc;

    AlignmentOfficeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(RegionCode region, String officeCode) {
        return jdbc.sql(
                        "select count(*) from alignment_item a join masterplan m on m.id = a.masterplan_id where m.region_code = ? and upper(a.office_code) = ?")
                .params(region.value(), officeCode)
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "office.usage.alignment";
    }
}
