package id.rancang.programme;

/**
 * What a quick win shows the public: a short, often catchy name, who benefits, when results come,
 * how far it is (0–100 %), and how its impact is measured.
 */
public record QuickWin(
        String publicName, String beneficiaries, String timeline, Integer completionPercent, String impactMeasures) {

    public static QuickWin empty() {
        return new QuickWin(null, null, null, null, null);
    }
}
