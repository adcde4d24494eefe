package id.rancang.bimtek;

import id.rancang.shared.SingleLine;
import jakarta.validation.constraints.Size;

/** Ticks (or unticks) an expected output by hand, with a note on where it stands. */
public record TickOutputCommand(
        boolean done,

        @Size(max = 500, message = "{bimtek.note.size}") @SingleLine
        String note) {}
