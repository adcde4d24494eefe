package id.rancang.programme.web;

import id.rancang.programme.FundingSource;
import id.rancang.programme.Horizon;
import id.rancang.programme.InnovationType;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.QuickWin;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The programme form as the browser sends it: numbers as text, so that a typo is reported next to
 * its field instead of failing the whole binding, and one cost field per year of the plan.
 */
public class ProgrammeForm {

    /** Where the command's field names appear in this form. */
    static final Map<String, String> FIELDS = Map.of(
            "quickWinDetails.publicName", "qwPublicName",
            "quickWinDetails.beneficiaries", "qwBeneficiaries",
            "quickWinDetails.timeline", "qwTimeline",
            "quickWinDetails.completionPercent", "qwCompletion",
            "quickWinDetails.impactMeasures", "qwImpactMeasures");

    private String code = "";
    private String name = "";
    private String description = "";
    private String dimension = "";
    private String subDimension = "";
    private String ownerOffice = "";
    private List<String> supportingOffices = new ArrayList<>();
    private String innovation = "";
    private InnovationType innovationType;
    private Horizon horizon;
    private String startYear = "";
    private String durationYears = "1";
    private List<String> costs = new ArrayList<>();
    private FundingSource fundingSource = FundingSource.APBD;
    private String value = "";
    private boolean mandatory;
    private String earliestStartYear = "";
    private String latestEndYear = "";
    private List<String> dependsOn = new ArrayList<>();
    private List<String> goalIds = new ArrayList<>();
    private List<String> problemIds = new ArrayList<>();
    private ProgrammeStatus status = ProgrammeStatus.PROPOSED;
    private boolean quickWin;
    private String qwPublicName = "";
    private String qwBeneficiaries = "";
    private String qwTimeline = "";
    private String qwCompletion = "";
    private String qwImpactMeasures = "";
    private Long version;

    static ProgrammeForm empty(int years) {
        ProgrammeForm form = new ProgrammeForm();
        form.padCosts(years);
        return form;
    }

    static ProgrammeForm of(Programme p, int years) {
        ProgrammeForm form = new ProgrammeForm();
        form.code = p.code();
        form.name = p.name();
        form.description = text(p.description());
        form.dimension = p.dimension();
        form.subDimension = text(p.subDimension());
        form.ownerOffice = text(p.ownerOffice());
        form.supportingOffices = new ArrayList<>(p.supportingOffices());
        form.innovation = text(p.innovation());
        form.innovationType = p.innovationType();
        form.horizon = p.horizon();
        form.startYear = text(p.startYear());
        form.durationYears = String.valueOf(p.durationYears());
        form.costs = new ArrayList<>(p.costs().stream().map(String::valueOf).toList());
        form.fundingSource = p.fundingSource();
        form.value = Numbers.plain(p.value(), LocaleContextHolder.getLocale());
        form.mandatory = p.mandatory();
        form.earliestStartYear = text(p.earliestStartYear());
        form.latestEndYear = text(p.latestEndYear());
        form.dependsOn = new ArrayList<>(p.dependsOn());
        form.goalIds = new ArrayList<>(p.goalIds().stream().map(String::valueOf).toList());
        form.problemIds =
                new ArrayList<>(p.problemIds().stream().map(String::valueOf).toList());
        form.status = p.status();
        form.quickWin = p.quickWin();
        QuickWin qw = Objects.requireNonNullElse(p.quickWinDetails(), QuickWin.empty());
        form.qwPublicName = text(qw.publicName());
        form.qwBeneficiaries = text(qw.beneficiaries());
        form.qwTimeline = text(qw.timeline());
        form.qwCompletion = text(qw.completionPercent());
        form.qwImpactMeasures = text(qw.impactMeasures());
        form.version = p.version();
        form.padCosts(years);
        return form;
    }

    /** One cost field per plan year, so that a longer duration can be entered without a reload. */
    void padCosts(int years) {
        while (costs.size() < years) {
            costs.add("");
        }
    }

    /**
     * The command, or the fields that are not numbers. Costs after the duration are ignored: the
     * form offers a field for every plan year.
     */
    ProgrammeCommand toCommand(List<FieldProblem> problems) {
        Integer duration = parse("durationYears", durationYears, Integer::valueOf, problems);
        List<BigDecimal> amounts = new ArrayList<>();
        int used = duration == null ? costs.size() : Math.min(Math.max(duration, 0), costs.size());
        Locale locale = LocaleContextHolder.getLocale();
        for (int i = 0; i < used; i++) {
            amounts.add(number(
                    "costs[" + i + "]",
                    costs.get(i),
                    text -> text.strip().startsWith("-")
                            ? Numbers.wholeRupiah(text.strip().substring(1), locale)
                                    .map(amount -> BigDecimal.valueOf(amount).negate())
                            : Numbers.wholeRupiah(text, locale).map(BigDecimal::valueOf),
                    "programme.costs.format",
                    i + 1,
                    problems));
        }
        List<Long> goals = ids("goalIds", goalIds, problems);
        List<Long> linkedProblems = ids("problemIds", problemIds, problems);
        return new ProgrammeCommand(
                code,
                name,
                description,
                dimension,
                subDimension,
                ownerOffice,
                supportingOffices,
                innovation,
                innovationType,
                horizon,
                parse("startYear", startYear, Integer::valueOf, problems),
                duration,
                amounts,
                fundingSource,
                number("value", value, text -> Numbers.decimal(text, locale), "programme.value.format", null, problems),
                mandatory,
                parse("earliestStartYear", earliestStartYear, Integer::valueOf, problems),
                parse("latestEndYear", latestEndYear, Integer::valueOf, problems),
                dependsOn,
                goals,
                linkedProblems,
                status,
                quickWin,
                new QuickWin(
                        qwPublicName,
                        qwBeneficiaries,
                        qwTimeline,
                        parse("qwCompletion", qwCompletion, Integer::valueOf, problems),
                        qwImpactMeasures),
                version);
    }

    private static List<Long> ids(String field, List<String> texts, List<FieldProblem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String text : texts) {
            Long id = parse(field, text, Long::valueOf, problems);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static <T> T parse(String field, String text, Function<String, T> parser, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "typeMismatch", new Object[0]));
            return null;
        }
    }

    /** A number read in the way of the interface's language; a malformed one is refused with {@code key}. */
    private static BigDecimal number(
            String field,
            String text,
            Function<String, Optional<BigDecimal>> reader,
            String key,
            Object argument,
            List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> number = reader.apply(text);
        if (number.isEmpty()) {
            problems.add(new FieldProblem(field, key, argument == null ? new Object[0] : new Object[] {argument}));
        }
        return number.orElse(null);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    // Bean accessors for binding and templates.

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getOwnerOffice() {
        return ownerOffice;
    }

    public void setOwnerOffice(String ownerOffice) {
        this.ownerOffice = ownerOffice;
    }

    public List<String> getSupportingOffices() {
        return supportingOffices;
    }

    public void setSupportingOffices(List<String> supportingOffices) {
        this.supportingOffices = supportingOffices == null ? new ArrayList<>() : supportingOffices;
    }

    public String getInnovation() {
        return innovation;
    }

    public void setInnovation(String innovation) {
        this.innovation = innovation;
    }

    public InnovationType getInnovationType() {
        return innovationType;
    }

    public void setInnovationType(InnovationType innovationType) {
        this.innovationType = innovationType;
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public void setHorizon(Horizon horizon) {
        this.horizon = horizon;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getDurationYears() {
        return durationYears;
    }

    public void setDurationYears(String durationYears) {
        this.durationYears = durationYears;
    }

    public List<String> getCosts() {
        return costs;
    }

    public void setCosts(List<String> costs) {
        this.costs = costs == null ? new ArrayList<>() : costs;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(FundingSource fundingSource) {
        this.fundingSource = fundingSource;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getEarliestStartYear() {
        return earliestStartYear;
    }

    public void setEarliestStartYear(String earliestStartYear) {
        this.earliestStartYear = earliestStartYear;
    }

    public String getLatestEndYear() {
        return latestEndYear;
    }

    public void setLatestEndYear(String latestEndYear) {
        this.latestEndYear = latestEndYear;
    }

    public List<String> getDependsOn() {
        return dependsOn;
    }

    public void setDependsOn(List<String> dependsOn) {
        this.dependsOn = dependsOn == null ? new ArrayList<>() : dependsOn;
    }

    public List<String> getGoalIds() {
        return goalIds;
    }

    public void setGoalIds(List<String> goalIds) {
        this.goalIds = goalIds == null ? new ArrayList<>() : goalIds;
    }

    public List<String> getProblemIds() {
        return problemIds;
    }

    public void setProblemIds(List<String> problemIds) {
        this.problemIds = problemIds == null ? new ArrayList<>() : problemIds;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public boolean isQuickWin() {
        return quickWin;
    }

    public void setQuickWin(boolean quickWin) {
        this.quickWin = quickWin;
    }

    public String getQwPublicName() {
        return qwPublicName;
    }

    public void setQwPublicName(String qwPublicName) {
        this.qwPublicName = qwPublicName;
    }

    public String getQwBeneficiaries() {
        return qwBeneficiaries;
    }

    public void setQwBeneficiaries(String qwBeneficiaries) {
        this.qwBeneficiaries = qwBeneficiaries;
    }

    public String getQwTimeline() {
        return qwTimeline;
    }

    public void setQwTimeline(String qwTimeline) {
        this.qwTimeline = qwTimeline;
    }

    public String getQwCompletion() {
        return qwCompletion;
    }

    public void setQwCompletion(String qwCompletion) {
        this.qwCompletion = qwCompletion;
    }

    public String getQwImpactMeasures() {
        return qwImpactMeasures;
    }

    public void setQwImpactMeasures(String qwImpactMeasures) {
        this.qwImpactMeasures = qwImpactMeasures;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
