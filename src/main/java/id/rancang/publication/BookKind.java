package id.rancang.publication;

import java.util.Arrays;
import java.util.Optional;

/** The five books of a masterplan, by the name their files and URLs carry. */
public enum BookKind {
    ANALISIS_STRATEGIS("analisis-strategis"),
    MASTERPLAN("masterplan"),
    QUICK_WIN("quick-win"),
    ROADMAP("roadmap"),
    RINGKASAN_EKSEKUTIF("ringkasan-eksekutif");

    private final String code;

    BookKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "publication.book." + code;
    }

    public static Optional<BookKind> find(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
