package id.rancang.strategy;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Creates an indicator, written freely or picked from the catalogue ({@code catalogueCode}, whose
 * name, unit and direction fill what is left out). {@code targets} maps plan years to values.
 * To change an indicator, send the document a read returned, with its {@code version}.
 */
public record IndicatorCommand(
        @Size(max = 300, message = "{indicator.name.size}") String name,
        @Size(max = 60, message = "{indicator.unit.size}") String unit,
        Direction direction,
        Integer baselineYear,
        BigDecimal baselineValue,
        Map<String, BigDecimal> targets,
        Long goalId,
        String programmeCode,
        String catalogueCode,

        @Size(max = 300, message = "{indicator.dataSource.size}")
        String dataSource,

        Long version) {

    /** A command without a version, to create an indicator. */
    public IndicatorCommand(
            String name,
            String unit,
            Direction direction,
            Integer baselineYear,
            BigDecimal baselineValue,
            Map<String, BigDecimal> targets,
            Long goalId,
            String programmeCode,
            String catalogueCode,
            String dataSource) {
        this(
                name,
                unit,
                direction,
                baselineYear,
                baselineValue,
                targets,
                goalId,
                programmeCode,
                catalogueCode,
                dataSource,
                null);
    }
}
