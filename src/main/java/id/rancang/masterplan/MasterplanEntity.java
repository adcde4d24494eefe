package id.rancang.masterplan;

import id.rancang.shared.RegionCode;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("masterplan")
class MasterplanEntity {

    @Id
    Long id;

    String regionCode;
    String frameworkCode;
    int startYear;
    int horizonYears;
    String title;
    int stage;
    String status;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    Masterplan toMasterplan() {
        return new Masterplan(
                id,
                RegionCode.of(regionCode),
                frameworkCode,
                startYear,
                horizonYears,
                title,
                stage,
                MasterplanStatus.valueOf(status),
                createdAt,
                updatedAt,
                version);
    }
}
