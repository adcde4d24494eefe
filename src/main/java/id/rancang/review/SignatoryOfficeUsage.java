package id.rancang.review;

import id.rancang.region.OfficeUsage;
import id.rancang.shared.RegionCode;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Commitment sheet signatories name their office, so that office keeps its code while they do. */
@Component
@Order(5)
class SignatoryOfficeUsage implements OfficeUsage {

    private final JdbcClient jdbc;

    SignatoryOfficeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(RegionCode region, String officeCode) {
        return jdbc.sql(
                        "select count(*) from commitment_signatory c join masterplan m on m.id = c.masterplan_id where m.region_code = ? and upper(c.office_code) = ?")
                .params(region.value(), officeCode)
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "office.usage.signatory";
    }
}
