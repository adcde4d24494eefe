package id.rancang.analysis.web;

import id.rancang.analysis.Evidence;
import id.rancang.analysis.Issue;
import id.rancang.analysis.IssueCommand;
import id.rancang.analysis.IssueOrigin;
import java.util.ArrayList;
import java.util.List;

/** The page form of a problem or potential: flat fields, districts from a multiple choice. */
public class IssueForm {

    private String dimension;
    private String subDimension;
    private String title;
    private String description;
    private Integer severity = 3;
    private List<String> districtCodes = new ArrayList<>();
    private String evidenceFigure;
    private Integer evidenceYear;
    private String evidenceSource;
    private IssueOrigin origin = IssueOrigin.TEAM;
    private Long version;

    static IssueForm of(Issue issue) {
        IssueForm form = new IssueForm();
        form.dimension = issue.dimension();
        form.subDimension = issue.subDimension();
        form.title = issue.title();
        form.description = issue.description();
        form.severity = issue.severity();
        form.districtCodes = new ArrayList<>(issue.districtCodes());
        if (issue.evidence() != null) {
            form.evidenceFigure = issue.evidence().figure();
            form.evidenceYear = issue.evidence().year();
            form.evidenceSource = issue.evidence().source();
        }
        form.origin = issue.origin();
        form.version = issue.version();
        return form;
    }

    IssueCommand command() {
        return new IssueCommand(
                dimension,
                subDimension,
                title,
                description,
                severity,
                districtCodes,
                new Evidence(evidenceFigure, evidenceYear, evidenceSource),
                origin,
                version);
    }

    /** The form field of a facade (API) field name. */
    static String field(String apiField) {
        return switch (apiField) {
            case "evidence.figure" -> "evidenceFigure";
            case "evidence.year" -> "evidenceYear";
            case "evidence.source" -> "evidenceSource";
            default -> apiField;
        };
    }

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public String getSubDimension() {
        return subDimension;
    }

    public void setSubDimension(String subDimension) {
        this.subDimension = subDimension;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSeverity() {
        return severity;
    }

    public void setSeverity(Integer severity) {
        this.severity = severity;
    }

    public List<String> getDistrictCodes() {
        return districtCodes;
    }

    public void setDistrictCodes(List<String> districtCodes) {
        this.districtCodes = districtCodes == null ? new ArrayList<>() : districtCodes;
    }

    public String getEvidenceFigure() {
        return evidenceFigure;
    }

    public void setEvidenceFigure(String evidenceFigure) {
        this.evidenceFigure = evidenceFigure;
    }

    public Integer getEvidenceYear() {
        return evidenceYear;
    }

    public void setEvidenceYear(Integer evidenceYear) {
        this.evidenceYear = evidenceYear;
    }

    public String getEvidenceSource() {
        return evidenceSource;
    }

    public void setEvidenceSource(String evidenceSource) {
        this.evidenceSource = evidenceSource;
    }

    public IssueOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(IssueOrigin origin) {
        this.origin = origin;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
