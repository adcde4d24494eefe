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
    String sourceKind;
    Long sourceId;
    String sourceLabel;
    java.time.LocalDate sourceDate;
    String sourceLink;
    Instant createdAt;
    Instant updatedAt;

    SourceReference source() {
        return sourceKind == null
                ? null
                : new SourceReference(sourceKind, sourceId == null ? 0 : sourceId, sourceLabel, sourceDate, sourceLink);
    }

    void source(SourceReference source) {
        sourceKind = source == null ? null : source.kind();
        sourceId = source == null ? null : source.id();
        sourceLabel = source == null ? null : source.label();
        sourceDate = source == null ? null : source.date();
        sourceLink = source == null ? null : source.link();
    }

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
                source(),
                updatedAt,
                version);
    }
}
