package cn.luoshi.minsheng;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.ledger.TaggedTaskQuery;
import cn.luoshi.ledger.TaggedTasks;
import cn.luoshi.ledger.TaskStatus;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Person;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 民生实事发布 — the 督查室 curates the public face of the tasks tagged 民生实事 and publishes explicitly; the public
 * page and feed show only the latest publication, frozen as it was published. Managing and publishing need the
 * 督查室 (or an admin); reading the latest publication needs nobody.
 */
@Service
public class MinshengService {

    /** The ledger tag that makes a task a 民生实事 item. */
    public static final String TAG = "民生实事";

    private final TaggedTaskQuery tagged;
    private final MinshengStore store;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final Clock clock;
    private final PublicMinsheng.Latest latest;

    MinshengService(TaggedTaskQuery tagged, MinshengStore store, OrgDirectory org, AuditLog audit, Clock clock,
            PublicMinsheng.Latest latest) {
        this.latest = latest;
        this.tagged = tagged;
        this.store = store;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- public ---------------------------------------------------------------------------------------------------

    /** The latest publication, as published; empty before the first publish. Needs no user. */
    @Transactional(readOnly = true)
    public Optional<Publication> latest() {
        return store.latest().map(this::withItems);
    }

    /** The latest publication without its items (number and time, for conditional requests). Needs no user. */
    @Transactional(readOnly = true)
    public Optional<Publication.Summary> latestSummary() {
        return store.latest();
    }

    /** A publication's items, for a summary the caller already has. Needs no user. */
    @Transactional(readOnly = true)
    public Publication published(Publication.Summary summary) {
        return withItems(summary);
    }

    // ---- management -----------------------------------------------------------------------------------------------

    /** The management page: tagged tasks with their public face, the preview, the latest and the history. */
    @Transactional(readOnly = true)
    public MinshengBoard board(CurrentUser me) {
        require(me);
        List<MinshengEntry> entries = entries(me);
        Publication preview = preview(entries, store.latestNumber() + 1);
        List<Publication.Summary> history = store.history();
        return new MinshengBoard(entries, preview, history.isEmpty() ? null : history.get(0), history);
    }

    /** What the next publish would publish now (not stored). */
    @Transactional(readOnly = true)
    public Publication preview(CurrentUser me) {
        require(me);
        return preview(entries(me), store.latestNumber() + 1);
    }

    /** One tagged task with its public face: 404 outside the caller's scope or without the tag, then 403. */
    @Transactional(readOnly = true)
    public MinshengEntry entry(long taskId, CurrentUser me) {
        TaggedTasks.Item task = tagged.one(TAG, taskId, me).orElseThrow(() -> new NotFoundException("民生实事项目", taskId));
        require(me);
        MinshengItem item = store.item(taskId).orElse(MinshengItem.defaults(taskId));
        return entry(task, item, 1);
    }

    /**
     * Saves the public face of one item: scope (404), 督查室 (403), version (409), rules (400), then the row and its
     * audit entry in one transaction. Nothing becomes public until the next publish.
     */
    @Transactional
    public MinshengItem update(long taskId, MinshengForm f, CurrentUser me) {
        TaggedTasks.Item task = tagged.one(TAG, taskId, me).orElseThrow(() -> new NotFoundException("民生实事项目", taskId));
        require(me);
        MinshengItem before = store.item(taskId).orElse(MinshengItem.defaults(taskId));
        if (f.version == null) {
            throw InvalidInputException.of("version", "缺少版本号（version），无法判断是否为最新数据");
        }
        if (f.version != before.version()) {
            throw ConflictException.staleEdit();
        }
        MinshengRules.item(f, org.people().stream().map(Person::name).toList()).throwIfAny();
        String title = MinshengStore.blankToNull(f.publicTitle);
        if (title != null && title.equals(task.title())) {
            title = null; // the task's own title: follows later renames
        }
        store.save(taskId, before.version(), f, title, me.auditName());
        MinshengItem after = store.item(taskId).orElseThrow();
        audit.record(me.auditName(), before.curated() ? AuditAction.UPDATE : AuditAction.CREATE,
                new AuditLog.Subject("民生实事公开信息", taskId, taskId, task.directiveId()),
                "修改民生实事公开信息「" + task.title() + "」", before.curated() ? snapshot(before, task) : null,
                snapshot(after, task));
        return after;
    }

    /**
     * 发布: freezes what the preview shows into publication number latest + 1, with time and publisher, and audits
     * it. {@code expectedLatest} is the latest number the publisher saw: if someone published since, 409 so nobody
     * publishes without having looked at the current state. Nothing to publish is a 400.
     */
    @Transactional
    public Publication publish(Integer expectedLatest, CurrentUser me) {
        require(me);
        int latest = store.latestNumber();
        if (expectedLatest != null && expectedLatest != latest) {
            throw new ConflictException("刚才已有新的发布（第" + latest + "期），请刷新页面核对后再发布");
        }
        int number = latest + 1;
        Publication draft = preview(entries(me), number);
        if (draft.items().isEmpty()) {
            throw InvalidInputException.of("items",
                    "没有可公开的民生实事项目：请先给任务加上“" + TAG + "”标签，或把项目设为纳入公开");
        }
        Instant now = clock.instant();
        long id;
        try {
            id = store.insertPublication(number, now, me.auditName(), draft.asOf(), draft.figures());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("刚才已有新的发布（第" + number + "期），请刷新页面核对后再发布");
        }
        store.insertItems(id, draft.items());
        Map<String, Object> after = new LinkedHashMap<>();
        MinshengRates.Figures fig = draft.figures();
        after.put("期数", number);
        after.put("数据截至", draft.asOf());
        after.put("项目数", fig.items());
        after.put("完成率", percent(fig.completionRate()));
        after.put("开工率", percent(fig.startRate()));
        after.put("投资完成率", percent(fig.investmentRate()));
        after.put("项目", draft.items().stream().map(PublishedItem::title).collect(Collectors.joining("；")));
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("民生实事发布", id, null, null),
                "发布民生实事进展第" + number + "期（" + fig.items() + "项）", null, after);
        Publication published = withItems(store.summary(number).orElseThrow());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                MinshengService.this.latest.remember(published); // the public page has it even if the database goes away now
            }
        });
        return published;
    }

    /** A past publication for the 督查室 (the public sees only the latest). */
    @Transactional(readOnly = true)
    public Publication publication(int number, CurrentUser me) {
        require(me);
        return store.summary(number).map(this::withItems).orElseThrow(() -> new NotFoundException("发布", number));
    }

    /** Whether anything was ever published (the demo publishes only into a database that has nothing). */
    @Transactional(readOnly = true)
    public boolean anyPublication() {
        return store.latestNumber() > 0;
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    private static void require(CurrentUser me) {
        if (!me.managesLedger()) {
            throw new ForbiddenException("只有督查室可以管理和发布民生实事");
        }
    }

    private List<MinshengEntry> entries(CurrentUser me) {
        List<TaggedTasks.Item> tasks = tagged.withTag(TAG, me).items();
        Map<Long, MinshengItem> items = store.items();
        List<MinshengEntry> out = new ArrayList<>(tasks.size());
        int seq = 1;
        for (TaggedTasks.Item t : tasks) {
            MinshengEntry e = entry(t, items.getOrDefault(t.id(), MinshengItem.defaults(t.id())), seq);
            if (e.published()) {
                seq++;
            }
            out.add(e);
        }
        return out;
    }

    private static MinshengEntry entry(TaggedTasks.Item t, MinshengItem item, int seq) {
        if (t.status() == TaskStatus.TERMINATED) {
            return new MinshengEntry(t, item, null, "已终止，不公开");
        }
        if (!item.included()) {
            return new MinshengEntry(t, item, null, "未纳入公开");
        }
        return new MinshengEntry(t, item, publicItem(seq, t, item), null);
    }

    /** The frozen public form of one item: names of units, no people, no internal reasons or narratives. */
    static PublishedItem publicItem(int seq, TaggedTasks.Item t, MinshengItem item) {
        PublicStatus status = PublicStatus.of(t.status(), t.progressPercent());
        return new PublishedItem(seq, t.id(), item.publicTitle() == null ? t.title() : item.publicTitle(),
                t.targetText(), t.leadUnitId(), t.leadUnitFullName(), t.coUnitFullNames(), t.deadline(),
                MinshengRates.publicProgress(status, t.progressPercent()), status, PublicLight.ofLedger(t.light()),
                t.lastReportedOn(), item.publicNote(), item.plannedInvestment(),
                item.plannedInvestment() == null ? null
                        : Objects.requireNonNullElse(item.completedInvestment(), BigDecimal.ZERO),
                item.investmentNote(), status == PublicStatus.COMPLETED ? t.completedOn() : null,
                t.originalDeadline());
    }

    private Publication preview(List<MinshengEntry> entries, int number) {
        List<PublishedItem> items = entries.stream().filter(MinshengEntry::published).map(MinshengEntry::preview)
                .toList();
        MinshengRates.Figures figures = MinshengRates.of(items.stream().map(PublishedItem::line).toList());
        return new Publication(0, number, clock.instant(), null, LocalDate.now(clock), figures, items);
    }

    private Publication withItems(Publication.Summary s) {
        return new Publication(s.id(), s.number(), s.publishedAt(), s.publishedBy(), s.asOf(), s.figures(),
                store.publishedItems(s.id()));
    }

    private static Map<String, Object> snapshot(MinshengItem i, TaggedTasks.Item task) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("公开标题", i.publicTitle() == null ? task.title() : i.publicTitle());
        m.put("公开说明", i.publicNote());
        m.put("计划投资（万元）", i.plannedInvestment() == null ? null : MinshengRules.plain(i.plannedInvestment()));
        m.put("完成投资（万元）", i.completedInvestment() == null ? null : MinshengRules.plain(i.completedInvestment()));
        m.put("投资说明", i.investmentNote());
        m.put("纳入公开", i.included() ? "是" : "否");
        return m;
    }

    private static String percent(BigDecimal v) {
        return v == null ? "—" : v.toPlainString() + "%";
    }
}
