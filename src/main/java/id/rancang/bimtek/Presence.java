package id.rancang.bimtek;

/** How a registered participant attended a session. */
public enum Presence {
    IN_PERSON,
    ONLINE
}
