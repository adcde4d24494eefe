package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.audit.AuditAction;
import id.rancang.identity.Role;
import id.rancang.masterplan.MasterplanStatus;
import id.rancang.region.RegionType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every text a user reads comes from the message bundles, in Bahasa Indonesia and in English. */
class TranslationTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path BUNDLE_ID = Path.of("src/main/resources/messages.properties");
    private static final Path BUNDLE_EN = Path.of("src/main/resources/messages_en.properties");

    /** Attributes that a user reads or hears. */
    private static final Set<String> READABLE_ATTRIBUTES =
            Set.of("title", "placeholder", "alt", "aria-label", "aria-description", "value", "data-confirm");

    /** Names and words that Bahasa Indonesia and English share. */
    private static final Set<String> SAME_IN_BOTH =
            Set.of("Rancang", "Bahasa Indonesia", "English", "API", "Status", "Quick win");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])[(}]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"\\{?((?:error|login|account|user|users|membership|role|region|regions|office|offices|masterplan|audit|stage|common|layout|programme|programmes|goal|indicator|vision|ahp|strategy|prioritisation|checks|analysis|roadmap|document|publication|monitoring|realisation|progress|evaluation|contributor)\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\\}?\"");

    @Test
    void templatesHaveNoUntranslatedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                if (isTranslatedOrReplaced(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTERS.matcher(text.text()).find() && !insideTranslatedElement(element)) {
                        problems.add(template + ": <" + element.tagName() + "> \""
                                + text.text().strip() + "\"");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (READABLE_ATTRIBUTES.contains(attribute.getKey())
                            && LETTERS.matcher(attribute.getValue()).find()) {
                        problems.add(template + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("text outside the message bundles").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load(BUNDLE_EN).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(BUNDLE_ID).stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            collect(TEMPLATE_KEY, Files.readString(template), used);
        }
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(JAVA_KEY, Files.readString(source), used);
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role);
        }
        for (RegionType type : RegionType.values()) {
            used.add("region.type." + type);
        }
        for (MasterplanStatus status : MasterplanStatus.values()) {
            used.add("masterplan.status." + status);
        }
        for (AuditAction action : AuditAction.values()) {
            used.add("audit.action." + action);
        }
        for (id.rancang.publication.BookKind book : id.rancang.publication.BookKind.values()) {
            used.add(book.messageKey());
        }
        for (id.rancang.publication.NarrativeChapter chapter : id.rancang.publication.NarrativeChapter.values()) {
            used.add(chapter.messageKey());
        }
        for (id.rancang.publication.VersionStatus status : id.rancang.publication.VersionStatus.values()) {
            used.add("publication.version.status." + status);
        }
        for (int stage = 1; stage <= 4; stage++) {
            used.add("stage." + stage + ".name");
        }
        for (int status : new int[] {400, 401, 403, 404, 409, 422, 429, 500}) {
            used.add("error.status." + status);
        }
        assertThat(used).hasSizeGreaterThan(100);
        for (Path bundle : List.of(BUNDLE_ID, BUNDLE_EN)) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(bundle).stringPropertyNames());
            assertThat(missing).as("keys missing in " + bundle).isEmpty();
        }
    }

    @Test
    void translationsAreNotLeftInTheOtherLanguage() throws IOException {
        Properties indonesian = load(BUNDLE_ID);
        Properties english = load(BUNDLE_EN);
        List<String> same = indonesian.stringPropertyNames().stream()
                .filter(key -> LETTERS.matcher(indonesian.getProperty(key)).find())
                .filter(key -> indonesian.getProperty(key).equals(english.getProperty(key)))
                .filter(key -> !SAME_IN_BOTH.contains(indonesian.getProperty(key)))
                .sorted()
                .toList();
        assertThat(same).as("identical in both languages").isEmpty();
    }

    /**
     * A year given to a message as a number would be printed with a thousands separator ("2.026",
     * "2,026"); a placeholder that follows a word for year, ceiling or range takes the number
     * pattern {@code {n,number,#}} so that it reads 2026.
     */
    @Test
    void yearsInMessagesHaveNoThousandsSeparator() throws IOException {
        Pattern bareAfterYearWord = Pattern.compile(
                "(?i)\\b(tahun|year|pagu|ceiling|target for|antara|between)(\\s+\\{\\d+,number,#\\}\\s+(dan|and))?\\s+\\{\\d+\\}");
        List<String> bare = new ArrayList<>();
        for (Path bundle : List.of(BUNDLE_ID, BUNDLE_EN)) {
            Properties messages = load(bundle);
            messages.stringPropertyNames().stream()
                    .filter(key ->
                            bareAfterYearWord.matcher(messages.getProperty(key)).find())
                    .map(key -> bundle.getFileName() + ": " + key + "=" + messages.getProperty(key))
                    .forEach(bare::add);
        }
        assertThat(bare).as("years formatted with a thousands separator").isEmpty();
    }

    private static boolean isTranslatedOrReplaced(Element element) {
        return element.hasAttr("th:text")
                || element.hasAttr("th:utext")
                || element.hasAttr("th:replace")
                || element.hasAttr("th:insert")
                || element.tagName().equals("script")
                || element.tagName().equals("style");
    }

    private static boolean insideTranslatedElement(Element element) {
        for (Element parent : element.parents()) {
            if (isTranslatedOrReplaced(parent)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates =
                    files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).isNotEmpty();
            return templates;
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
