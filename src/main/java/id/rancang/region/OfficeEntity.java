package id.rancang.region;

import id.rancang.shared.RegionCode;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("office")
class OfficeEntity {

    @Id
    Long id;

    String regionCode;
    String code;
    String name;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    static OfficeEntity create(String regionCode, String code, String name, Instant now) {
        OfficeEntity entity = new OfficeEntity();
        entity.regionCode = regionCode;
        entity.code = code;
        entity.name = name;
        entity.createdAt = now;
        entity.updatedAt = now;
        return entity;
    }

    Office toOffice() {
        return new Office(id, RegionCode.of(regionCode), code, name, version);
    }
}
