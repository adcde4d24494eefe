package id.rancang.analysis;

import id.rancang.framework.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * The readiness elements (struktur, infrastruktur, suprastruktur) and their sub-elements, shipped
 * as versioned data under {@code classpath:readiness/} so that a new national guide is a data
 * change. Sub-element codes are prefixed by their element: {@code struktur.sdm}.
 */
public record ReadinessModel(String code, String edition, LocalizedText name, List<Element> elements) {

    public record Element(String code, LocalizedText name, List<SubElement> subElements) {}

    public record SubElement(String code, LocalizedText name, LocalizedText description) {

        public String elementCode() {
            return code.substring(0, code.indexOf('.'));
        }
    }

    public Optional<SubElement> subElement(String code) {
        return subElements().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<SubElement> subElements() {
        return elements.stream().flatMap(e -> e.subElements().stream()).toList();
    }
}
