package id.rancang.monitoring;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.monitoring.MonitoringReport.IndicatorResult;
import id.rancang.monitoring.MonitoringReport.ProgrammeResult;
import id.rancang.programme.Programme;
import id.rancang.programme.Programmes;
import id.rancang.region.Office;
import id.rancang.region.Offices;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import id.rancang.shared.RegionCode;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.Indicators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what was achieved after adoption and computes achievement. Editors of the region may
 * update every item; an office contributor only the items of the office they report for (the
 * programmes it owns and the indicators of those programmes).
 */
@Service
@Transactional
public class Monitoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The most a programme can have spent in a year, Rp 1.000.000.000.000.000: far above any
     * region's budget, and low enough that a year's totals still add up within a {@code long}.
     */
    public static final long MAX_BUDGET_REALISED = 1_000_000_000_000_000L;

    /** That limit as amounts are written in both languages: 1.000.000.000.000.000. */
    public static final String MAX_BUDGET_REALISED_TEXT =
            NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(MAX_BUDGET_REALISED);

    /** What an actual value column ({@code numeric(20, 4)}) holds: digits before and after the mark. */
    public static final int VALUE_INTEGER_DIGITS = 16;

    public static final int VALUE_DECIMALS = 4;

    private final MonitoringStore store;
    private final EvidenceStore evidence;
    private final Masterplans masterplans;
    private final Indicators indicators;
    private final Programmes programmes;
    private final Offices offices;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    Monitoring(
            MonitoringStore store,
            EvidenceStore evidence,
            Masterplans masterplans,
            Indicators indicators,
            Programmes programmes,
            Offices offices,
            AccessControl access,
            AuditTrail audit,
            Clock clock,
            ZoneId displayZone) {
        this.store = store;
        this.evidence = evidence;
        this.masterplans = masterplans;
        this.indicators = indicators;
        this.programmes = programmes;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.zone = displayZone;
    }

    public Realisation recordRealisation(long masterplanId, long indicatorId, int year, RealisationCommand command) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Indicator indicator = indicators.get(masterplanId, indicatorId);
        checkYear(masterplan, year);
        checkValue(command.value());
        String office = officeOf(masterplan, indicator);
        requireMayUpdate(masterplan, office);
        Optional<Realisation> before = store.realisation(masterplan.id(), indicatorId, year);
        long seen = before.map(Realisation::version).orElse(0L);
        requireSeen(command.version(), seen, "realisation.conflict");
        Realisation after = new Realisation(
                indicatorId,
                year,
                MonitoringStore.strip(command.value()),
                blankToNull(command.note()),
                blankToNull(command.evidenceUrl()),
                actor(),
                clock.instant(),
                seen + 1);
        store.saveRealisation(masterplan.id(), after, seen);
        audit.record(
                masterplan.regionCode(),
                "realisation",
                masterplan.id() + "/" + indicatorId + "/" + year,
                before.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                before.orElse(null),
                after);
        return after;
    }

    public Progress recordProgress(long masterplanId, String programmeCode, int year, ProgressCommand command) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Programme programme = programmes.get(masterplanId, programmeCode.strip().toUpperCase(Locale.ROOT));
        List<FieldProblem> problems = new ArrayList<>();
        if (year < masterplan.startYear() || year > masterplan.endYear()) {
            problems.add(yearProblem(masterplan));
        }
        BigDecimal percent = command.percentComplete();
        if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
            problems.add(new FieldProblem("percentComplete", "progress.percentComplete.range", new Object[0]));
        }
        if (command.budgetRealised() != null
                && (command.budgetRealised() < 0 || command.budgetRealised() > MAX_BUDGET_REALISED)) {
            problems.add(new FieldProblem(
                    "budgetRealised", "progress.budgetRealised.range", new Object[] {MAX_BUDGET_REALISED_TEXT}));
        }
        if (command.status() == null) {
            problems.add(new FieldProblem("status", "progress.status.required", new Object[0]));
        }
        if (percent == null) {
            problems.add(new FieldProblem("percentComplete", "progress.percentComplete.required", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireMayUpdate(masterplan, programme.ownerOffice());
        Optional<Progress> before = store.progress(masterplan.id(), programme.code(), year);
        long seen = before.map(Progress::version).orElse(0L);
        requireSeen(command.version(), seen, "progress.conflict");
        Progress after = new Progress(
                programme.code(),
                year,
                command.status(),
                MonitoringStore.strip(percent.setScale(2, RoundingMode.HALF_UP)),
                command.budgetRealised(),
                actor(),
                clock.instant(),
                seen + 1);
        store.saveProgress(masterplan.id(), after, seen);
        audit.record(
                masterplan.regionCode(),
                "progress",
                masterplan.id() + "/" + programme.code() + "/" + year,
                before.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                before.orElse(null),
                after);
        return after;
    }

    /**
     * Attaches {@code content} as the evidence of the indicator's actual value in {@code year}
     * (replacing an earlier file); PDF, DOCX, XLSX, PNG or JPEG of at most 10 MB, checked by
     * extension and first bytes. The actual value must have been recorded first.
     */
    public EvidenceFile attachEvidence(long masterplanId, long indicatorId, int year, String filename, byte[] content) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Indicator indicator = indicators.get(masterplanId, indicatorId);
        checkYear(masterplan, year);
        requireMayUpdate(masterplan, officeOf(masterplan, indicator));
        if (store.realisation(masterplan.id(), indicatorId, year).isEmpty()) {
            throw InvalidInputException.of("value", "realisation.evidence.noValue");
        }
        if (content == null || content.length == 0 || filename == null || filename.isBlank()) {
            throw InvalidInputException.of("file", "realisation.evidence.required");
        }
        if (content.length > EvidenceType.MAX_SIZE) {
            throw InvalidInputException.of("file", "realisation.evidence.size", EvidenceType.MAX_SIZE / (1024 * 1024));
        }
        EvidenceType type = EvidenceType.ofFilename(filename)
                .filter(t -> t.matches(content))
                .orElseThrow(
                        () -> InvalidInputException.of("file", "realisation.evidence.type", EvidenceType.allowed()));
        String name =
                java.nio.file.Path.of(filename.replace('\\', '/')).getFileName().toString();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        EvidenceFile file =
                new EvidenceFile(name, type.contentType(), content.length, sha256(content), actor(), clock.instant());
        Optional<EvidenceFile> before = evidence.fileInMasterplan(masterplan.id(), indicatorId, year);
        evidence.replace(masterplan.id(), indicatorId, year, file, content);
        audit.record(
                masterplan.regionCode(),
                "realisation-evidence",
                masterplan.id() + "/" + indicatorId + "/" + year,
                before.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                before.orElse(null),
                file);
        return file;
    }

    /** The evidence file of an indicator's actual value in a year, if one was attached. */
    @Transactional(readOnly = true)
    public Optional<EvidenceFile> evidence(long masterplanId, long indicatorId, int year) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return evidence.fileInMasterplan(masterplan.id(), indicatorId, year);
    }

    /** The bytes of that file; "not found" when none is attached. */
    @Transactional(readOnly = true)
    public byte[] evidenceContent(long masterplanId, long indicatorId, int year) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return evidence.contentInMasterplan(masterplan.id(), indicatorId, year)
                .orElseThrow(() -> new id.rancang.shared.NotFoundException("evidence " + indicatorId + "/" + year));
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The implementation of a masterplan in {@code year}, which must lie in its horizon. */
    @Transactional(readOnly = true)
    public MonitoringReport report(long masterplanId, int year) {
        Masterplan masterplan = masterplans.get(masterplanId);
        checkYear(masterplan, year);
        List<Programme> all = programmes.list(masterplanId);
        Map<String, Programme> byCode = all.stream().collect(Collectors.toMap(Programme::code, p -> p));
        Map<String, Progress> progress = store.progress(masterplan.id()).stream()
                .filter(p -> p.year() == year)
                .collect(Collectors.toMap(Progress::programmeCode, p -> p));
        Map<Long, Realisation> actuals = store.realisations(masterplan.id()).stream()
                .filter(r -> r.year() == year)
                .collect(Collectors.toMap(Realisation::indicatorId, r -> r));
        Optional<String> myOffice = contributorOffice(masterplan);
        boolean editor = access.can(masterplan.regionCode(), Permission.EDIT);

        List<ProgrammeResult> programmeResults = new ArrayList<>();
        Map<String, List<ProgressStatus>> statusesByDimension = new TreeMap<>();
        long planned = 0;
        long realised = 0;
        for (Programme p : all) {
            Progress reported = progress.get(p.code());
            ProgressStatus status = reported == null ? ProgressStatus.NOT_STARTED : reported.status();
            statusesByDimension
                    .computeIfAbsent(p.dimension(), d -> new ArrayList<>())
                    .add(status);
            planned += p.costIn(year);
            if (reported != null && reported.budgetRealised() != null) {
                realised += reported.budgetRealised();
            }
            programmeResults.add(new ProgrammeResult(
                    p.code(),
                    p.name(),
                    p.dimension(),
                    p.ownerOffice(),
                    p.quickWin(),
                    p.costIn(year),
                    status,
                    reported == null ? BigDecimal.ZERO : reported.percentComplete(),
                    reported == null ? null : reported.budgetRealised(),
                    reported != null,
                    editor || matches(myOffice, p.ownerOffice()),
                    reported == null ? 0 : reported.version()));
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        statusesByDimension.forEach((dimension, statuses) -> shares.put(dimension, Achievement.runningShare(statuses)));
        BigDecimal overall = Achievement.runningShare(
                programmeResults.stream().map(ProgrammeResult::status).toList());

        Map<Long, String> files = evidence.filenamesInMasterplan(masterplan.id(), year);
        List<IndicatorResult> indicatorResults = new ArrayList<>();
        for (Indicator indicator : indicators.list(masterplanId)) {
            BigDecimal target = indicator.targets().get(year);
            Realisation actual = actuals.get(indicator.id());
            String office = officeOf(byCode, indicator);
            indicatorResults.add(new IndicatorResult(
                    indicator.id(),
                    indicator.name(),
                    indicator.unit(),
                    indicator.direction(),
                    indicator.programmeCode(),
                    office,
                    target == null ? null : MonitoringStore.strip(target),
                    actual == null ? null : actual.value(),
                    Achievement.percent(indicator.direction(), target, actual == null ? null : actual.value()),
                    actual == null ? null : actual.note(),
                    actual == null ? null : actual.evidenceUrl(),
                    files.get(indicator.id()),
                    editor || matches(myOffice, office),
                    actual == null ? 0 : actual.version()));
        }
        return new MonitoringReport(
                year,
                shares,
                overall,
                planned,
                realised,
                Achievement.share(realised, planned),
                Achievement.average(indicatorResults.stream()
                        .map(IndicatorResult::achievementPercent)
                        .toList()),
                indicatorResults,
                programmeResults);
    }

    /** Every actual value recorded for the masterplan's indicators, per indicator and year. */
    @Transactional(readOnly = true)
    public Map<Long, SortedMap<Integer, BigDecimal>> actuals(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Map<Long, SortedMap<Integer, BigDecimal>> actuals = new HashMap<>();
        store.realisations(masterplan.id())
                .forEach(r -> actuals.computeIfAbsent(r.indicatorId(), k -> new TreeMap<>())
                        .put(r.year(), r.value()));
        return actuals;
    }

    /** Every progress report of the masterplan, all years. */
    @Transactional(readOnly = true)
    public List<Progress> progress(long masterplanId) {
        return store.progress(masterplans.get(masterplanId).id());
    }

    /**
     * What each office of the region still has to report for {@code year}: the indicators with a
     * target that year, and the programmes scheduled that year, without a report.
     */
    @Transactional(readOnly = true)
    public List<UpdatesDue> updatesDue(long masterplanId, int year) {
        Masterplan masterplan = masterplans.get(masterplanId);
        checkYear(masterplan, year);
        MonitoringReport report = report(masterplanId, year);
        Map<String, List<String>> missing = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Programme> byCode =
                programmes.list(masterplanId).stream().collect(Collectors.toMap(Programme::code, p -> p));
        for (ProgrammeResult p : report.programmes()) {
            Programme programme = byCode.get(p.code());
            if (programme == null || !runsIn(programme, year)) {
                continue;
            }
            totals.merge(p.ownerOffice(), 1, Integer::sum);
            if (!p.reported()) {
                missing.computeIfAbsent(p.ownerOffice(), o -> new ArrayList<>()).add(p.code() + " " + p.name());
            }
        }
        for (IndicatorResult i : report.indicators()) {
            if (i.office() == null || i.target() == null) {
                continue;
            }
            totals.merge(i.office(), 1, Integer::sum);
            if (i.actual() == null) {
                missing.computeIfAbsent(i.office(), o -> new ArrayList<>()).add(i.name());
            }
        }
        Map<String, String> names = offices.list(masterplan.regionCode().value()).stream()
                .collect(Collectors.toMap(Office::code, Office::name));
        List<UpdatesDue> due = new ArrayList<>();
        new TreeMap<>(totals)
                .forEach((office, total) -> due.add(new UpdatesDue(
                        office,
                        names.getOrDefault(office, office),
                        year,
                        total,
                        missing.getOrDefault(office, List.of()))));
        return due;
    }

    /** The office the current user reports for in the masterplan's region, if any. */
    @Transactional(readOnly = true)
    public Optional<String> myOffice(long masterplanId) {
        return contributorOffice(masterplans.get(masterplanId));
    }

    /** The year to report now: the year just ended, kept within the plan's horizon. */
    @Transactional(readOnly = true)
    public int reportingYear(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        int lastYear = Year.now(clock.withZone(zone)).getValue() - 1;
        return Math.max(masterplan.startYear(), Math.min(masterplan.endYear(), lastYear));
    }

    /** Lets {@code username} report for {@code officeCode} in the region; region administrators only. */
    public void assignContributor(String regionCode, String username, String officeCode) {
        assignContributor(regionCode, username, officeCode, null);
    }

    /**
     * Lets {@code username} report for {@code officeCode} in the region, reminded at {@code email}
     * (optional) when e-mail is configured; region administrators only.
     */
    public void assignContributor(String regionCode, String username, String officeCode, String email) {
        Office office = offices.get(regionCode, officeCode);
        access.require(office.regionCode(), Permission.ADMINISTER, "region " + regionCode);
        if (username == null || username.isBlank() || username.length() > 100) {
            throw InvalidInputException.of("username", "contributor.username.required");
        }
        String address = blankToNull(email);
        if (address != null && (address.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+"))) {
            throw InvalidInputException.of("email", "contributor.email.format");
        }
        store.saveContributor(office.regionCode().value(), username.strip(), office.code(), address, clock.instant());
        audit.record(
                office.regionCode(),
                "contributor",
                username.strip(),
                AuditAction.UPDATED,
                null,
                Map.of("username", username.strip(), "office", office.code(), "email", String.valueOf(address)));
    }

    /** Who reports for which office in the region (username → office code). */
    @Transactional(readOnly = true)
    public Map<String, String> contributors(String regionCode) {
        offices.list(regionCode);
        Map<String, String> contributors = new LinkedHashMap<>();
        store.contributorsInRegion(RegionCode.of(regionCode.strip()).value())
                .forEach(c -> contributors.put(c.username(), c.officeCode()));
        return contributors;
    }

    /** The e-mail addresses of those who report for {@code officeCode} in the masterplan's region. */
    List<String> emailsOf(Masterplan masterplan, String officeCode) {
        return store.contributorsInRegion(masterplan.regionCode().value()).stream()
                .filter(c -> c.officeCode().equalsIgnoreCase(officeCode) && c.email() != null)
                .map(MonitoringStore.Contributor::email)
                .toList();
    }

    private static boolean runsIn(Programme programme, int year) {
        return programme.startYear() != null && year >= programme.startYear() && year <= programme.endYear();
    }

    /** 409 when the writer saw another version than the current one ({@code null}: did not say). */
    private static void requireSeen(Long writerSaw, long current, String conflictKey) {
        if (writerSaw != null && writerSaw != current) {
            throw new ConflictException(conflictKey);
        }
    }

    private void requireMayUpdate(Masterplan masterplan, String office) {
        if (access.can(masterplan.regionCode(), Permission.EDIT)) {
            return;
        }
        if (!matches(contributorOffice(masterplan), office)) {
            throw new ForbiddenException();
        }
    }

    private Optional<String> contributorOffice(Masterplan masterplan) {
        return access.currentUsername()
                .flatMap(u -> store.officeOfContributorInRegion(
                        masterplan.regionCode().value(), u));
    }

    private static boolean matches(Optional<String> myOffice, String office) {
        return office != null && myOffice.map(office::equalsIgnoreCase).orElse(false);
    }

    private String officeOf(Masterplan masterplan, Indicator indicator) {
        if (indicator.programmeCode() == null) {
            return null;
        }
        return programmes.get(masterplan.id(), indicator.programmeCode()).ownerOffice();
    }

    private static String officeOf(Map<String, Programme> byCode, Indicator indicator) {
        Programme programme = indicator.programmeCode() == null ? null : byCode.get(indicator.programmeCode());
        return programme == null ? null : programme.ownerOffice();
    }

    /**
     * An actual value must fit what is stored: at most {@value #VALUE_INTEGER_DIGITS} digits before
     * the decimal mark and {@value #VALUE_DECIMALS} after it (more decimals are refused, not
     * rounded, so that what is saved is what was entered).
     */
    static void checkValue(BigDecimal value) {
        if (value == null) {
            throw InvalidInputException.of("value", "realisation.value.required");
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.precision() - plain.scale() > VALUE_INTEGER_DIGITS) {
            throw InvalidInputException.of("value", "realisation.value.range", VALUE_INTEGER_DIGITS);
        }
        if (plain.scale() > VALUE_DECIMALS) {
            throw InvalidInputException.of("value", "realisation.value.scale", VALUE_DECIMALS);
        }
    }

    static void checkYear(Masterplan masterplan, int year) {
        if (year < masterplan.startYear() || year > masterplan.endYear()) {
            throw new InvalidInputException(List.of(yearProblem(masterplan)));
        }
    }

    private static FieldProblem yearProblem(Masterplan masterplan) {
        return new FieldProblem(
                "year", "monitoring.year.range", new Object[] {masterplan.startYear(), masterplan.endYear()});
    }

    private String actor() {
        return access.currentUsername().orElse("system");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
