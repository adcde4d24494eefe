package id.rancang.analysis;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("readiness_swot")
class SwotEntity {

    @Id
    Long id;

    long masterplanId;
    String regionCode;
    String subElement;
    String kind;
    String text;
    String dimension;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    SwotItem toItem() {
        return new SwotItem(id, subElement, SwotKind.valueOf(kind), text, dimension, updatedAt, version);
    }
}
