package id.rancang.monitoring;

import id.rancang.region.OfficeUsage;
import id.rancang.shared.RegionCode;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Monitoring reporters report for an office, so that office keeps its code while they do. */
@Component
@Order(6)
class ContributorOfficeUsage implements OfficeUsage {

    private final JdbcClient jdbc;

    ContributorOfficeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(RegionCode region, String officeCode) {
        return jdbc.sql("select count(*) from monitoring_contributor where region_code = ? and upper(office_code) = ?")
                .params(region.value(), officeCode)
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "office.usage.contributor";
    }
}
