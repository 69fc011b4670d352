package cn.luoshi.ingest.review;

import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDrafter;
import cn.luoshi.ingest.DocumentFacts;
import cn.luoshi.ingest.DraftJson;
import cn.luoshi.ingest.KnownUnit;
import cn.luoshi.ingest.owners.LearnedWords;
import cn.luoshi.ingest.owners.OwnerSuggestions;
import cn.luoshi.ledger.Directive;
import cn.luoshi.ledger.DirectiveForm;
import cn.luoshi.ledger.DirectiveKind;
import cn.luoshi.ledger.DirectiveLevel;
import cn.luoshi.ledger.DirectiveService;
import cn.luoshi.ledger.LedgerRules;
import cn.luoshi.ledger.Target;
import cn.luoshi.ledger.Task;
import cn.luoshi.ledger.TaskForm;
import cn.luoshi.ledger.TaskService;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Speech to ledger (讲话转台账): drafts an uploaded speech, keeps the draft while the 督查室 reviews it, and on
 * acceptance creates the directive and its tasks through the ledger's services in one transaction. The review pages
 * call it, and so does the demo data, which takes the five seed speeches through this very path.
 */
@Service
public class ReviewService {

    /** A stored draft with everything the review page needs. */
    public record StoredDraft(long id, String status, String fileName, String createdBy, Instant createdAt, String body,
            ReviewForm form, Marks marks, Long directiveId) {
        public boolean open() {
            return "DRAFT".equals(status);
        }
    }

    /** An accepted draft: the new directive, and the ledger task made from each included node (node id → task id). */
    public record Accepted(long directiveId, Map<String, Long> taskIds) {
    }

    /** A line of the list of drafts awaiting review. */
    public record Pending(long id, String title, String fileName, String createdBy, String createdAt) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final DirectiveService directives;
    private final TaskService tasks;
    private final Clock clock;
    private final OwnerSuggestions owners;
    private final LearnedWords learned;
    private final DirectiveDrafter engine = DirectiveDrafter.create();

    private final org.springframework.beans.factory.ObjectProvider<cn.luoshi.ingest.FigureChecker> checkers;

    ReviewService(JdbcClient jdbc, OrgDirectory org, DirectiveService directives, TaskService tasks, Clock clock,
            OwnerSuggestions owners, LearnedWords learned, org.springframework.beans.factory.ObjectProvider<cn.luoshi.ingest.FigureChecker> checkers) {
        this.checkers = checkers;
        this.jdbc = jdbc;
        this.org = org;
        this.directives = directives;
        this.tasks = tasks;
        this.clock = clock;
        this.owners = owners;
        this.learned = learned;
    }

    static void requireOffice(CurrentUser me) {
        if (!me.managesLedger()) {
            throw new ForbiddenException("只有督查室可以把讲话转为台账");
        }
    }

    /**
     * 讲话转台账 takes a speech of at most this many characters (a long work report is 20,000–30,000). Larger inputs
     * are refused with a message instead of a review page of tens of megabytes (decisions.md, issue 11 §4).
     */
    static final int MAX_TEXT_CHARS = 50_000;
    /** ... and at most this many draft rows, so the review page stays under 2 MB and renders in well under a second. */
    static final int MAX_ROWS = 80;

    /**
     * Drafts a file ({@code bytes} not null) or pasted text and stores the draft; returns its id.
     *
     * @throws cn.luoshi.ingest.IngestException when the input cannot be read (nothing is stored)
     */
    @Transactional
    public long upload(UploadForm in, String uploadedName, byte[] bytes, CurrentUser me) {
        requireOffice(me);
        String fileName = cn.luoshi.common.FileNames.clean(uploadedName);
        if (bytes == null && in.text != null && in.text.length() > MAX_TEXT_CHARS) {
            throw tooLong(in.text.length());
        }
        LocalDate date = in.issuedOn != null ? in.issuedOn : LocalDate.now(clock);
        List<Unit> units = org.units();
        List<KnownUnit> known = DraftReview.knownUnits(units);
        DirectiveDrafter drafter = engine.withUnits(known);
        if (bytes == null && (in.text == null || in.text.isBlank())) {
            throw InvalidInputException.of(null, "请上传讲话文件（.txt、.docx 或 .pdf），或把讲话全文粘贴到文本框");
        }
        DirectiveDraft draft = bytes != null ? drafter.draft(fileName, bytes, date) : drafter.draft("粘贴文本", in.text, date);
        if (draft.text().length() > MAX_TEXT_CHARS) {
            throw tooLong(draft.text().length());
        }
        DocumentFacts facts = DocumentFacts.of(draft);
        if (in.issuedOn == null && facts.date() != null && !facts.date().equals(date)) {
            date = facts.date(); // the date the document states resolves its 今年/年底
            draft = bytes != null ? drafter.draft(fileName, bytes, date) : drafter.draft("粘贴文本", in.text, date);
        }
        String hash = sha256(draft.text());
        if (!in.again) {
            flagCopy(hash);
        }
        ReviewForm form = DraftReview.firstVersion(draft, units, date);
        if (form.rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("text", "这篇讲话整理出" + form.rows.size() + "个条目，超过一次审核的上限" + MAX_ROWS
                    + "个，请按部分分篇上传");
        }
        DraftReview.suggestOwners(form, owners.suggester(date, me));
        if (in.title != null && !in.title.isBlank()) {
            form.title = in.title.trim();
        }
        form.issuer = in.issuer != null && !in.issuer.isBlank() ? in.issuer.trim() : facts.issuer();
        form.level = in.level == null ? DirectiveLevel.DISTRICT : in.level;
        form.kind = in.kind == null ? DirectiveKind.SPEECH : in.kind;
        Marks marks = DraftReview.marks(draft, drafter.units());
        return jdbc.sql("""
                insert into ingest_draft (created_by, file_name, title, issued_on, issuer, level, kind, body, draft_json,
                  marks_json, review_json, body_sha256)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(me.auditName(), bytes != null ? fileName : null, form.title, form.issuedOn, form.issuer,
                        form.level.name(), form.kind.name(), draft.text(), DraftJson.writeCompact(draft),
                        Json.write(marks), Json.write(form), hash)
                .query(Long.class).single();
    }

    /**
     * 重复上传: the same text (after normalisation) was uploaded before and not discarded — say where it is, and
     * make no second copy unless the clerk confirms (UploadForm.again).
     */
    private void flagCopy(String hash) {
        record Copy(long id, String status, String title, Long directiveId, String at) {}
        jdbc.sql("""
                select id, status, title, directive_id,
                  to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as at
                from ingest_draft where body_sha256 = ? and status <> 'DISCARDED' order by id limit 1""")
                .param(hash)
                .query((rs, i) -> new Copy(rs.getLong("id"), rs.getString("status"), rs.getString("title"),
                        (Long) rs.getObject("directive_id"), rs.getString("at")))
                .optional()
                .ifPresent(c -> {
                    String where = "ACCEPTED".equals(c.status())
                            ? "已于" + c.at() + "转入台账（指示「" + (c.title() == null ? "无标题" : c.title()) + "」，编号" + c.directiveId() + "）"
                            : "已于" + c.at() + "上传，草稿#" + c.id() + "「" + (c.title() == null ? "无标题" : c.title()) + "」尚在审核";
                    throw InvalidInputException.of("again", "同样的讲话全文" + where
                            + "。为免重复建任务，本次未保存；如确需再建一份，请勾选「仍要再建一份」后重新提交");
                });
    }

    static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException tooLong(int chars) {
        return InvalidInputException.of("text", "讲话全文" + chars + "字，超过一次转换的上限" + MAX_TEXT_CHARS
                + "字，请分篇上传（或删去附件、表格后再试）");
    }

    public StoredDraft get(long id, CurrentUser me) {
        requireOffice(me);
        return jdbc.sql("select * from ingest_draft where id = ?").param(id)
                .query((rs, i) -> new StoredDraft(rs.getLong("id"), rs.getString("status"), rs.getString("file_name"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("body"),
                        Json.read(rs.getString("review_json"), ReviewForm.class),
                        Json.read(rs.getString("marks_json"), Marks.class), (Long) rs.getObject("directive_id")))
                .optional().orElseThrow(() -> new NotFoundException("草稿", id));
    }

    /** A figure of the speech as the review page lists it, with the stored value's verdict when a checker knows it. */
    public record FigureLine(String text, cn.luoshi.ingest.FigureChecker.Verdict verdict) {
    }

    /**
     * 讲话数据核对: the draft's figures, each checked by every {@link cn.luoshi.ingest.FigureChecker} present (the
     * first verdict wins) against the values held now, the speech's date resolving "去年", "上半年".
     */
    @Transactional(readOnly = true)
    public List<FigureLine> figureLines(StoredDraft stored) {
        List<String> texts = stored.marks().figures();
        List<DirectiveDraft.Figure> figures = new ArrayList<>();
        String json = jdbc.sql("select draft_json from ingest_draft where id = ?").param(stored.id()).query(String.class)
                .optional().orElse(null);
        if (json != null) {
            tools.jackson.databind.JsonNode root = Json.read(json, tools.jackson.databind.JsonNode.class);
            for (tools.jackson.databind.JsonNode f : root.path("figures")) {
                figures.add(new DirectiveDraft.Figure(text(f, "node"), text(f, "subject"), text(f, "measure"),
                        f.path("value").isNumber() ? f.path("value").decimalValue() : null, text(f, "unit"),
                        text(f, "reference"), text(f, "period"), text(f, "text"), f.path("start").asInt(0)));
            }
        }
        Map<Integer, cn.luoshi.ingest.FigureChecker.Verdict> verdicts = new HashMap<>();
        if (figures.size() == texts.size()) {
            LocalDate issued = stored.form().issuedOn != null ? stored.form().issuedOn : LocalDate.now(clock);
            checkers.orderedStream().forEach(c -> c.check(figures, issued).forEach(v -> verdicts.putIfAbsent(v.index(), v)));
        }
        List<FigureLine> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new FigureLine(texts.get(i), verdicts.get(i)));
        }
        return out;
    }

    private static String text(tools.jackson.databind.JsonNode n, String field) {
        tools.jackson.databind.JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    List<Pending> pending(CurrentUser me) {
        requireOffice(me);
        return jdbc.sql("""
                select id, title, file_name, created_by,
                  to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as created
                from ingest_draft where status = 'DRAFT'
                order by created_at desc, id desc limit 20""")
                .query((rs, i) -> new Pending(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
                        rs.getString("created_by"), rs.getString("created")))
                .list();
    }

    /** The stored version with the reviewer's edits applied; engine data (ids, offsets, notes) stay as stored. */
    ReviewForm merge(StoredDraft stored, ReviewForm edited) {
        ReviewForm f = stored.form();
        f.title = edited.title;
        f.issuedOn = edited.issuedOn;
        f.issuer = edited.issuer;
        f.level = edited.level;
        f.kind = edited.kind;
        for (int i = 0; i < f.rows.size() && i < edited.rows.size(); i++) {
            ReviewRow to = f.rows.get(i);
            ReviewRow from = edited.rows.get(i);
            if (from == null || !Objects.equals(to.nodeId, from.nodeId)) {
                throw new ConflictException("草稿已在别处修改，请刷新后重试");
            }
            to.include = from.include;
            to.kind = "area".equals(from.kind) ? "area" : "task";
            to.title = from.title;
            to.description = from.description;
            to.deadline = from.deadline;
            to.targets = from.targets == null ? new ArrayList<>()
                    : new ArrayList<>(from.targets.stream().filter(t -> t != null && !t.blank()).toList());
            to.leadUnitId = from.leadUnitId;
            to.coUnitIds = from.coUnitIds == null ? new ArrayList<>()
                    : new ArrayList<>(from.coUnitIds.stream().filter(Objects::nonNull).toList());
            to.leadLeaderId = from.leadLeaderId;
            to.responsiblePerson = from.responsiblePerson;
        }
        return f;
    }

    /**
     * The posted form completed with the engine's data (kinds, markers, offsets, notes), for showing it again with
     * its errors: the page must render the very object the errors were bound to.
     */
    ReviewForm completed(StoredDraft stored, ReviewForm edited) {
        List<ReviewRow> rows = stored.form().rows;
        edited.unitOwners = stored.form().unitOwners;
        for (int i = 0; i < rows.size() && i < edited.rows.size(); i++) {
            ReviewRow from = rows.get(i);
            ReviewRow to = edited.rows.get(i);
            if (to == null || !Objects.equals(to.nodeId, from.nodeId)) {
                throw new ConflictException("草稿已在别处修改，请刷新后重试");
            }
            to.parentNodeId = from.parentNodeId;
            to.depth = from.depth;
            to.marker = from.marker;
            to.draftKind = from.draftKind;
            to.sourceStart = from.sourceStart;
            to.sourceEnd = from.sourceEnd;
            to.notes = from.notes;
            to.suggestion = from.suggestion;
            if (to.coUnitIds == null) {
                to.coUnitIds = new ArrayList<>();
            }
            // the collapsed 再加一项目标 line comes back blank when nothing was typed on it
            to.targets = to.targets == null ? new ArrayList<>()
                    : new ArrayList<>(to.targets.stream().filter(t -> t != null && !t.blank()).toList());
        }
        return edited;
    }

    /** Keeps the reviewer's edits without accepting. */
    @Transactional
    void save(long id, ReviewForm edited, CurrentUser me) {
        StoredDraft stored = requireOpen(id, me);
        store(id, merge(stored, edited), "DRAFT", null);
    }

    /**
     * 批量修改: the reviewer's edits as they stand, then one lead unit, leader or deadline on every chosen row, saved as
     * the review's new version. The request is checked first ({@link BatchEdit#check}); the rows' own rules are checked
     * on acceptance, as for any edit.
     *
     * @return how many rows were changed
     * @throws InvalidInputException on the batch fields
     */
    @Transactional
    int batch(long id, ReviewForm edited, BatchEdit edit, CurrentUser me) {
        StoredDraft stored = requireOpen(id, me);
        ReviewForm f = merge(stored, edited);
        java.util.Set<Long> leaders = new java.util.HashSet<>(org.leaders().stream().map(p -> p.id()).toList());
        edit.check(f, org.unitsById()::containsKey, leaders::contains, f.issuedOn).throwIfAny();
        int n = edit.apply(f);
        store(id, f, "DRAFT", null);
        return n;
    }

    /**
     * 确认入账: validates every included row, then creates the directive (body = the normalised text) and its
     * areas, tasks and measures through the ledger's services, so their rules and audit apply. One transaction:
     * any broken rule leaves nothing behind.
     *
     * @return the new directive and its tasks by node id
     * @throws InvalidInputException with fields {@code rows[i].name} or directive fields
     */
    @Transactional
    public Accepted accept(long id, ReviewForm edited, CurrentUser me) {
        StoredDraft stored = requireOpen(id, me);
        ReviewForm f = merge(stored, edited);
        Map<String, DraftReview.Placement> shape = DraftReview.shape(f.rows);
        Map<Long, Unit> units = org.unitsById();
        Violations v = DraftReview.validate(f, shape, units::containsKey);
        DirectiveForm df = new DirectiveForm();
        df.title = f.title;
        df.issuedOn = f.issuedOn;
        df.issuer = f.issuer;
        df.level = f.level;
        df.kind = f.kind;
        df.body = stored.body();
        for (var x : LedgerRules.directive(df).list()) {
            v.add(x.field(), x.message());
        }
        v.throwIfAny();
        Directive d = directives.create(df, me);
        Map<String, Long> taskIds = new HashMap<>();
        for (int i = 0; i < f.rows.size(); i++) {
            ReviewRow r = f.rows.get(i);
            DraftReview.Placement p = shape.get(r.nodeId);
            if (p == null) {
                continue;
            }
            TaskForm t = new TaskForm();
            t.kind = p.kind();
            t.parentId = p.parentNodeId() == null ? null : taskIds.get(p.parentNodeId());
            t.title = r.title;
            t.description = r.description;
            if (p.kind().isAssignable()) {
                // Every target with a value, in order (the first is the primary); a masked one left empty is not kept.
                t.useTargets(r.targets.stream().filter(x -> x != null && x.value != null)
                        .map(x -> new Target(x.value, DraftReview.blankToNull(x.unit), DraftReview.blankToNull(x.object),
                                DraftReview.blankToNull(x.period)))
                        .toList());
                t.deadline = r.deadline;
                // Work starts when the directive is issued (editable on the task page afterwards).
                t.startDate = r.deadline == null || !r.deadline.isBefore(f.issuedOn) ? f.issuedOn : null;
                t.leadUnitId = r.leadUnitId;
                t.coUnitIds = new ArrayList<>(r.coUnitIds.stream().filter(u -> !u.equals(r.leadUnitId))
                        .distinct().toList());
                t.leadLeaderId = r.leadLeaderId;
                t.responsiblePerson = r.responsiblePerson;
            }
            t.sourceStart = r.sourceStart;
            t.sourceEnd = r.sourceEnd;
            try {
                Task created = tasks.create(d.id(), t, me);
                taskIds.put(r.nodeId, created.id());
            } catch (InvalidInputException e) {
                // The ledger's own rules, put next to this row's fields; the transaction rolls back.
                String at = "rows[" + i + "].";
                throw new InvalidInputException(e.violations().stream()
                        .map(x -> new Violations.Violation(x.field() == null ? null : at + x.field(),
                                "「" + DraftReview.cut(r.title, 20) + "」：" + x.message()))
                        .toList());
            }
        }
        // 采纳记录: what was accepted, with the lead unit kept or chosen, informs the next draft's suggestions
        List<LearnedWords.AcceptedTask> learnt = new ArrayList<>();
        for (ReviewRow r : f.rows) {
            DraftReview.Placement p = shape.get(r.nodeId);
            if (p != null && p.kind().isAssignable() && r.leadUnitId != null) {
                learnt.add(new LearnedWords.AcceptedTask(r.title, r.description, r.leadUnitId));
            }
        }
        learned.record(learnt, f.issuedOn);
        store(id, f, "ACCEPTED", d.id());
        return new Accepted(d.id(), Map.copyOf(taskIds));
    }

    @Transactional
    void discard(long id, CurrentUser me) {
        StoredDraft stored = requireOpen(id, me);
        store(id, stored.form(), "DISCARDED", null);
    }

    private StoredDraft requireOpen(long id, CurrentUser me) {
        StoredDraft stored = get(id, me);
        if (!stored.open()) {
            throw new ConflictException("该草稿已" + ("ACCEPTED".equals(stored.status()) ? "转入台账" : "放弃") + "，不能再修改");
        }
        return stored;
    }

    private void store(long id, ReviewForm f, String status, Long directiveId) {
        int n = jdbc.sql("""
                update ingest_draft set title = ?, issued_on = coalesce(?, issued_on), issuer = ?, level = ?, kind = ?,
                  review_json = ?, status = ?, directive_id = ?, updated_at = luoshi_now()
                where id = ? and status = 'DRAFT'""")
                .params(f.title, f.issuedOn, f.issuer, f.level == null ? "DISTRICT" : f.level.name(),
                        f.kind == null ? "SPEECH" : f.kind.name(), Json.write(f), status, directiveId, id)
                .update();
        if (n == 0) {
            throw new ConflictException("该草稿已被处理，请刷新");
        }
    }
}
