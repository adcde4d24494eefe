package id.rancang.review;

import id.rancang.audit.AuditAction;
import id.rancang.audit.AuditTrail;
import id.rancang.document.NarrativeHtml;
import id.rancang.identity.UserSummary;
import id.rancang.identity.Users;
import id.rancang.masterplan.Masterplan;
import id.rancang.masterplan.Masterplans;
import id.rancang.shared.AccessControl;
import id.rancang.shared.ConflictException;
import id.rancang.shared.ForbiddenException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review threads on the items of a masterplan. Reviewers (the council), experts on their assigned
 * regions and the region's authors start threads and answer in them; the authors (and whoever
 * started a thread) resolve and reopen it; everyone changes or deletes only what they wrote, and a
 * comment that has been answered stays.
 */
@Service
@Transactional
public class ReviewComments {

    private static final String ENTITY = "reviewComment";

    private final ReviewCommentRepository repository;
    private final Masterplans masterplans;
    private final ReviewTargets targets;
    private final AccessControl access;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewComments(
            ReviewCommentRepository repository,
            Masterplans masterplans,
            ReviewTargets targets,
            AccessControl access,
            Users users,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.masterplans = masterplans;
        this.targets = targets;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Threads of the masterplan, newest first; every filter is optional. */
    @Transactional(readOnly = true)
    public List<ReviewComment> list(long masterplanId, TargetKind kind, String key, CommentStatus status) {
        Masterplan masterplan = masterplans.get(masterplanId);
        List<ReviewCommentEntity> rows = kind != null && key != null && !key.isBlank()
                ? repository.findAllOnTargetInMasterplan(
                        masterplan.id(), kind.name(), ReviewTargets.normalise(kind, key))
                : repository.findAllInMasterplan(masterplan.id());
        return threads(rows).stream()
                .filter(c -> kind == null || c.targetKind() == kind)
                .filter(c -> status == null || c.status() == status)
                .sorted(Comparator.comparing(ReviewComment::createdAt)
                        .thenComparing(ReviewComment::id)
                        .reversed())
                .toList();
    }

    /** The threads on one item, oldest first (as a conversation reads). */
    @Transactional(readOnly = true)
    public List<ReviewComment> thread(long masterplanId, TargetKind kind, String key) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return threads(repository.findAllOnTargetInMasterplan(
                masterplan.id(), kind.name(), ReviewTargets.normalise(kind, key)));
    }

    /** The thread a comment or reply belongs to. */
    @Transactional(readOnly = true)
    public ReviewComment get(long masterplanId, long commentId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return threadOf(masterplan, entity(masterplan, commentId));
    }

    /** Names of the commented items ("KIND:key" → name) for display. */
    @Transactional(readOnly = true)
    public Map<String, String> targetNames(long masterplanId, List<ReviewComment> comments) {
        return targets.names(masterplanId, comments);
    }

    /**
     * The name of one commented item, or null (chapters, items deleted since or never there). Runs
     * outside a transaction: the owning module looks a missing item up in a transaction of its own
     * that ends with its "not found", rather than marking a shared one for rollback.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public String targetName(long masterplanId, TargetKind kind, String key) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return targets.name(masterplan.id(), kind, ReviewTargets.normalise(kind, key));
    }

    /** Whether the masterplan has the item (chapters always); outside a transaction as {@link #targetName}. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean hasTarget(long masterplanId, TargetKind kind, String key) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return targets.exists(masterplan.id(), kind, ReviewTargets.normalise(kind, key));
    }

    /** Open threads of the masterplan, e.g. for the stage IV checklist. */
    @Transactional(readOnly = true)
    public long openCount(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return repository.countOpenInMasterplan(masterplan.id());
    }

    /**
     * The number of threads on each item of the masterplan that has any, by {@code KIND:key}, from
     * one query: for the small comment links beside the items of a page.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> threadsByTarget(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        Map<String, Long> counts = new java.util.HashMap<>();
        repository
                .findThreadsInMasterplan(masterplan.id())
                .forEach(c -> counts.merge(ReviewTargets.key(c.targetKind, c.targetKey), 1L, Long::sum));
        return counts;
    }

    @Transactional(readOnly = true)
    public CommentCounts counts(long masterplanId) {
        List<ReviewComment> all = list(masterplanId, null, null, null);
        Map<TargetKind, Long> openByKind = new EnumMap<>(TargetKind.class);
        Map<TargetKind, Long> allByKind = new EnumMap<>(TargetKind.class);
        for (ReviewComment comment : all) {
            allByKind.merge(comment.targetKind(), 1L, Long::sum);
            if (comment.open()) {
                openByKind.merge(comment.targetKind(), 1L, Long::sum);
            }
        }
        long open = all.stream().filter(ReviewComment::open).count();
        return new CommentCounts(open, all.size() - open, openByKind, allByKind);
    }

    @Transactional(readOnly = true)
    public ReviewRights rights(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        return new ReviewRights(
                access.currentUsername().orElse(null),
                mayComment(masterplan),
                access.can(masterplan.regionCode(), Permission.EDIT));
    }

    public ReviewComment create(long masterplanId, CommentCommand command) {
        Masterplan masterplan = commenting(masterplanId);
        String key = targets.existing(masterplan.id(), command.targetKind(), command.targetKey());
        ReviewCommentEntity entity = written(masterplan, command.text(), command.format());
        entity.targetKind = command.targetKind();
        entity.targetKey = key;
        entity.status = CommentStatus.OPEN;
        ReviewComment created = repository.save(entity).toComment(List.of());
        audit.record(masterplan.regionCode(), ENTITY, created.id(), AuditAction.CREATED, null, created);
        return created;
    }

    /** Answers in the thread of {@code commentId} (a reply to a reply joins the same thread). */
    public ReviewComment reply(long masterplanId, long commentId, ReplyCommand command) {
        Masterplan masterplan = commenting(masterplanId);
        ReviewCommentEntity root = root(masterplan, entity(masterplan, commentId));
        ReviewCommentEntity entity = written(masterplan, command.text(), command.format());
        entity.targetKind = root.targetKind;
        entity.targetKey = root.targetKey;
        entity.parentId = root.id;
        ReviewComment.Reply reply = repository.save(entity).toReply();
        audit.record(masterplan.regionCode(), ENTITY, reply.id(), AuditAction.CREATED, null, reply);
        return threadOf(masterplan, root);
    }

    /** Changes one's own comment or reply; 409 if it changed meanwhile. */
    public ReviewComment edit(long masterplanId, long commentId, ReplyCommand command) {
        Masterplan masterplan = masterplans.get(masterplanId);
        ReviewCommentEntity entity = own(masterplan, commentId);
        checkVersion(entity, command.version());
        String before = entity.body;
        entity.format = format(command.format());
        entity.body = body(command.text(), entity.format);
        entity.updatedAt = clock.instant();
        repository.save(entity);
        audit.record(masterplan.regionCode(), ENTITY, commentId, AuditAction.UPDATED, before, entity.body);
        return threadOf(masterplan, root(masterplan, entity));
    }

    /** Resolves or reopens a thread: the region's authors, or whoever started it. */
    public ReviewComment resolve(long masterplanId, long commentId, ResolutionCommand command) {
        Masterplan masterplan = masterplans.get(masterplanId);
        ReviewCommentEntity entity = entity(masterplan, commentId);
        if (entity.isReply()) {
            throw new ConflictException("review.comment.replyNotResolvable");
        }
        boolean author = access.currentUsername().filter(entity.author::equals).isPresent();
        if (!author && !access.can(masterplan.regionCode(), Permission.EDIT)) {
            throw new ForbiddenException();
        }
        checkVersion(entity, command.version());
        CommentStatus before = entity.status;
        if (Boolean.TRUE.equals(command.resolved())) {
            entity.status = CommentStatus.RESOLVED;
            entity.resolvedBy = access.currentUsername().orElse(null);
            entity.resolvedAt = clock.instant();
        } else {
            entity.status = CommentStatus.OPEN;
            entity.resolvedBy = null;
            entity.resolvedAt = null;
        }
        if (before != entity.status) {
            entity.updatedAt = clock.instant();
            repository.save(entity);
            audit.record(masterplan.regionCode(), ENTITY, commentId, AuditAction.UPDATED, before, entity.status);
        }
        return threadOf(masterplan, entity);
    }

    /** Deletes one's own comment or reply, as long as nobody has answered it. */
    public void delete(long masterplanId, long commentId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        ReviewCommentEntity entity = own(masterplan, commentId);
        if (!entity.isReply() && repository.countRepliesInMasterplan(masterplan.id(), entity.id) > 0) {
            throw new ConflictException("review.comment.hasReplies");
        }
        ReviewComment.Reply before = entity.toReply();
        repository.delete(entity);
        audit.record(masterplan.regionCode(), ENTITY, commentId, AuditAction.DELETED, before, null);
    }

    private Masterplan commenting(long masterplanId) {
        Masterplan masterplan = masterplans.get(masterplanId);
        if (!mayComment(masterplan)) {
            throw new ForbiddenException();
        }
        return masterplan;
    }

    private boolean mayComment(Masterplan masterplan) {
        return access.can(masterplan.regionCode(), Permission.REVIEW)
                || access.can(masterplan.regionCode(), Permission.EDIT);
    }

    private ReviewCommentEntity written(Masterplan masterplan, String text, CommentFormat requested) {
        UserSummary user = users.current().orElseThrow(ForbiddenException::new);
        Instant now = clock.instant();
        ReviewCommentEntity entity = new ReviewCommentEntity();
        entity.masterplanId = masterplan.id();
        entity.author = user.username();
        entity.authorName =
                user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        entity.format = format(requested);
        entity.body = body(text, entity.format);
        entity.createdAt = now;
        entity.updatedAt = now;
        return entity;
    }

    private static CommentFormat format(CommentFormat requested) {
        return requested == null ? CommentFormat.PLAIN : requested;
    }

    /** Plain text is kept as written (escaped when shown); HTML keeps only the narrative formatting. */
    static String body(String text, CommentFormat format) {
        String stripped = text.strip();
        return format == CommentFormat.HTML ? NarrativeHtml.sanitise(stripped) : stripped;
    }

    private static void checkVersion(ReviewCommentEntity entity, Long version) {
        if (version != null && !Objects.equals(version, entity.version)) {
            throw new OptimisticLockingFailureException("review comment " + entity.id + " changed meanwhile");
        }
    }

    private ReviewCommentEntity own(Masterplan masterplan, long commentId) {
        ReviewCommentEntity entity = entity(masterplan, commentId);
        if (access.currentUsername().filter(entity.author::equals).isEmpty()) {
            throw new ForbiddenException();
        }
        return entity;
    }

    private ReviewCommentEntity root(Masterplan masterplan, ReviewCommentEntity entity) {
        return entity.isReply() ? entity(masterplan, entity.parentId) : entity;
    }

    private ReviewComment threadOf(Masterplan masterplan, ReviewCommentEntity entity) {
        long rootId = entity.isReply() ? entity.parentId : entity.id;
        return threads(repository.findThreadInMasterplan(masterplan.id(), rootId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("review comment " + rootId));
    }

    private ReviewCommentEntity entity(Masterplan masterplan, long commentId) {
        return repository
                .findInMasterplan(masterplan.id(), commentId)
                .orElseThrow(() -> new NotFoundException("review comment " + commentId));
    }

    /** Rows (in creation order) grouped into threads, each with its replies. */
    static List<ReviewComment> threads(List<ReviewCommentEntity> rows) {
        Map<Long, ReviewCommentEntity> roots = new LinkedHashMap<>();
        Map<Long, List<ReviewCommentEntity>> replies = new LinkedHashMap<>();
        for (ReviewCommentEntity row : rows) {
            if (row.isReply()) {
                replies.computeIfAbsent(row.parentId, k -> new ArrayList<>()).add(row);
            } else {
                roots.put(row.id, row);
            }
        }
        return roots.values().stream()
                .map(root -> root.toComment(replies.getOrDefault(root.id, List.of())))
                .toList();
    }
}
