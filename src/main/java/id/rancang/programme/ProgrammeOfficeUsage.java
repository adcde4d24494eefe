package id.rancang.programme;

import id.rancang.region.OfficeUsage;
import id.rancang.shared.RegionCode;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Programmes own an office or are supported by it, so that office keeps its code while they do. */
@Component
@Order(1)
class ProgrammeOfficeUsage implements OfficeUsage {

    private final JdbcClient jdbc;

    ProgrammeOfficeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(RegionCode region, String officeCode) {
        return jdbc.sql("select count(*) from programme p join masterplan m on m.id = p.masterplan_id"
                        + " where m.region_code = :region and (upper(p.owner_office) = :code or exists"
                        + " (select 1 from programme_supporting_office s where s.programme_id = p.id"
                        + " and upper(s.office_code) = :code))")
                .param("region", region.value())
                .param("code", officeCode)
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "office.usage.programme";
    }
}
