package id.rancang.bimtek;

import java.util.List;

/**
 * Who attended a session: everyone listed in {@code participantIds} was there; those also in
 * {@code onlineIds} joined online, the others in person. Participants left out are recorded absent.
 */
public record AttendanceCommand(List<Long> participantIds, List<Long> onlineIds) {}
