package id.rancang.strategy;

/**
 * Published, within the deleting transaction, when a goal of a masterplan is removed, so that what
 * refers to it goes too: its indicators (see {@link Indicators}) and the links of programmes to it.
 */
public record GoalDeleted(long masterplanId, long goalId) {}
