package id.rancang.audit.web;

import id.rancang.audit.AuditEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The before and after snapshots of an audit entry as a list a person reads: for each field that
 * differs, its old and its new value ("title: Rencana → Rencana 2026"). Nested values are named by
 * their path ("quickWinDetails.publicName"); a list of plain values is shown comma-separated.
 */
final class AuditChanges {

    /** A long value is cut here, so that one text field does not fill the page. */
    static final int MAX_VALUE_LENGTH = 300;

    /** One field that changed; {@code before} or {@code after} is null where it had no value. */
    record Change(String field, String before, String after) {}

    private AuditChanges() {}

    static List<Change> of(AuditEntry entry, JsonMapper json) {
        Map<String, String> before = flatten(entry.before(), json);
        Map<String, String> after = flatten(entry.after(), json);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(String snapshot, JsonMapper json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (snapshot == null || snapshot.isBlank()) {
            return fields;
        }
        JsonNode root;
        try {
            root = json.readTree(snapshot);
        } catch (JacksonException e) {
            fields.put("", shorten(snapshot));
            return fields;
        }
        flatten("", root, fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(
                        path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                        property.getValue(),
                        fields);
            }
        } else if (node.isArray()
                && StreamSupport.stream(node.spliterator(), false).allMatch(JsonNode::isValueNode)) {
            String values = StreamSupport.stream(node.spliterator(), false)
                    .map(JsonNode::asString)
                    .collect(Collectors.joining(", "));
            fields.put(path, shorten(values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + (i + 1) + "]", node.get(i), fields);
            }
        } else {
            fields.put(path, shorten(node.asString()));
        }
    }

    private static String shorten(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
