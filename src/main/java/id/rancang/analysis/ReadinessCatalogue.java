package id.rancang.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The shipped readiness model, read once at start-up; immutable afterwards. */
@Service
public class ReadinessCatalogue {

    private final ReadinessModel current;

    /** Reads the readiness models from the classpath (also usable outside the application). */
    public ReadinessCatalogue(JsonMapper json) {
        Index index = read(json, "readiness/index.json", Index.class);
        this.current = read(json, "readiness/" + index.current() + ".json", ReadinessModel.class);
    }

    record Index(String current, java.util.List<String> editions) {}

    public ReadinessModel current() {
        return current;
    }

    private static <T> T read(JsonMapper json, String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
