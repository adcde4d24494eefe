package id.rancang.analysis;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("analysis_profile")
class ProfileEntity {

    @Id
    Long id;

    long masterplanId;
    String regionCode;
    Long population;

    @Column("area_km2")
    BigDecimal areaKm2;

    Long apbd;
    String fiscalCapacity;
    Integer rpjmdStartYear;
    Integer rpjmdEndYear;
    String regentVision;
    /** JSON arrays. */
    String regentMissions;

    String leadingSectors;
    String figures;
    Instant updatedAt;

    @Version
    Long version;
}
