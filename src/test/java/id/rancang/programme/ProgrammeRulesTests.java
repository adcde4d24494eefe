package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.framework.Framework;
import id.rancang.framework.LocalizedText;
import id.rancang.shared.InvalidInputException.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTests {

    static final Framework FRAMEWORK = new Framework(
            "test",
            "1",
            new LocalizedText("Uji", "Test"),
            new LocalizedText("Uji", "Test"),
            List.of(new Framework.Dimension(
                    "governance",
                    new LocalizedText("Tata kelola", "Governance"),
                    List.of(new Framework.SubDimension("public-service", new LocalizedText("Layanan", "Service"))))));

    static final ProgrammeRules.Context CONTEXT = new ProgrammeRules.Context(
            2026, 5, FRAMEWORK, Set.of("DISKOMINFO", "BAPPEDA"), Set.of("OTHER"), Set.of(7L), Set.of(70L));

    static ProgrammeCommand command(String code, Integer start, Integer duration, List<BigDecimal> costs) {
        return new ProgrammeCommand(
                code,
                "Program",
                null,
                "governance",
                "public-service",
                "diskominfo",
                List.of("BAPPEDA"),
                null,
                null,
                null,
                start,
                duration,
                costs,
                FundingSource.APBD,
                null,
                null,
                null,
                null,
                List.of("OTHER"),
                List.of(7L),
                null,
                null,
                null,
                null,
                null);
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void acceptsAProgrammeThatFitsItsMasterplan() {
        assertThat(ProgrammeRules.check(command("A-1", 2029, 2, List.of(BigDecimal.ONE, BigDecimal.TEN)), CONTEXT))
                .isEmpty();
    }

    @Test
    void namesTheCodeNameAndCostsWhenTheyAreMissing() {
        ProgrammeCommand blank = new ProgrammeCommand(
                " ",
                "",
                null,
                "governance",
                null,
                "BAPPEDA",
                null,
                null,
                null,
                null,
                null,
                1,
                List.of(),
                FundingSource.APBD,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(fields(ProgrammeRules.check(blank, CONTEXT))).containsExactly("code", "name", "costs");
    }

    @Test
    void refusesAStartThatEndsAfterTheHorizonAndAnEmptyWindow() {
        ProgrammeCommand late = command("A", 2030, 2, List.of(BigDecimal.ONE, BigDecimal.ONE));
        ProgrammeCommand window = new ProgrammeCommand(
                "A",
                "P",
                null,
                "governance",
                null,
                "BAPPEDA",
                null,
                null,
                null,
                null,
                null,
                3,
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                FundingSource.APBD,
                null,
                null,
                2028,
                2029,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(fields(ProgrammeRules.check(late, CONTEXT))).containsExactly("startYear");
        assertThat(fields(ProgrammeRules.check(window, CONTEXT))).containsExactly("latestEndYear");
    }

    @Test
    void refusesUnknownReferences() {
        ProgrammeCommand command = new ProgrammeCommand(
                "A",
                "P",
                null,
                "governance",
                "waste",
                "DINAS",
                List.of("X"),
                null,
                null,
                null,
                null,
                1,
                List.of(BigDecimal.ONE),
                FundingSource.APBD,
                null,
                null,
                null,
                null,
                List.of("A", "NONE"),
                List.of(8L),
                List.of(70L, 71L),
                null,
                null,
                new QuickWin(null, null, null, 101, null),
                null);

        assertThat(fields(ProgrammeRules.check(command, CONTEXT)))
                .containsExactly(
                        "subDimension",
                        "ownerOffice",
                        "supportingOffices",
                        "dependsOn",
                        "dependsOn",
                        "goalIds",
                        "problemIds",
                        "quickWinDetails.completionPercent");
    }
}
