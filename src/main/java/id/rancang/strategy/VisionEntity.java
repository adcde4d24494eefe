package id.rancang.strategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Keyed by its masterplan, so a new one must say so explicitly ({@link Persistable}). */
@Table("strategy_vision")
class VisionEntity implements Persistable<Long> {

    @Id
    Long masterplanId;

    String vision;
    Instant updatedAt;

    @Version
    Long version;

    @Transient
    boolean fresh;

    @MappedCollection(idColumn = "masterplan_id", keyColumn = "position")
    List<MissionRow> missions = new ArrayList<>();

    @Table("strategy_mission")
    record MissionRow(String statement) {}

    @Override
    public Long getId() {
        return masterplanId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    Vision toVision() {
        return new Vision(
                masterplanId,
                vision,
                missions.stream().map(MissionRow::statement).toList(),
                version);
    }
}
