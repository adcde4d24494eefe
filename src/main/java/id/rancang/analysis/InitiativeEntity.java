package id.rancang.analysis;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("analysis_initiative")
class InitiativeEntity {

    @Id
    Long id;

    long masterplanId;
    String regionCode;
    String name;
    String description;
    String ownerOffice;
    String dimension;
    String subDimension;
    String type;
    String status;
    String spbeService;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    Initiative toInitiative() {
        return new Initiative(
                id,
                masterplanId,
                name,
                description,
                ownerOffice,
                dimension,
                subDimension,
                InitiativeType.valueOf(type),
                InitiativeStatus.valueOf(status),
                spbeService,
                updatedAt,
                version);
    }
}
