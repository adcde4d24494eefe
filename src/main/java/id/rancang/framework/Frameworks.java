package id.rancang.framework;

import id.rancang.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The shipped frameworks, read once at start-up; immutable afterwards. */
@Service
public class Frameworks {

    private final List<Framework> all;
    private final String defaultCode;

    /** Reads the frameworks from the classpath (also usable outside the application, e.g. in benchmarks). */
    public Frameworks(JsonMapper json) {
        Index index = read(json, "frameworks/index.json", Index.class);
        List<Framework> loaded = new ArrayList<>();
        for (String code : index.frameworks()) {
            loaded.add(read(json, "frameworks/" + code + ".json", Framework.class));
        }
        this.all = List.copyOf(loaded);
        this.defaultCode = index.defaultCode();
    }

    record Index(
            @com.fasterxml.jackson.annotation.JsonProperty("default")
            String defaultCode,

            List<String> frameworks) {}

    public List<Framework> all() {
        return all;
    }

    public Optional<Framework> find(String code) {
        return all.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Framework get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("framework " + code));
    }

    public Framework defaultFramework() {
        return get(defaultCode);
    }

    private static <T> T read(JsonMapper json, String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
