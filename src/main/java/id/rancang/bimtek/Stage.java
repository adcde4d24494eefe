package id.rancang.bimtek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of the four Bimtek stages of a masterplan, with its dates and outputs checklist. */
public record Stage(
        int number,
        StageStatus status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        Instant closedAt,
        String closedBy,
        List<Output> outputs) {

    public long outputsDone() {
        return outputs.stream().filter(Output::done).count();
    }

    /**
     * An expected output and whether it is done: {@code automatic} when the data behind it shows it,
     * otherwise by a person's tick ({@code tickedBy}, {@code note}).
     */
    public record Output(
            StageOutput output,
            boolean done,
            boolean automatic,
            String note,
            String tickedBy,
            Instant tickedAt,
            Long count) {

        public String code() {
            return output.name();
        }
    }
}
