package id.rancang.strategy;

import id.rancang.framework.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The shipped indicator catalogue ({@code classpath:indicators/catalogue.json}), read once. */
@Service
public class IndicatorCatalogue {

    private final Data data;

    IndicatorCatalogue(JsonMapper json) {
        try (InputStream in = new ClassPathResource("indicators/catalogue.json").getInputStream()) {
            this.data = json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the indicator catalogue", e);
        }
    }

    record Data(String version, LocalizedText edition, List<CatalogueIndicator> indicators) {}

    public String version() {
        return data.version();
    }

    public LocalizedText edition() {
        return data.edition();
    }

    public List<CatalogueIndicator> all() {
        return data.indicators();
    }

    public Optional<CatalogueIndicator> find(String code) {
        return data.indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
