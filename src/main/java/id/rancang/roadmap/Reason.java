package id.rancang.roadmap;

import java.util.List;

/**
 * Why a schedule breaks a rule or why no schedule exists, in planning terms: a stable code (the
 * message key is {@code roadmap.reason.<CODE>}) and the figures the message needs, in order.
 */
public record Reason(Code code, List<Object> arguments) {

    public enum Code {
        /** Programmes that depend on each other in a circle; none of them can run. */
        PREREQUISITE_CYCLE,
        PIN_OUTSIDE_HORIZON,
        PIN_OUTSIDE_BOUNDS,
        /** Its duration does not fit between its earliest start (or its prerequisites) and its latest end. */
        DOES_NOT_FIT,
        /** A mandatory programme costs more in one year than any ceiling it could run under. */
        MANDATORY_EXCEEDS_CEILING,
        /** Mandatory programmes need more than the ceiling of a year, wherever they are placed. */
        MANDATORY_OVER_BUDGET,
        MANDATORY_OVER_OFFICE_CAPACITY,
        /** The mandatory and pinned programmes cannot be placed together; no single cause. */
        MANDATORY_COMBINATION,
        NO_SOLUTION_IN_TIME,
        OVER_BUDGET,
        OVER_OFFICE_CAPACITY,
        OUTSIDE_HORIZON,
        OUTSIDE_BOUNDS,
        PIN_NOT_HONOURED,
        MANDATORY_NOT_SCHEDULED,
        PREREQUISITE_NOT_SCHEDULED,
        PREREQUISITE_NOT_FINISHED,
        UNKNOWN_PROGRAMME
    }

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(Code code, Object... arguments) {
        return new Reason(code, List.of(arguments));
    }

    public String messageKey() {
        return "roadmap.reason." + code.name();
    }
}
