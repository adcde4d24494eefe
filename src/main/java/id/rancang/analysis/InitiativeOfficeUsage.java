package id.rancang.analysis;

import id.rancang.region.OfficeUsage;
import id.rancang.shared.RegionCode;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Initiatives name the office that runs them, so that office keeps its code while they do. */
@Component
@Order(2)
class InitiativeOfficeUsage implements OfficeUsage {

    private final JdbcClient jdbc;

    InitiativeOfficeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(RegionCode region, String officeCode) {
        return jdbc.sql("select count(*) from analysis_initiative where region_code = ? and upper(owner_office) = ?")
                .params(region.value(), officeCode)
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "office.usage.initiative";
    }
}
