package id.rancang.bimtek;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of a session, kept in the database with their metadata (docs/adr/0011): checked for kind
 * (extension and first bytes) and size before anything is written.
 */
@Service
@Transactional
public class Materials {

    static final String ENTITY = "bimtek-material";

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final Masterplans masterplans;
    private final AuditTrail audit;
    private final Clock clock;

    Materials(JdbcClient jdbc, Sessions sessions, Masterplans masterplans, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.masterplans = masterplans;
        this.audit = audit;
        this.clock = clock;
    }

    /** A material with its bytes, for download. */
    public record Content(Material material, byte[] bytes) {}

    @Transactional(readOnly = true)
    public List<Material> list(long masterplanId, long sessionId) {
        sessions.row(masterplanId, sessionId);
        return jdbc.sql("select id, session_id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at"
                        + " from bimtek_material where masterplan_id = ? and session_id = ? order by uploaded_at, id")
                .params(masterplanId, sessionId)
                .query((rs, n) -> new Material(
                        rs.getLong("id"),
                        rs.getLong("session_id"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getString("uploaded_by"),
                        SessionStore.instant(rs, "uploaded_at")))
                .list();
    }

    @Transactional(readOnly = true)
    public Content content(long masterplanId, long sessionId, long materialId) {
        Material material = list(masterplanId, sessionId).stream()
                .filter(m -> m.id() == materialId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("material " + materialId));
        byte[] bytes = jdbc.sql("select content from bimtek_material where id = ? and masterplan_id = ?")
                .params(materialId, masterplanId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        return new Content(material, bytes);
    }

    public void delete(long masterplanId, long sessionId, long materialId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Material before = list(masterplanId, sessionId).stream()
                .filter(m -> m.id() == materialId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("material " + materialId));
        jdbc.sql("delete from bimtek_material where id = ? and session_id = ? and masterplan_id = ?")
                .params(materialId, sessionId, masterplanId)
                .update();
        audit.record(masterplan.regionCode(), ENTITY, materialId, AuditAction.DELETED, before, null);
    }

    public Material upload(long masterplanId, long sessionId, String filename, byte[] bytes) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        sessions.row(masterplanId, sessionId);
        String name =
                filename == null ? "" : filename.replaceAll("[\\\\/]", "_").strip();
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "bimtek.material.empty");
        }
        if (bytes.length > MaterialType.MAX_SIZE) {
            throw InvalidInputException.of("file", "bimtek.material.tooLarge", MaterialType.MAX_SIZE / (1024 * 1024));
        }
        if (name.isEmpty() || name.length() > 200) {
            throw InvalidInputException.of("file", "bimtek.material.name");
        }
        MaterialType type = MaterialType.ofFilename(name)
                .filter(t -> t.matches(bytes))
                .orElseThrow(() -> InvalidInputException.of("file", "bimtek.material.type", MaterialType.allowed()));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bimtek_material (session_id, masterplan_id, filename, content_type, size_bytes, sha256,"
                        + " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        sessionId,
                        masterplanId,
                        name,
                        type.contentType(),
                        bytes.length,
                        sha256(bytes),
                        bytes,
                        currentUser(),
                        SessionStore.utc(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        Material created = list(masterplanId, sessionId).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(masterplan.regionCode(), ENTITY, id, AuditAction.CREATED, null, created);
        return created;
    }

    private static String currentUser() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
