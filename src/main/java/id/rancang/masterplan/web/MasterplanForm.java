package id.rancang.masterplan.web;

import id.rancang.masterplan.CreateMasterplanCommand;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.MasterplanStatus;
import id.rancang.masterplan.UpdateMasterplanCommand;
import id.rancang.shared.InvalidInputException.FieldProblem;
import java.util.List;

/**
 * The masterplan form as the browser sends it: years as text, so that a year that is not a whole
 * number ("abc", "20x6") is refused next to its field and stays there for the user to correct. The
 * stage is not part of it: it moves on only when a Bimtek stage is closed.
 */
public class MasterplanForm {

    private String regionCode = "";
    private String framework = "";
    private String startYear = "";
    private String horizonYears = "";
    private String title = "";
    private MasterplanStatus status;
    private Long version;

    static MasterplanForm newPlan(String regionCode, String framework, int startYear, int horizonYears) {
        MasterplanForm form = new MasterplanForm();
        form.regionCode = regionCode == null ? "" : regionCode;
        form.framework = framework;
        form.startYear = String.valueOf(startYear);
        form.horizonYears = String.valueOf(horizonYears);
        return form;
    }

    static MasterplanForm of(Masterplan masterplan) {
        MasterplanForm form = new MasterplanForm();
        form.regionCode = masterplan.regionCode().value();
        form.framework = masterplan.framework();
        form.startYear = String.valueOf(masterplan.startYear());
        form.horizonYears = String.valueOf(masterplan.horizonYears());
        form.title = masterplan.title();
        form.status = masterplan.status();
        form.version = masterplan.version();
        return form;
    }

    /** The command to start a plan; a year that is not a number is added to {@code problems}. */
    CreateMasterplanCommand toCreateCommand(List<FieldProblem> problems) {
        return new CreateMasterplanCommand(
                regionCode,
                framework,
                year("startYear", startYear, "masterplan.startYear.type", problems),
                year("horizonYears", horizonYears, "masterplan.horizon.type", problems),
                title);
    }

    /** The command to change a plan; a year that is not a number is added to {@code problems}. */
    UpdateMasterplanCommand toUpdateCommand(List<FieldProblem> problems) {
        Integer start = year("startYear", startYear, "masterplan.startYear.type", problems);
        Integer horizon = year("horizonYears", horizonYears, "masterplan.horizon.type", problems);
        // An empty year is "required", not "keep the saved one": the service keeps absent values.
        if (start == null && isBlank(startYear)) {
            problems.add(new FieldProblem("startYear", "masterplan.startYear.required", new Object[0]));
        }
        if (horizon == null && isBlank(horizonYears)) {
            problems.add(new FieldProblem("horizonYears", "masterplan.horizon.required", new Object[0]));
        }
        return new UpdateMasterplanCommand(title, start, horizon, null, status, version);
    }

    private static Integer year(String field, String text, String key, List<FieldProblem> problems) {
        if (isBlank(text)) {
            return null;
        }
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,9}")) {
            problems.add(new FieldProblem(field, key, new Object[] {digits}));
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getHorizonYears() {
        return horizonYears;
    }

    public void setHorizonYears(String horizonYears) {
        this.horizonYears = horizonYears;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public MasterplanStatus getStatus() {
        return status;
    }

    public void setStatus(MasterplanStatus status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
