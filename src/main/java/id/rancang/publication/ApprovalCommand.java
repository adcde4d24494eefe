package id.rancang.publication;

import jakarta.validation.constraints.Size;

/** The council's approval of a version, with an optional note (e.g. the decision's number). */
public record ApprovalCommand(@Size(max = 2000) String note) {}
