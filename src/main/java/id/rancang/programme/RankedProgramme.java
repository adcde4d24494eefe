package id.rancang.programme;

import java.util.Map;

/** A programme's place in the ranking: Σ weight × score over the criteria it was scored on. */
public record RankedProgramme(String programmeCode, String name, double score, int rank, Map<String, Integer> scores) {}
