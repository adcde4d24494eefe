package id.rancang.programme;

/** A programme's innovation is information technology, or a policy or way of working. */
public enum InnovationType {
    ICT,
    POLICY
}
