package id.rancang.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The label of a new version, e.g. "Draf Tahap III" or "Final". */
public record VersionCommand(@NotBlank @Size(max = 120) String label) {}
