package id.rancang.strategy.web;

import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Numbers;
import id.rancang.strategy.Direction;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;

/** The indicator form: numbers as text, one target field per plan year. */
public class IndicatorForm {

    private String goalId = "";
    private String catalogueCode = "";
    private String name = "";
    private String unit = "";
    private Direction direction;
    private String baselineYear = "";
    private String baselineValue = "";
    private String dataSource = "";
    private List<String> targets = new ArrayList<>();
    private String programmeCode = "";
    private Long version;

    /** The form filled with an indicator, to change it. */
    static IndicatorForm of(Indicator indicator, List<Integer> years) {
        IndicatorForm form = new IndicatorForm();
        form.goalId = indicator.goalId() == null ? "" : String.valueOf(indicator.goalId());
        form.catalogueCode = indicator.catalogueCode() == null ? "" : indicator.catalogueCode();
        form.name = indicator.name();
        form.unit = indicator.unit();
        form.direction = indicator.direction();
        form.baselineYear = indicator.baselineYear() == null ? "" : String.valueOf(indicator.baselineYear());
        form.baselineValue = indicator.baselineValue() == null
                ? ""
                : Numbers.plain(indicator.baselineValue(), LocaleContextHolder.getLocale());
        form.dataSource = indicator.dataSource() == null ? "" : indicator.dataSource();
        form.programmeCode = indicator.programmeCode() == null ? "" : indicator.programmeCode();
        for (Integer year : years) {
            BigDecimal target = indicator.targets().get(year);
            form.targets.add(Numbers.plain(target, LocaleContextHolder.getLocale()));
        }
        form.version = indicator.version();
        return form;
    }

    static IndicatorForm empty(int years) {
        IndicatorForm form = new IndicatorForm();
        form.pad(years);
        return form;
    }

    void pad(int years) {
        while (targets.size() < years) {
            targets.add("");
        }
    }

    IndicatorCommand toCommand(List<Integer> years, List<FieldProblem> problems) {
        Map<String, BigDecimal> byYear = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(years.size(), targets.size()); i++) {
            BigDecimal value =
                    decimal("targets[" + i + "]", targets.get(i), "indicator.target.format", years.get(i), problems);
            if (value != null) {
                byYear.put(String.valueOf(years.get(i)), value);
            }
        }
        Long goal = null;
        if (goalId != null && !goalId.isBlank()) {
            try {
                goal = Long.valueOf(goalId.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("goalId", "typeMismatch", new Object[0]));
            }
        }
        Integer year = null;
        if (baselineYear != null && !baselineYear.isBlank()) {
            try {
                year = Integer.valueOf(baselineYear.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("baselineYear", "typeMismatch", new Object[0]));
            }
        }
        return new IndicatorCommand(
                name,
                unit,
                direction,
                year,
                decimal("baselineValue", baselineValue, "indicator.baselineValue.format", null, problems),
                byYear,
                goal,
                programmeCode,
                catalogueCode,
                dataSource,
                version);
    }

    /** A number in the interface's format (24,5 or 1.250 in Bahasa Indonesia); a malformed one is refused. */
    private static BigDecimal decimal(
            String field, String text, String key, Integer year, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> number = Numbers.decimal(text, LocaleContextHolder.getLocale());
        if (number.isEmpty()) {
            problems.add(new FieldProblem(field, key, new Object[] {year, text.strip()}));
        }
        return number.orElse(null);
    }

    public String getGoalId() {
        return goalId;
    }

    public void setGoalId(String goalId) {
        this.goalId = goalId;
    }

    public String getCatalogueCode() {
        return catalogueCode;
    }

    public void setCatalogueCode(String catalogueCode) {
        this.catalogueCode = catalogueCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(String baselineYear) {
        this.baselineYear = baselineYear;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> getTargets() {
        return targets;
    }

    public void setTargets(List<String> targets) {
        this.targets = targets == null ? new ArrayList<>() : targets;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
