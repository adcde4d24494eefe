package id.rancang.strategy;

/** Whether an indicator improves when it rises or when it falls. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
