package id.rancang.bimtek;

/** In what capacity someone speaks on a session's agenda. */
public enum SpeakerRole {
    EXPERT,
    OFFICIAL,
    MODERATOR,
    PARTICIPANT
}
