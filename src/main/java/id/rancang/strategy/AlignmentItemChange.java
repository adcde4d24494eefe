package id.rancang.strategy;

/**
 * Changes an alignment item's title, parent and office; {@code version} is the one the writer saw.
 * Its kind and code stay.
 */
public record AlignmentItemChange(String title, String parentCode, String officeCode, long version) {}
