package id.rancang.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("indicator")
class IndicatorEntity {

    @Id
    Long id;

    long masterplanId;
    Long goalId;
    Long programmeId;
    String catalogueCode;
    String name;
    String unit;
    String direction;
    Integer baselineYear;
    BigDecimal baselineValue;
    String dataSource;
    Instant createdAt;
    Instant updatedAt;

    @Version
    Long version;

    @MappedCollection(idColumn = "indicator_id", keyColumn = "target_year")
    Map<Integer, TargetRow> targets = new HashMap<>();

    @Table("indicator_target")
    record TargetRow(BigDecimal targetValue) {}

    Indicator toIndicator(Map<Long, String> programmeCodes) {
        TreeMap<Integer, BigDecimal> sorted = new TreeMap<>();
        targets.forEach((year, row) -> sorted.put(year, row.targetValue().stripTrailingZeros()));
        return new Indicator(
                id,
                masterplanId,
                goalId,
                programmeId == null ? null : programmeCodes.get(programmeId),
                catalogueCode,
                name,
                unit,
                Direction.valueOf(direction),
                baselineYear,
                baselineValue == null ? null : baselineValue.stripTrailingZeros(),
                sorted,
                dataSource,
                version);
    }
}
