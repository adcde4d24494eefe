package id.rancang.bimtek;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The expected outputs of each Bimtek stage (domain guide, section 3). Some are ticked
 * automatically when the data behind them exists ({@link #automatic}): sessions held and the plan
 * adopted here, the others through {@link StageOutputEvidence} of the module that owns the data.
 * Every one can be ticked by hand with a note, which overrides what the data shows. Names are message keys {@code bimtek.output.<CODE>}.
 */
public enum StageOutput {
    STAGE1_HELD(1, true),
    READINESS_ANALYSIS(1, true),
    SWOT_GAP(1, true),
    PROBLEMS_POTENTIALS(1, true),
    BOOK1_DRAFT(1, false),
    STAGE2_HELD(2, true),
    VISION_MISSION(2, true),
    GOALS_INDICATORS(2, true),
    PROGRAMME_MAP(2, true),
    QUICK_WIN_CANDIDATES(2, true),
    STAGE3_HELD(3, true),
    BOOK2_DRAFT(3, false),
    STRATEGY_PER_DIMENSION(3, true),
    ROADMAP_DRAFT(3, true),
    QUICK_WINS_CHOSEN(3, true),
    STAGE4_HELD(4, true),
    BOOKS_REVIEWED(4, false),
    COMMITMENT_SIGNED(4, false),
    QUICK_WINS_PRESENTED(4, false),
    MASTERPLAN_ADOPTED(4, true);

    private final int stage;
    private final boolean automatic;

    StageOutput(int stage, boolean automatic) {
        this.stage = stage;
        this.automatic = automatic;
    }

    public int stage() {
        return stage;
    }

    /** Whether the product can see for itself that this output exists. */
    public boolean automatic() {
        return automatic;
    }

    public String messageKey() {
        return "bimtek.output." + name();
    }

    public static List<StageOutput> ofStage(int stage) {
        return Arrays.stream(values()).filter(o -> o.stage == stage).toList();
    }

    public static Optional<StageOutput> find(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }

    /** The output "the stage's sessions were held", ticked once attendance is recorded. */
    static StageOutput held(int stage) {
        return valueOf("STAGE" + stage + "_HELD");
    }
}
