package id.rancang.bimtek;

import java.time.LocalDate;

/** Sets a stage's planned and actual dates; any may be left empty. */
public record StageDatesCommand(
        LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {}
