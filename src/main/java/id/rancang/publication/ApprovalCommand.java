package id.rancang.publication;

import jakarta.validation.constraints.Size;

/** The council's approval of a version, with an optional note (e.g. the decision's number). */
public record ApprovalCommand(
        @Size(max = ApprovalCommand.MAX_NOTE) String note) {

    /** The longest note, in characters once stripped (as the database holds it). */
    public static final int MAX_NOTE = 2000;
}
