package id.rancang.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates or changes a programme. {@code costs} holds one whole-rupiah amount for each execution
 * year; {@code version} must be the one that was read when updating. References (dimension,
 * offices, prerequisites, goals, problems) are checked against the masterplan by {@link Programmes}.
 */
public record ProgrammeCommand(
        @NotBlank(message = "{programme.code.required}")
        @Size(max = 20, message = "{programme.code.size}")
        @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9._-]*\\s*", message = "{programme.code.format}")
        String code,

        @NotBlank(message = "{programme.name.required}") @Size(max = 200, message = "{programme.name.size}")
        String name,

        @Size(max = 4000, message = "{programme.description.size}")
        String description,

        String dimension,
        String subDimension,
        String ownerOffice,
        List<String> supportingOffices,

        @Size(max = 2000, message = "{programme.innovation.size}")
        String innovation,

        InnovationType innovationType,
        Horizon horizon,
        Integer startYear,
        Integer durationYears,
        List<BigDecimal> costs,
        FundingSource fundingSource,
        BigDecimal value,
        Boolean mandatory,
        Integer earliestStartYear,
        Integer latestEndYear,
        List<String> dependsOn,
        List<Long> goalIds,
        List<Long> problemIds,
        ProgrammeStatus status,
        Boolean quickWin,
        @Valid QuickWin quickWinDetails,
        Long version) {

    String normalisedCode() {
        return upper(code);
    }

    String normalisedOwner() {
        return upper(ownerOffice);
    }

    List<String> normalisedSupportingOffices() {
        return upperDistinct(supportingOffices);
    }

    List<String> normalisedDependsOn() {
        return upperDistinct(dependsOn);
    }

    List<Long> distinctGoalIds() {
        return distinct(goalIds);
    }

    List<Long> distinctProblemIds() {
        return distinct(problemIds);
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    String trimmedSubDimension() {
        return blankToNull(subDimension);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static List<String> upperDistinct(List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream()
                        .map(ProgrammeCommand::upper)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
    }
}
