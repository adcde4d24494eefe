package id.rancang.analysis;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("readiness_rating")
class RatingEntity {

    @Id
    Long id;

    long masterplanId;
    String regionCode;
    String subElement;

    @Column("current_level")
    int current;

    @Column("required_level")
    int required;

    String note;
    Instant updatedAt;

    @Version
    Long version;

    ReadinessRating toRating() {
        return new ReadinessRating(subElement, current, required, note, version);
    }
}
