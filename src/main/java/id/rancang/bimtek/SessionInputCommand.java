package id.rancang.bimtek;

import id.rancang.analysis.InitiativeType;

/**
 * Records what was raised in a session. Problems and potentials need a dimension, a title and a
 * severity (1–5, default 3); initiatives a dimension, a name ({@code title}) and a type; comments
 * only their {@code text}. {@code author} names who raised
 * it, for every kind.
 */
public record SessionInputCommand(
        SessionInputKind kind,
        String title,
        String text,
        String dimension,
        String subDimension,
        Integer severity,
        InitiativeType type,
        String author) {}
