package id.rancang.programme;

/** A prioritisation criterion, e.g. {@code IMPACT}; its weight comes from the pairwise judgements. */
public record Criterion(String code, String name) {}
