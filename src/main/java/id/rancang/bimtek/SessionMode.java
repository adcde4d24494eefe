package id.rancang.bimtek;

/** How people take part: in the room, online, or both (the usual case). */
public enum SessionMode {
    OFFLINE,
    ONLINE,
    HYBRID;

    public boolean needsOnlineUrl() {
        return this != OFFLINE;
    }
}
