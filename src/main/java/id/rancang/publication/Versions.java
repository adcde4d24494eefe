package id.rancang.publication;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Versions of a masterplan: its data frozen under a label, the books generated from it (stored, so
 * every download of a version is the same file), the difference between two versions, and the
 * council's approval. An approved version is never changed or deleted; approving a later one
 * supersedes it.
 */
@Service
@Transactional
public class Versions {

    private static final String COLUMNS = "id, masterplan_id, label, created_at, created_by, status, approved_at,"
            + " approved_by, approval_note, superseded_by";

    private final JdbcClient jdbc;
    private final Masterplans masterplans;
    private final Publications publications;
    private final AuditTrail audit;
    private final AccessControl access;
    private final JsonMapper json;
    private final Clock clock;

    Versions(
            JdbcClient jdbc,
            Masterplans masterplans,
            Publications publications,
            AuditTrail audit,
            AccessControl access,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.masterplans = masterplans;
        this.publications = publications;
        this.audit = audit;
        this.access = access;
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Version> list(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return jdbc.sql("select " + COLUMNS + " from publication_version where masterplan_id = ? order by id desc")
                .param(masterplan.id())
                .query(Versions::version)
                .list();
    }

    @Transactional(readOnly = true)
    public Version get(long masterplanId, long versionId) {
        return find(masterplans.get(masterplanId).id(), versionId);
    }

    /** Freezes the masterplan's data as it stands now; its Indonesian books are generated afterwards. */
    public Version create(long masterplanId, VersionCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        String label = label(command);
        boolean taken = jdbc.sql("select count(*) from publication_version where masterplan_id = ? and label = ?")
                        .params(masterplan.id(), label)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw InvalidInputException.of("label", "publication.version.error.labelTaken", label);
        }
        PlanData data = publications.data(masterplan.id());
        String snapshot = json.writeValueAsString(data);
        String hash = Publications.sha256(snapshot);
        Instant now = clock.instant();
        String user = access.currentUsername().orElse("system");
        jdbc.sql("insert into publication_version (masterplan_id, label, snapshot_json, data_hash, created_at,"
                        + " created_by, status) values (?, ?, ?, ?, ?, ?, 'DRAFT')")
                .params(masterplan.id(), label, snapshot, hash, Timestamp.from(now), user)
                .update();
        Version version = jdbc.sql(
                        "select " + COLUMNS + " from publication_version where masterplan_id = ? and label = ?")
                .params(masterplan.id(), label)
                .query(Versions::version)
                .single();
        audit.record(masterplan.regionCode(), "version", version.id(), AuditAction.CREATED, null, version);
        afterCommit(() -> CompletableFuture.runAsync(() -> prepareBooks(masterplan.id(), data, hash, label)));
        return version;
    }

    /**
     * The council approves a draft, which supersedes the version approved before; a draft older
     * than the approved version is refused (409), so an approval only ever supersedes older ones.
     */
    public Version approve(long masterplanId, long versionId, ApprovalCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.APPROVE);
        Version before = find(masterplan.id(), versionId);
        String note = note(command);
        if (before.status() != VersionStatus.DRAFT) {
            throw new ConflictException("publication.version.error.notDraft", before.label());
        }
        Instant now = clock.instant();
        String user = access.currentUsername().orElse("system");
        List<Version> replaced = jdbc.sql("select " + COLUMNS
                        + " from publication_version where masterplan_id = ? and status = 'APPROVED'")
                .param(masterplan.id())
                .query(Versions::version)
                .list();
        for (Version approved : replaced) {
            if (approved.id() > versionId) {
                throw new ConflictException(
                        "publication.version.error.olderThanApproved", before.label(), approved.label());
            }
        }
        jdbc.sql("update publication_version set status = 'SUPERSEDED', superseded_by = ? where masterplan_id = ?"
                        + " and status = 'APPROVED'")
                .params(versionId, masterplan.id())
                .update();
        int updated = jdbc.sql("update publication_version set status = 'APPROVED', approved_at = ?, approved_by = ?,"
                        + " approval_note = ? where id = ? and status = 'DRAFT'")
                .params(Timestamp.from(now), user, note, versionId)
                .update();
        if (updated == 0) {
            throw new ConflictException("publication.version.error.notDraft", before.label());
        }
        Version after = find(masterplan.id(), versionId);
        audit.record(masterplan.regionCode(), "version", versionId, AuditAction.UPDATED, before, after);
        for (Version old : replaced) {
            audit.record(
                    masterplan.regionCode(),
                    "version",
                    old.id(),
                    AuditAction.UPDATED,
                    old,
                    find(masterplan.id(), old.id()));
        }
        return after;
    }

    /** Renames a draft; approved and superseded versions keep their label for good. */
    public Version rename(long masterplanId, long versionId, VersionCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Version before = find(masterplan.id(), versionId);
        if (before.status() != VersionStatus.DRAFT) {
            throw new ConflictException("publication.version.error.approvedImmutable", before.label());
        }
        String label = label(command);
        jdbc.sql("update publication_version set label = ? where id = ?")
                .params(label, versionId)
                .update();
        Version after = find(masterplan.id(), versionId);
        audit.record(masterplan.regionCode(), "version", versionId, AuditAction.UPDATED, before, after);
        return after;
    }

    /** Deletes a draft with its files; an approved or superseded version stays on record. */
    public void delete(long masterplanId, long versionId) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        Version before = find(masterplan.id(), versionId);
        if (before.status() != VersionStatus.DRAFT) {
            throw new ConflictException("publication.version.error.approvedImmutable", before.label());
        }
        String hash = hash(versionId);
        jdbc.sql("delete from publication_version where id = ?")
                .param(versionId)
                .update();
        jdbc.sql("delete from publication_file where masterplan_id = ? and data_hash = ? and data_hash not in"
                        + " (select data_hash from publication_version where masterplan_id = ?)")
                .params(masterplan.id(), hash, masterplan.id())
                .update();
        audit.record(masterplan.regionCode(), "version", versionId, AuditAction.DELETED, before, null);
    }

    /** A book of the version, from its stored file (generated once, from the frozen data). */
    @Transactional(readOnly = true)
    public CompletableFuture<GeneratedFile> book(
            long masterplanId, long versionId, BookKind kind, DocumentFormat format, Locale locale) {
        Version version = get(masterplanId, versionId);
        PlanData data = data(versionId);
        return publications.print(
                version.masterplanId(), data, hash(versionId), kind, format, locale, false, version.label());
    }

    @Transactional(readOnly = true)
    public VersionDiff diff(long masterplanId, long fromId, long toId) {
        Version from = get(masterplanId, fromId);
        Version to = get(masterplanId, toId);
        return VersionDiffer.diff(from, data(fromId), to, data(toId));
    }

    /** The version's frozen data. */
    PlanData data(long versionId) {
        String snapshot = jdbc.sql("select snapshot_json from publication_version where id = ?")
                .param(versionId)
                .query(String.class)
                .single();
        return json.readValue(snapshot, PlanData.class);
    }

    /** The stripped approval note or null, or a refusal naming {@code note}. */
    private static String note(ApprovalCommand command) {
        if (command == null || command.note() == null || command.note().isBlank()) {
            return null;
        }
        String note = command.note().strip();
        if (note.length() > ApprovalCommand.MAX_NOTE) {
            throw InvalidInputException.of("note", "publication.version.error.noteLength", ApprovalCommand.MAX_NOTE);
        }
        return note;
    }

    /** The stripped label, or a refusal naming {@code label}. */
    private static String label(VersionCommand command) {
        String label = command == null || command.label() == null
                ? ""
                : command.label().strip();
        if (label.isEmpty()) {
            throw InvalidInputException.of("label", "publication.version.error.label");
        }
        if (label.length() > 120) {
            throw InvalidInputException.of("label", "publication.version.error.labelLength", 120);
        }
        return label;
    }

    private String hash(long versionId) {
        return jdbc.sql("select data_hash from publication_version where id = ?")
                .param(versionId)
                .query(String.class)
                .single();
    }

    private Version find(long masterplanId, long versionId) {
        return jdbc.sql("select " + COLUMNS + " from publication_version where masterplan_id = ? and id = ?")
                .params(masterplanId, versionId)
                .query(Versions::version)
                .optional()
                .orElseThrow(() -> new NotFoundException("version"));
    }

    private void prepareBooks(long masterplanId, PlanData data, String hash, String label) {
        for (BookKind kind : BookKind.values()) {
            for (DocumentFormat format : DocumentFormat.values()) {
                publications.print(masterplanId, data, hash, kind, format, Locale.forLanguageTag("id"), false, label);
            }
        }
    }

    private static void afterCommit(Runnable task) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    task.run();
                }
            });
        } else {
            task.run();
        }
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        Long supersededBy = rs.getObject("superseded_by", Long.class);
        return new Version(
                rs.getLong("id"),
                rs.getLong("masterplan_id"),
                rs.getString("label"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                VersionStatus.valueOf(rs.getString("status")),
                approvedAt == null ? null : approvedAt.toInstant(),
                rs.getString("approved_by"),
                rs.getString("approval_note"),
                supersededBy);
    }
}
