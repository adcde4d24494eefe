package id.rancang.bimtek;

/** The five sides of the pentahelix from which Bimtek participants come. */
public enum PentahelixCategory {
    GOVERNMENT,
    ACADEMIA,
    BUSINESS,
    COMMUNITY,
    MEDIA
}
