package id.rancang.strategy;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.region.Offices;
import id.rancang.shared.ConflictException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.InvalidInputException.FieldProblem;
import id.rancang.shared.Permission;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alignment of the smart city programmes with the RPJMD (missions, goals, programmes), the
 * offices' Renstra, the RPJMN and SPBE: the items are entered per masterplan and programmes link to
 * them. A programme supports an RPJMD goal when it links to the goal itself or to an RPJMD or
 * Renstra programme beneath it.
 */
@Service
@Transactional
public class Alignments {

    private final JdbcClient jdbc;
    private final Masterplans masterplans;
    private final ObjectProvider<ProgrammeDirectory> programmes;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    Alignments(
            JdbcClient jdbc,
            Masterplans masterplans,
            ObjectProvider<ProgrammeDirectory> programmes,
            Offices offices,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.masterplans = masterplans;
        this.programmes = programmes;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AlignmentItem> items(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return itemsOf(masterplan.id());
    }

    public AlignmentItem create(long masterplanId, AlignmentItemCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        List<AlignmentItem> existing = itemsOf(masterplan.id());
        String code = command.code().strip();
        String parent = blankToNull(command.parentCode());
        if (existing.stream()
                .anyMatch(i -> i.kind() == command.kind() && i.code().equalsIgnoreCase(code))) {
            throw new ConflictException("alignment.code.taken", code);
        }
        parent = parentOf(existing, command.kind(), parent);
        String office = office(masterplan, command.officeCode());
        jdbc.sql("insert into alignment_item (masterplan_id, kind, code, title, parent_code, office_code,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        masterplan.id(),
                        command.kind().name(),
                        code,
                        command.title().strip(),
                        parent,
                        office,
                        Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant()))
                .update();
        AlignmentItem created = itemsOf(masterplan.id()).stream()
                .filter(i -> i.kind() == command.kind() && i.code().equals(code))
                .findFirst()
                .orElseThrow();
        audit.record(masterplan.regionCode(), "alignment-item", created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    /** Changes the title, parent and office of the item of the same kind and code. */
    public AlignmentItem update(long masterplanId, AlignmentItemCommand command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        String code = command.code().strip();
        AlignmentItem before = itemsOf(masterplan.id()).stream()
                .filter(i -> i.kind() == command.kind() && i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new id.rancang.shared.NotFoundException("alignment item " + code));
        return change(
                masterplan, before, command.title(), command.parentCode(), command.officeCode(), before.version());
    }

    /**
     * Changes the title, parent and office of one item, if it is still the version the writer saw;
     * its kind and code stay, as its children and the links of programmes name it by them.
     */
    public AlignmentItem update(long masterplanId, long itemId, AlignmentItemChange command) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        AlignmentItem before = item(masterplan, itemId);
        return change(
                masterplan, before, command.title(), command.parentCode(), command.officeCode(), command.version());
    }

    /**
     * Deletes an item no other item hangs below, with the programmes' links to it, if it is still
     * the version the writer saw.
     */
    public void delete(long masterplanId, long itemId, long version) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        AlignmentItem item = item(masterplan, itemId);
        List<String> children = itemsOf(masterplan.id()).stream()
                .filter(i -> i.kind().parentKind().equals(Optional.of(item.kind())))
                .filter(i -> item.code().equalsIgnoreCase(i.parentCode()))
                .map(AlignmentItem::code)
                .toList();
        if (!children.isEmpty()) {
            throw new ConflictException("alignment.delete.hasChildren", item.code(), String.join(", ", children));
        }
        if (item.version() != version) {
            throw new ConflictException("error.staleVersion");
        }
        int links = jdbc.sql("delete from alignment_link where item_id = ?")
                .param(item.id())
                .update();
        jdbc.sql("delete from alignment_item where id = ? and masterplan_id = ? and version = ?")
                .params(item.id(), masterplan.id(), version)
                .update();
        audit.record(
                masterplan.regionCode(),
                "alignment-item",
                item.id(),
                AuditAction.DELETED,
                Map.of("item", item, "programmeLinks", links),
                null);
    }

    private AlignmentItem change(
            Masterplan masterplan,
            AlignmentItem before,
            String title,
            String parentCode,
            String officeCode,
            long version) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "alignment.title.required", new Object[0]));
        } else if (title.strip().length() > 500) {
            problems.add(new FieldProblem("title", "alignment.title.size", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String parent = parentOf(itemsOf(masterplan.id()), before.kind(), blankToNull(parentCode));
        String office = office(masterplan, officeCode);
        int changed = jdbc.sql("update alignment_item set title = ?, parent_code = ?, office_code = ?, updated_at = ?,"
                        + " version = version + 1 where id = ? and masterplan_id = ? and version = ?")
                .params(
                        title.strip(),
                        parent,
                        office,
                        Timestamp.from(clock.instant()),
                        before.id(),
                        masterplan.id(),
                        version)
                .update();
        if (changed == 0) {
            throw new ConflictException("error.staleVersion");
        }
        AlignmentItem after = item(masterplan, before.id());
        audit.record(masterplan.regionCode(), "alignment-item", before.id(), AuditAction.UPDATED, before, after);
        return after;
    }

    private AlignmentItem item(Masterplan masterplan, long itemId) {
        return itemsOf(masterplan.id()).stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new id.rancang.shared.NotFoundException("alignment item " + itemId));
    }

    /** The parent's code as it is written, if an item of the parent kind has it (in any case). */
    private static String parentOf(List<AlignmentItem> existing, AlignmentKind kind, String parent) {
        if (parent == null) {
            return null;
        }
        Optional<AlignmentKind> parentKind = kind.parentKind();
        return existing.stream()
                .filter(i -> parentKind.isPresent() && i.kind() == parentKind.get())
                .map(AlignmentItem::code)
                .filter(parent::equalsIgnoreCase)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("parentCode", "alignment.parent.unknown", parent));
    }

    /** The codes of the offices of the masterplan's region, for checking a whole import first. */
    Set<String> officeCodes(Masterplan masterplan) {
        return offices.codes(masterplan.regionCode().value());
    }

    /** An office of the masterplan's region, by its code in any case; none when left empty. */
    private String office(Masterplan masterplan, String officeCode) {
        String wanted = blankToNull(officeCode);
        if (wanted == null) {
            return null;
        }
        String code = wanted.toUpperCase(Locale.ROOT);
        if (!officeCodes(masterplan).contains(code)) {
            throw InvalidInputException.of("officeCode", "alignment.office.unknown", code);
        }
        return code;
    }

    /** Replaces the items a programme is linked to. */
    public List<Long> link(long masterplanId, String programmeCode, List<Long> itemIds) {
        Masterplan masterplan = masterplans.require(masterplanId, Permission.EDIT);
        long programme = directory()
                .idOf(masterplan.id(), programmeCode.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new id.rancang.shared.NotFoundException("programme " + programmeCode));
        Set<Long> known = new TreeSet<>();
        itemsOf(masterplan.id()).forEach(i -> known.add(i.id()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> wanted = new TreeSet<>();
        for (Long id : itemIds == null ? List.<Long>of() : itemIds) {
            if (id == null || !known.contains(id)) {
                problems.add(new FieldProblem("itemIds", "alignment.item.unknown", new Object[] {String.valueOf(id)}));
            } else {
                wanted.add(id);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> before = linkedItems(masterplan.id(), programme);
        jdbc.sql("delete from alignment_link where programme_id = ? and item_id in"
                        + " (select id from alignment_item where masterplan_id = ?)")
                .params(programme, masterplan.id())
                .update();
        wanted.forEach(id -> jdbc.sql("insert into alignment_link (item_id, programme_id) values (?, ?)")
                .params(id, programme)
                .update());
        List<Long> after = List.copyOf(wanted);
        audit.record(
                masterplan.regionCode(),
                "alignment-link",
                masterplan.id() + "/" + programmeCode,
                AuditAction.UPDATED,
                before,
                after);
        return after;
    }

    /** For each programme code, the items it links to directly. */
    @Transactional(readOnly = true)
    public Map<String, List<Long>> links(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Map<Long, String> codes = directory().codes(masterplan.id());
        Map<String, List<Long>> links = new TreeMap<>();
        codes.values().forEach(code -> links.put(code, new ArrayList<>()));
        jdbc.sql("select l.item_id, l.programme_id from alignment_link l join alignment_item i on i.id = l.item_id"
                        + " where i.masterplan_id = ? order by l.item_id")
                .param(masterplan.id())
                .query(rs -> {
                    String code = codes.get(rs.getLong("programme_id"));
                    if (code != null) {
                        links.get(code).add(rs.getLong("item_id"));
                    }
                });
        return links;
    }

    /** For each programme code, the codes of the RPJMD goals it supports (directly or beneath). */
    @Transactional(readOnly = true)
    public Map<String, Set<String>> supportedRpjmdGoals(long masterplanId) {
        List<AlignmentItem> items = items(masterplanId);
        Map<Long, AlignmentItem> byId = new HashMap<>();
        Map<String, AlignmentItem> byKindAndCode = new HashMap<>();
        items.forEach(i -> {
            byId.put(i.id(), i);
            byKindAndCode.put(i.kind() + "/" + i.code(), i);
        });
        Map<String, Set<String>> supported = new TreeMap<>();
        links(masterplanId).forEach((programme, itemIds) -> {
            Set<String> goals = new TreeSet<>();
            for (Long id : itemIds) {
                AlignmentItem item = byId.get(id);
                while (item != null && item.kind() != AlignmentKind.RPJMD_GOAL) {
                    AlignmentItem current = item;
                    item = current.parentCode() == null
                            ? null
                            : current.kind()
                                    .parentKind()
                                    .map(k -> byKindAndCode.get(k + "/" + current.parentCode()))
                                    .orElse(null);
                }
                if (item != null) {
                    goals.add(item.code());
                }
            }
            supported.put(programme, goals);
        });
        return supported;
    }

    /** Programme names by code, for the alignment matrix. */
    @Transactional(readOnly = true)
    public Map<String, String> programmeNames(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return directory().names(masterplan.id());
    }

    private List<AlignmentItem> itemsOf(long masterplanId) {
        return jdbc.sql("select * from alignment_item where masterplan_id = ? order by kind, code")
                .param(masterplanId)
                .query((rs, n) -> new AlignmentItem(
                        rs.getLong("id"),
                        AlignmentKind.valueOf(rs.getString("kind")),
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("parent_code"),
                        rs.getString("office_code"),
                        rs.getLong("version")))
                .list();
    }

    private List<Long> linkedItems(long masterplanId, long programme) {
        return jdbc.sql("select l.item_id from alignment_link l join alignment_item i on i.id = l.item_id"
                        + " where i.masterplan_id = ? and l.programme_id = ? order by l.item_id")
                .params(masterplanId, programme)
                .query(Long.class)
                .list();
    }

    private ProgrammeDirectory directory() {
        ProgrammeDirectory directory = programmes.getIfAvailable();
        if (directory == null) {
            throw new IllegalStateException("No programme directory");
        }
        return directory;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
