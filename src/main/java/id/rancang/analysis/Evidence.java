package id.rancang.analysis;

/** A figure backing a problem or potential, with its year and source; every part optional. */
public record Evidence(String figure, Integer year, String source) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return Text.isBlank(figure) && year == null && Text.isBlank(source);
    }
}
