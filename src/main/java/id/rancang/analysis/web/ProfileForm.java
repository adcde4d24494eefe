package id.rancang.analysis.web;

import id.rancang.analysis.ProfileCommand;
import id.rancang.analysis.ProfileFigure;
import id.rancang.analysis.RegionalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The page form of the regional profile: missions and leading sectors one per line, figures as
 * rows of which empty ones are ignored.
 */
public class ProfileForm {

    /** Empty figure rows offered for new figures. */
    static final int EMPTY_FIGURE_ROWS = 3;

    private Long population;
    private BigDecimal areaKm2;
    private Long apbd;
    private String fiscalCapacity;
    private Integer rpjmdStartYear;
    private Integer rpjmdEndYear;
    private String regentVision;
    private String regentMissions;
    private String leadingSectors;
    private List<FigureForm> figures = new ArrayList<>();
    private Long version;

    static ProfileForm of(RegionalProfile profile) {
        ProfileForm form = new ProfileForm();
        form.population = profile.population();
        form.areaKm2 = profile.areaKm2();
        form.apbd = profile.apbd();
        form.fiscalCapacity = profile.fiscalCapacity();
        form.rpjmdStartYear = profile.rpjmdStartYear();
        form.rpjmdEndYear = profile.rpjmdEndYear();
        form.regentVision = profile.regentVision();
        form.regentMissions = String.join("\n", profile.regentMissions());
        form.leadingSectors = String.join("\n", profile.leadingSectors());
        profile.figures().forEach(f -> form.figures.add(FigureForm.of(f)));
        form.version = profile.version();
        return form.withEmptyRows();
    }

    ProfileForm withEmptyRows() {
        long empty = figures.stream().filter(FigureForm::isEmpty).count();
        for (long i = empty; i < EMPTY_FIGURE_ROWS; i++) {
            figures.add(new FigureForm());
        }
        return this;
    }

    ProfileCommand command() {
        return new ProfileCommand(
                population,
                areaKm2,
                apbd,
                fiscalCapacity,
                rpjmdStartYear,
                rpjmdEndYear,
                regentVision,
                lines(regentMissions),
                lines(leadingSectors),
                figures.stream()
                        .filter(f -> !f.isEmpty())
                        .map(FigureForm::figure)
                        .toList(),
                version);
    }

    /**
     * The form field of a facade field; figure indexes count only the filled rows, so they are
     * mapped back to the row they came from.
     */
    String field(String apiField) {
        if (!apiField.startsWith("figures[")) {
            return apiField.replaceFirst("\\[\\d+]$", "");
        }
        int index = Integer.parseInt(apiField.substring(8, apiField.indexOf(']')));
        int seen = -1;
        for (int row = 0; row < figures.size(); row++) {
            if (!figures.get(row).isEmpty() && ++seen == index) {
                return "figures[" + row + "]" + apiField.substring(apiField.indexOf(']') + 1);
            }
        }
        return apiField;
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .filter(l -> !l.isBlank())
                        .map(String::strip)
                        .toList();
    }

    /** One figure row. */
    public static class FigureForm {

        private String name;
        private BigDecimal value;
        private String unit;
        private Integer year;
        private String source;

        static FigureForm of(ProfileFigure figure) {
            FigureForm form = new FigureForm();
            form.name = figure.name();
            form.value = figure.value();
            form.unit = figure.unit();
            form.year = figure.year();
            form.source = figure.source();
            return form;
        }

        boolean isEmpty() {
            return (name == null || name.isBlank())
                    && value == null
                    && (unit == null || unit.isBlank())
                    && year == null
                    && (source == null || source.isBlank());
        }

        ProfileFigure figure() {
            return new ProfileFigure(name, value, unit, year, source);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(BigDecimal areaKm2) {
        this.areaKm2 = areaKm2;
    }

    public Long getApbd() {
        return apbd;
    }

    public void setApbd(Long apbd) {
        this.apbd = apbd;
    }

    public String getFiscalCapacity() {
        return fiscalCapacity;
    }

    public void setFiscalCapacity(String fiscalCapacity) {
        this.fiscalCapacity = fiscalCapacity;
    }

    public Integer getRpjmdStartYear() {
        return rpjmdStartYear;
    }

    public void setRpjmdStartYear(Integer rpjmdStartYear) {
        this.rpjmdStartYear = rpjmdStartYear;
    }

    public Integer getRpjmdEndYear() {
        return rpjmdEndYear;
    }

    public void setRpjmdEndYear(Integer rpjmdEndYear) {
        this.rpjmdEndYear = rpjmdEndYear;
    }

    public String getRegentVision() {
        return regentVision;
    }

    public void setRegentVision(String regentVision) {
        this.regentVision = regentVision;
    }

    public String getRegentMissions() {
        return regentMissions;
    }

    public void setRegentMissions(String regentMissions) {
        this.regentMissions = regentMissions;
    }

    public String getLeadingSectors() {
        return leadingSectors;
    }

    public void setLeadingSectors(String leadingSectors) {
        this.leadingSectors = leadingSectors;
    }

    public List<FigureForm> getFigures() {
        return figures;
    }

    public void setFigures(List<FigureForm> figures) {
        this.figures = figures;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
