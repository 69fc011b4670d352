package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ConflictException;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.Json;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.PersonalData;
import cn.luoshi.common.Violations;
import cn.luoshi.ledger.FindingLevel;
import cn.luoshi.ledger.TaskFindings;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import cn.luoshi.requests.RequestViews.ClockView;
import cn.luoshi.requests.RequestViews.Detail;
import cn.luoshi.requests.RequestViews.DispatchView;
import cn.luoshi.requests.RequestViews.Event;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 接诉即办: intake from every channel, dispatch (派单) and 吹哨报到, 签收/首次联系/办结, 退单 and disputes, 挂起/延期
 * with approval, reply, 回访 and rating, 重办, and escalation to a ledger task (提级督办). Every change is audited
 * and written to the request's history ({@code request_event}), which is also the Open311 updates feed.
 */
@Service
public class RequestService {

    static final int MAX_PHOTOS = 6;
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PersonalData personal;
    private final OrgDirectory org;
    private final RequestSettings settings;
    private final GridMapService maps;
    private final Escalations escalations;
    private final TaskFindings findings;
    private final Clock clock;

    RequestService(JdbcClient jdbc, AuditLog audit, PersonalData personal, OrgDirectory org, RequestSettings settings,
            GridMapService maps, Escalations escalations, TaskFindings findings, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.personal = personal;
        this.org = org;
        this.settings = settings;
        this.maps = maps;
        this.escalations = escalations;
        this.findings = findings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- categories

    /**
     * The active categories, in order. Read from a snapshot that is dropped after a category is created here and at
     * most {@link #CATEGORY_TTL} old (another instance on the same database may have created one): intake looks its
     * category up on every request, and the table changes a few times a year.
     */
    public List<Category> categories() {
        return categorySnapshot().list();
    }

    public Optional<Category> category(String codeOrOpen311) {
        CategorySnapshot s = categorySnapshot();
        Category c = s.byCode().get(codeOrOpen311);
        return Optional.ofNullable(c != null ? c : s.byOpen311().get(codeOrOpen311));
    }

    static final java.time.Duration CATEGORY_TTL = java.time.Duration.ofSeconds(30);

    private record CategorySnapshot(List<Category> list, Map<String, Category> byCode, Map<String, Category> byOpen311,
            Map<Long, Category> byId, long loadedAt) {
    }

    private volatile CategorySnapshot categories;

    private CategorySnapshot categorySnapshot() {
        CategorySnapshot s = categories;
        if (s == null || System.nanoTime() - s.loadedAt() > CATEGORY_TTL.toNanos()) {
            List<Category> list = jdbc.sql("select * from request_category where active order by sort_order, id")
                    .query(RequestService::category).list();
            Map<String, Category> byCode = new HashMap<>();
            Map<String, Category> byOpen311 = new HashMap<>();
            Map<Long, Category> byId = new HashMap<>();
            for (Category c : list) {
                byId.put(c.id(), c);
                byCode.put(c.code(), c);
                if (c.open311Code() != null) {
                    byOpen311.putIfAbsent(c.open311Code(), c);
                }
            }
            s = new CategorySnapshot(List.copyOf(list), Map.copyOf(byCode), Map.copyOf(byOpen311), Map.copyOf(byId),
                    System.nanoTime());
            if (!TransactionSynchronizationManager.hasResource(CATEGORIES_CHANGED)) {
                categories = s; // a transaction that changed a category sees its own uncommitted rows: not shared
            }
        }
        return s;
    }

    /** Drops the snapshot once the transaction that changed a category has ended (committed or not). */
    private void forgetCategoriesAfterTransaction() {
        categories = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CATEGORIES_CHANGED)) {
            TransactionSynchronizationManager.bindResource(CATEGORIES_CHANGED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CATEGORIES_CHANGED);
                    categories = null;
                }
            });
        }
    }

    /** Marks a transaction that changed a category (its snapshot must not be shared). */
    private static final Object CATEGORIES_CHANGED = new Object();

    static Category category(ResultSet rs, int n) throws SQLException {
        return new Category(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), rs.getString("open311_code"), rs.getString("open311_group"),
                rs.getString("keywords"), rs.getString("attributes"), (Long) rs.getObject("default_unit_id"),
                rs.getBoolean("active"));
    }

    /** A new category (admin or centre); {@code attributesJson} is an Open311 attribute list. */
    @Transactional
    public Category createCategory(String code, String name, Long parentId, String open311Code, String group,
            String description, String attributesJson, Long defaultUnitId, CurrentUser me) {
        requireCentre(me);
        Violations v = new Violations();
        v.check(code != null && code.matches("^[a-z0-9][a-z0-9_-]{0,39}$"), "code", "分类编码只能用小写字母、数字、-和_");
        v.requireText(name, "name", "分类名称", 40);
        v.throwIfAny();
        if (jdbc.sql("select count(*) from request_category where code = ? or (open311_code is not null and open311_code = ?)")
                .params(code, open311Code).query(Integer.class).single() > 0) {
            throw InvalidInputException.of("code", "分类编码或Open311服务代码已存在");
        }
        long id = jdbc.sql("""
                insert into request_category (parent_id, code, name, description, open311_code, open311_group,
                  attributes, default_unit_id) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(parentId, code, name.trim(), description, open311Code, group,
                        attributesJson == null ? "[]" : attributesJson, defaultUnitId)
                .query(Long.class).single();
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("request_category", id, null, null),
                "新建诉求分类「" + name + "」", null, Map.of("编码", code, "Open311", String.valueOf(open311Code)));
        forgetCategoriesAfterTransaction();
        return jdbc.sql("select * from request_category where id = ?").param(id).query(RequestService::category).single();
    }

    // ---------------------------------------------------------------- intake

    /**
     * Takes in one request from any channel, in one transaction. A repeat of the same grid report (client UUID) or
     * 12345 order number returns the request made the first time, {@code created == false}.
     *
     * @throws InvalidInputException with field-level Chinese messages; nothing is written
     */
    @Transactional
    public Intake intake(NewRequest in, String actor) {
        return intake(in, actor, true);
    }

    /**
     * As {@link #intake(NewRequest, String)}; without {@code findDuplicates} the possible duplicates are not searched
     * at intake (Open311 does not answer them; the request page lists them whenever it is opened).
     */
    @Transactional
    public Intake intake(NewRequest in, String actor, boolean findDuplicates) {
        if (in.clientUuid() != null && !in.clientUuid().isBlank()) {
            UUID uuid;
            try {
                uuid = UUID.fromString(in.clientUuid().trim());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("clientUuid", "上报编号不是有效的UUID");
            }
            // an Open311 token is made here for this POST: it cannot have arrived before (no lookup on that path)
            Optional<Intake> before = in.channel() == Channel.OPEN311 ? Optional.empty() : existing("client_uuid = ?", uuid);
            if (before.isPresent()) {
                return before.get();
            }
        }
        if (in.hotlineNo() != null && !in.hotlineNo().isBlank()) {
            Optional<Intake> before = existing("hotline_no = ?", in.hotlineNo().trim());
            if (before.isPresent()) {
                return before.get();
            }
        }
        Prepared p = prepare(in);
        // One round trip: the number (SQ + day + the sequence, at least six digits), the request and its first
        // history event (受理). A lost race on the client UUID or order number inserts neither.
        record Created(long id, String number) {
        }
        Created created = jdbc.sql("""
                with n as (select nextval('request_number_seq')::text as seq),
                r as (
                insert into request (number, client_uuid, hotline_no, channel, category_id, urgency, description,
                  attributes, lat, lon, address, street_area_id, community_area_id, grid_area_id, street_unit_id,
                  reporter_name, reporter_phone, reporter_email, caller_index, reported_by, received_at, month, updated_at)
                select cast(:prefix as text) || lpad(n.seq, greatest(6, length(n.seq)), '0'), cast(:uuid as uuid),
                  cast(:hotline as text), cast(:channel as text), cast(:category as bigint), cast(:urgency as text),
                  cast(:description as text), cast(:attributes as jsonb), cast(:lat as double precision),
                  cast(:lon as double precision), cast(:address as text), cast(:street as bigint),
                  cast(:community as bigint), cast(:grid as bigint), cast(:streetUnit as bigint), cast(:name as text),
                  cast(:phone as text), cast(:email as text), cast(:caller as text), cast(:reportedBy as text),
                  cast(:at as timestamptz), cast(:month as date), cast(:at as timestamptz)
                from n
                on conflict do nothing returning id, number),
                e as (
                insert into request_event (request_id, at, actor, kind, note, public_note, status)
                select r.id, cast(:at as timestamptz), cast(:actor as text), '受理', cast(:eventNote as text), '已受理',
                  cast(:status as text) from r)
                select id, number from r""")
                .param("prefix", p.prefix())
                .param("uuid", p.uuid())
                .param("hotline", p.hotlineNo())
                .param("channel", in.channel().name())
                .param("category", p.category().id())
                .param("urgency", p.urgency().name())
                .param("description", p.description())
                .param("attributes", p.attributesJson())
                .param("lat", in.lat()).param("lon", in.lon())
                .param("address", p.address())
                .param("street", p.streetId())
                .param("community", p.communityId())
                .param("grid", p.gridId())
                .param("streetUnit", p.streetUnitId())
                .param("name", p.sealedName())
                .param("phone", p.sealedPhone())
                .param("email", p.sealedEmail())
                .param("caller", p.callerIndex())
                .param("reportedBy", in.reportedBy())
                .param("at", Timestamp.from(p.at()))
                .param("month", p.month())
                .param("actor", actor)
                .param("eventNote", p.eventNote())
                .param("status", RequestStatus.NEW.name())
                .query((rs, n) -> new Created(rs.getLong(1), rs.getString(2))).optional().orElse(null);
        if (created == null) {
            // lost a race with the same client UUID or order number: answer as a repeat
            return existing("client_uuid = ? or hotline_no = ?", p.uuid(), p.hotlineNo())
                    .orElseThrow(() -> new ConflictException("工单号重复"));
        }
        long id = created.id();
        String number = created.number();
        for (NewRequest.Photo photo : p.photos()) {
            jdbc.sql("insert into request_photo (request_id, content_type, bytes) values (?, ?, ?)")
                    .params(id, photo.fileName(), photo.bytes()).update();
        }
        audit.record(actor, AuditAction.CREATE, subject(id), "受理诉求" + number, null, p.auditAfter(number));
        List<DuplicateRule.Match> dups = !findDuplicates ? List.of()
                : duplicates(new DuplicateRule.Candidate(id, p.category().id(), in.lat(), in.lon(), p.at(), true,
                        p.callerIndex()));
        return new Intake(id, number, true, dups);
    }

    /**
     * A request checked, located and sealed, ready to be written: the part of intake that needs no database (the
     * category snapshot and the map are in memory). {@link IntakeWriter} writes many of these in one transaction.
     */
    record Prepared(NewRequest in, Category category, GridMapService.Located location, List<NewRequest.Photo> photos,
            Instant at, String prefix, LocalDate month, UUID uuid, String hotlineNo, Urgency urgency, String description,
            String attributesJson, String address, String sealedName, String sealedPhone, String sealedEmail,
            String callerIndex, String eventNote) {

        Long streetId() {
            return location == null ? null : location.streetId();
        }

        Long communityId() {
            return location == null ? null : location.communityId();
        }

        Long gridId() {
            return location == null ? null : location.gridId();
        }

        Long streetUnitId() {
            return location == null ? null : location.streetUnitId();
        }

        Map<String, Object> auditAfter(String number) {
            return snapshot(number, category.name(), in.description(), RequestStatus.NEW);
        }
    }

    /**
     * Validates, locates and seals a request (no database).
     *
     * @throws InvalidInputException with field-level Chinese messages
     */
    Prepared prepare(NewRequest in) {
        Validated ok = validate(in);
        Instant at = in.receivedAt() != null ? in.receivedAt() : clock.instant();
        LocalDate day = LocalDate.ofInstant(at, RequestSettings.CHINA);
        String phone = blankToNull(in.reporterPhone());
        String caller = phone == null ? null : personal.blindIndex(NOT_PHONE_DIGIT.matcher(phone).replaceAll(""));
        UUID uuid = in.clientUuid() == null || in.clientUuid().isBlank() ? null : UUID.fromString(in.clientUuid().trim());
        return new Prepared(in, ok.category(), ok.location(), ok.photos(), at, numberPrefix(day),
                YearMonth.from(day).atDay(1), uuid, blankToNull(in.hotlineNo()),
                in.urgency() == null ? Urgency.NORMAL : in.urgency(), in.description().trim(),
                Json.write(in.attributes() == null ? Map.of() : in.attributes()), blankToNull(in.address()),
                personal.seal(blankToNull(in.reporterName())), personal.seal(phone),
                personal.seal(blankToNull(in.reporterEmail())), caller,
                in.channel().label() + "受理：" + ok.category().name());
    }

    private volatile String[] lastPrefix = {"", ""};

    /** SQ + the day (yyyyMMdd); the day's prefix is kept, it changes once a day. */
    private String numberPrefix(LocalDate day) {
        String[] last = lastPrefix;
        String key = day.toString();
        if (!last[0].equals(key)) {
            last = new String[] {key, "SQ" + day.format(DAY)};
            lastPrefix = last;
        }
        return last[1];
    }

    private static final java.util.regex.Pattern NOT_PHONE_DIGIT = java.util.regex.Pattern.compile("[^0-9+]");

    private Optional<Intake> existing(String where, Object... params) {
        return jdbc.sql("select id, number from request where " + where).params(params)
                .query((rs, n) -> new Intake(rs.getLong(1), rs.getString(2), false, List.of())).optional();
    }

    private record Validated(Category category, GridMapService.Located location, List<NewRequest.Photo> photos) {
    }

    private Validated validate(NewRequest in) {
        Violations v = new Violations();
        Category category = in.categoryCode() == null || in.categoryCode().isBlank() ? null
                : category(in.categoryCode().trim()).orElse(null);
        if (category == null) {
            v.add("category", in.categoryCode() == null || in.categoryCode().isBlank() ? "请选择诉求分类"
                    : "诉求分类“" + in.categoryCode() + "”不存在");
        }
        v.requireText(in.description(), "description", "诉求内容", 2000);
        v.optionalText(in.address(), "address", "地址", 200);
        GridMapService.Located loc = null;
        if ((in.lat() == null) != (in.lon() == null)) {
            v.add("lat", "经度和纬度须同时填写");
        } else if (in.lat() != null) {
            if (in.lat() < -90 || in.lat() > 90 || in.lon() < -180 || in.lon() > 180) {
                v.add("lat", "坐标超出经纬度范围（纬度−90～90，经度−180～180）");
            } else if (maps.hasMap()) {
                loc = maps.locate(in.lat(), in.lon()).orElse(null);
                if (loc == null) {
                    v.add("lat", String.format("坐标（%.5f, %.5f）不在本区范围内，请在地图上重新选点", in.lat(), in.lon()));
                }
            }
        } else if (in.address() == null || in.address().isBlank()) {
            v.add("address", "请提供位置：定位、地图选点或填写地址");
        }
        if (category != null) {
            checkAttributes(category, in.attributes(), v);
        }
        List<NewRequest.Photo> photos = new ArrayList<>();
        List<NewRequest.Photo> given = in.photos() == null ? List.of() : in.photos();
        if (given.size() > MAX_PHOTOS) {
            v.add("photos", "照片最多" + MAX_PHOTOS + "张");
        }
        for (NewRequest.Photo p : given) {
            String type = imageType(p.bytes());
            if (p.bytes() == null || p.bytes().length == 0) {
                continue;
            }
            if (p.bytes().length > MAX_PHOTO_BYTES) {
                v.add("photos", "照片“" + p.fileName() + "”超过5MB");
            } else if (type == null) {
                v.add("photos", "“" + p.fileName() + "”不是图片（只接受JPEG、PNG、WebP）");
            } else {
                photos.add(new NewRequest.Photo(type, p.bytes()));
            }
        }
        v.throwIfAny();
        return new Validated(category, loc, photos);
    }

    /** Open311 attributes: required ones present, list values among the keys. */
    static void checkAttributes(Category c, Map<String, String> given, Violations v) {
        List<?> attrs = attributeList(c.attributesJson());
        for (Object o : attrs) {
            Map<?, ?> a = (Map<?, ?>) o;
            if (Boolean.FALSE.equals(a.get("variable"))) {
                continue;
            }
            String code = String.valueOf(a.get("code"));
            String value = given == null ? null : given.get(code);
            if (Boolean.TRUE.equals(a.get("required")) && (value == null || value.isBlank())) {
                v.add("attribute[" + code + "]", "请填写“" + a.get("description") + "”（attribute[" + code + "]）");
            } else if (value != null && !value.isBlank() && a.get("values") instanceof List<?> values) {
                boolean known = values.stream().anyMatch(x -> value.equals(String.valueOf(((Map<?, ?>) x).get("key"))));
                if (!known) {
                    v.add("attribute[" + code + "]", "attribute[" + code + "]的取值“" + value + "”不在可选项中");
                }
            }
        }
    }

    /** Parsed attribute lists by their JSON (a category's list is parsed once, not on every intake); read only. */
    private static final Map<String, List<?>> ATTRIBUTE_LISTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<?> attributeList(String json) {
        if (json == null) {
            return List.of();
        }
        List<?> parsed = ATTRIBUTE_LISTS.get(json);
        if (parsed == null) {
            parsed = Json.read(json, List.class);
            if (ATTRIBUTE_LISTS.size() > 1000) {
                ATTRIBUTE_LISTS.clear(); // categories are few: this only bounds a test creating many
            }
            ATTRIBUTE_LISTS.put(json, parsed);
        }
        return parsed;
    }

    /** The image type from the file's first bytes, or null when it is not a JPEG, PNG or WebP. */
    static String imageType(byte[] b) {
        if (b == null || b.length < 12) {
            return null;
        }
        if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** Open requests this one may duplicate (offered for merging). */
    public List<DuplicateRule.Match> duplicates(long id) {
        return duplicates(jdbc.sql("select id, category_id, lat, lon, received_at, caller_index from request where id = ?")
                .param(id)
                .query((rs, n) -> new DuplicateRule.Candidate(rs.getLong(1), rs.getLong(2), (Double) rs.getObject(3),
                        (Double) rs.getObject(4), rs.getTimestamp(5).toInstant(), true, rs.getString(6)))
                .single());
    }

    private List<DuplicateRule.Match> duplicates(DuplicateRule.Candidate me) {
        long id = me.id();
        DuplicateRule rule = DuplicateRule.DEFAULT;
        double span = rule.latitudeSpan();
        List<DuplicateRule.Candidate> near = jdbc.sql("""
                select id, category_id, lat, lon, received_at, status, caller_index from request
                where id <> :id and status not in ('CLOSED', 'MERGED')
                  and ((category_id = :cat and lat between :lat0 and :lat1 and lon between :lon0 and :lon1
                        and received_at >= cast(:at as timestamptz) - make_interval(days => :days))
                       or (caller_index is not null and caller_index = :caller))
                limit 50""")
                .param("id", id).param("cat", me.categoryId())
                .param("lat0", me.lat() == null ? 999 : me.lat() - span).param("lat1", me.lat() == null ? 999 : me.lat() + span)
                .param("lon0", me.lon() == null ? 999 : me.lon() - span * 2).param("lon1", me.lon() == null ? 999 : me.lon() + span * 2)
                .param("at", Timestamp.from(me.createdAt())).param("days", rule.days())
                .param("caller", me.callerIndex())
                .query((rs, n) -> new DuplicateRule.Candidate(rs.getLong(1), rs.getLong(2), (Double) rs.getObject(3),
                        (Double) rs.getObject(4), rs.getTimestamp(5).toInstant(), true, rs.getString(7)))
                .list();
        return rule.matches(me, near);
    }

    /** 合并: the request joins an open one; it closes as 已合并 (centre only). */
    @Transactional
    public void merge(long id, long into, CurrentUser me) {
        requireCentre(me);
        if (id == into) {
            throw InvalidInputException.of("into", "不能与自身合并");
        }
        Row target = row(into);
        if (!target.status().isOpen()) {
            throw InvalidInputException.of("into", "目标诉求已归档，不能合并");
        }
        Row r = row(id);
        setStatus(r, RequestStatus.MERGED, me, "合并", "并入" + target.number(), "与" + target.number() + "合并办理",
                Map.of("merged_into", into));
    }

    // ---------------------------------------------------------------- dispatch

    /**
     * 派单: to a street (属地) or a department as lead (主办), with assisting units (协办). By the centre, or by the
     * street that holds the request (转派).
     */
    @Transactional
    public void dispatch(long id, long leadUnitId, List<Long> assistUnitIds, String note, CurrentUser me) {
        Row r = row(id);
        boolean streetHolds = r.leadUnitId() != null && me.belongsTo(r.leadUnitId()) && isStreet(r.leadUnitId());
        if (!settings.isCentre(me) && !streetHolds) {
            throw new ForbiddenException("只有指挥中心（或承办的街道）可以派单");
        }
        if (r.status() != RequestStatus.NEW && !(streetHolds && r.status() == RequestStatus.IN_PROGRESS)) {
            throw new ConflictException("诉求" + r.number() + "当前为“" + r.status().label() + "”，不能派单");
        }
        requireUnit(leadUnitId);
        Instant now = clock.instant();
        if (streetHolds) {
            // 转派: the street hands the request on; its own dispatch closes
            jdbc.sql("update request_dispatch set status = 'CLOSED', finished_at = ? where request_id = ? and unit_id = ? and whistle_id is null and status in ('OPEN','SIGNED')")
                    .params(Timestamp.from(now), id, r.leadUnitId()).update();
        }
        insertDispatch(id, leadUnitId, "LEAD", null, r.reopenCount(), now, me, note);
        for (Long a : assistUnitIds == null ? List.<Long>of() : assistUnitIds) {
            if (a != null && a != leadUnitId) {
                requireUnit(a);
                insertDispatch(id, a, "ASSIST", null, r.reopenCount(), now, me, note);
            }
        }
        int passed = jdbc.sql("select count(distinct unit_id) from request_dispatch where request_id = ? and role = 'LEAD' and whistle_id is null")
                .param(id).query(Integer.class).single();
        jdbc.sql("update request set status = 'DISPATCHED', lead_unit_id = ?, units_passed = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(leadUnitId, passed, Timestamp.from(now), id).update();
        String unitName = unitName(leadUnitId);
        event(id, now, me.displayName() + "（" + orDash(me.unitName()) + "）", "派单",
                "派往" + unitName + (note == null || note.isBlank() ? "" : "：" + note), "已派往" + unitName, RequestStatus.DISPATCHED);
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(id), "派单：" + r.number() + " → " + unitName,
                Map.of("状态", r.status().label()), Map.of("状态", RequestStatus.DISPATCHED.label(), "主办", unitName));
    }

    /**
     * 街道吹哨: the street holding the request names the departments that must 报到 within {@code reportMinutes}
     * working minutes; {@code leadUnitId} among them leads, the others assist; each has its own clocks.
     */
    @Transactional
    public long whistle(long id, Long leadUnitId, List<Long> unitIds, int reportMinutes, String reason, CurrentUser me) {
        Row r = row(id);
        Long street = r.leadUnitId() != null && isStreet(r.leadUnitId()) ? r.leadUnitId() : r.streetUnitId();
        boolean mayWhistle = street != null && (me.belongsTo(street) || settings.isCentre(me));
        if (!mayWhistle) {
            throw new ForbiddenException("只有属地街道可以吹哨");
        }
        if (!r.status().isOpen() || r.status() == RequestStatus.NEW) {
            throw new ConflictException("诉求" + r.number() + "当前为“" + r.status().label() + "”，不能吹哨");
        }
        Violations v = new Violations();
        v.check(unitIds != null && !unitIds.isEmpty(), "units", "请选择需要报到的部门");
        v.check(reportMinutes > 0 && reportMinutes <= 10 * 450, "reportMinutes", "报到时限须在1分钟到10个工作日之间");
        v.requireText(reason, "reason", "吹哨事由", 500);
        v.check(leadUnitId == null || (unitIds != null && unitIds.contains(leadUnitId)), "leadUnitId", "主责部门须在报到部门之中");
        v.throwIfAny();
        Instant now = clock.instant();
        long whistleId = jdbc.sql("""
                insert into request_whistle (request_id, street_unit_id, called_at, called_by, report_minutes, reason)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(id, street, Timestamp.from(now), me.displayName(), reportMinutes, reason.trim())
                .query(Long.class).single();
        List<String> names = new ArrayList<>();
        for (Long u : unitIds.stream().distinct().toList()) {
            requireUnit(u);
            insertDispatch(id, u, u.equals(leadUnitId) ? "LEAD" : "ASSIST", whistleId, r.reopenCount(), now, me, reason);
            names.add(unitName(u) + (u.equals(leadUnitId) ? "（主责）" : ""));
        }
        event(id, now, me.displayName() + "（" + orDash(me.unitName()) + "）", "吹哨",
                "吹哨：" + String.join("、", names) + "须在" + reportMinutes / 60.0 + "个工作小时内报到。" + reason.trim(),
                "街道已吹哨，相关部门报到中", r.status());
        audit.record(me.auditName(), AuditAction.CREATE, subject(id), "吹哨：" + r.number() + " → " + String.join("、", names),
                null, Map.of("报到部门", names, "时限（分钟）", reportMinutes));
        return whistleId;
    }

    /** 签收 (or, for a 吹哨 dispatch, 报到) by the unit it went to. */
    @Transactional
    public void sign(long dispatchId, CurrentUser me) {
        DispatchRow d = dispatchRow(dispatchId);
        requireUnitUser(d, me);
        if (!d.status().equals("OPEN")) {
            throw new ConflictException("该派单已" + (d.status().equals("RETURNED") ? "退回" : "签收") + "，不能重复签收");
        }
        Instant now = clock.instant();
        jdbc.sql("update request_dispatch set status = 'SIGNED', signed_at = ?, signed_by = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), me.displayName(), dispatchId).update();
        Row r = row(d.requestId());
        String what = d.whistleId() != null ? "报到" : "签收";
        if (d.whistleId() == null && d.role().equals("LEAD")) {
            jdbc.sql("update request set status = 'IN_PROGRESS', any_accepted = true, updated_at = ?, version = version + 1 where id = ?")
                    .params(Timestamp.from(now), d.requestId()).update();
        } else {
            jdbc.sql("update request set any_accepted = true, updated_at = ? where id = ?").params(Timestamp.from(now), d.requestId()).update();
        }
        RequestStatus after = d.whistleId() == null && d.role().equals("LEAD") ? RequestStatus.IN_PROGRESS : r.status();
        event(d.requestId(), now, me.displayName() + "（" + unitName(d.unitId()) + "）", what, unitName(d.unitId()) + what,
                unitName(d.unitId()) + "已" + what, after);
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(d.requestId()), what + "：" + r.number(),
                Map.of("派单状态", "待" + what), Map.of("派单状态", "已" + what));
    }

    /** 首次联系 the citizen, recorded by the lead unit. */
    @Transactional
    public void contact(long dispatchId, String note, CurrentUser me) {
        DispatchRow d = dispatchRow(dispatchId);
        requireUnitUser(d, me);
        if (!d.status().equals("SIGNED")) {
            throw new ConflictException("请先签收，再记录首次联系");
        }
        Instant now = clock.instant();
        jdbc.sql("update request_dispatch set contacted_at = coalesce(contacted_at, ?), version = version + 1 where id = ?")
                .params(Timestamp.from(now), dispatchId).update();
        event(d.requestId(), now, me.displayName() + "（" + unitName(d.unitId()) + "）", "首次联系",
                blankToNull(note) == null ? "已联系诉求人" : "已联系诉求人：" + note.trim(), "承办单位已联系诉求人", row(d.requestId()).status());
        audit.record(me.auditName(), AuditAction.UPDATE, subject(d.requestId()), "首次联系：" + row(d.requestId()).number(), null,
                Map.of("说明", orDash(note)));
    }

    /** 办结: the lead's result (resolved or not, with a note) closes the handling; an assisting unit's closes its part. */
    @Transactional
    public void finish(long dispatchId, boolean resolved, String note, CurrentUser me) {
        DispatchRow d = dispatchRow(dispatchId);
        requireUnitUser(d, me);
        if (!d.status().equals("SIGNED")) {
            throw new ConflictException(d.status().equals("OPEN") ? "尚未签收，不能办结" : "该派单已结束");
        }
        new Violations().requireText(note, "note", "办理结果", 1000).throwIfAny();
        Instant now = clock.instant();
        jdbc.sql("update request_dispatch set status = 'FINISHED', finished_at = ?, resolved = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), resolved, dispatchId).update();
        Row r = row(d.requestId());
        boolean lead = d.whistleId() == null && d.role().equals("LEAD");
        if (lead) {
            jdbc.sql("""
                    update request set status = 'FINISHED', finished_at = ?, resolved_self = ?, result_note = ?,
                      updated_at = ?, version = version + 1 where id = ?""")
                    .params(Timestamp.from(now), resolved, note.trim(), Timestamp.from(now), d.requestId()).update();
            // the 吹哨 dispatches and assisting units end with the lead
            jdbc.sql("update request_dispatch set status = 'CLOSED' where request_id = ? and status in ('OPEN', 'SIGNED') and id <> ?")
                    .params(d.requestId(), dispatchId).update();
        }
        event(d.requestId(), now, me.displayName() + "（" + unitName(d.unitId()) + "）", "办结",
                (resolved ? "已解决：" : "未解决：") + note.trim(), lead ? "已办结" : unitName(d.unitId()) + "已完成协办",
                lead ? RequestStatus.FINISHED : r.status());
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(d.requestId()), "办结：" + r.number(),
                Map.of("状态", r.status().label()), Map.of("状态", lead ? RequestStatus.FINISHED.label() : r.status().label(),
                        "自报解决", resolved, "结果", note.trim()));
    }

    /**
     * 退单: the unit returns the request with a reason (counted as 退单). With {@code dispute} the centre must decide
     * (争议); the request goes back to the centre's pool either way. Three units without acceptance escalate.
     */
    @Transactional
    public void returnDispatch(long dispatchId, String reason, boolean dispute, CurrentUser me) {
        DispatchRow d = dispatchRow(dispatchId);
        requireUnitUser(d, me);
        if (!d.status().equals("OPEN") && !d.status().equals("SIGNED")) {
            throw new ConflictException("该派单已结束，不能退回");
        }
        new Violations().requireText(reason, "reason", "退单理由", 500).throwIfAny();
        Instant now = clock.instant();
        jdbc.sql("update request_dispatch set status = 'RETURNED', returned_at = ?, return_reason = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), reason.trim(), dispatchId).update();
        Row r = row(d.requestId());
        boolean lead = d.whistleId() == null && d.role().equals("LEAD");
        if (lead) {
            jdbc.sql("update request set status = 'NEW', lead_unit_id = null, updated_at = ?, version = version + 1 where id = ?")
                    .params(Timestamp.from(now), d.requestId()).update();
            jdbc.sql("update request_dispatch set status = 'CLOSED' where request_id = ? and role = 'ASSIST' and whistle_id is null and status in ('OPEN','SIGNED')")
                    .param(d.requestId()).update();
        }
        if (dispute) {
            jdbc.sql("insert into request_dispute (dispatch_id, raised_at, reason) values (?, ?, ?)")
                    .params(dispatchId, Timestamp.from(now), reason.trim()).update();
        }
        String unit = unitName(d.unitId());
        event(d.requestId(), now, me.displayName() + "（" + unit + "）", dispute ? "退单（提出争议）" : "退单",
                unit + "退回：" + reason.trim(), "重新派单中", lead ? RequestStatus.NEW : r.status());
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(d.requestId()), "退单：" + r.number() + "（" + unit + "）",
                Map.of("派单状态", d.status()), Map.of("派单状态", "RETURNED", "理由", reason.trim(), "争议", dispute));
        if (lead) {
            checkEscalation(d.requestId(), me);
        }
    }

    /** The centre decides a 退单争议: upheld (the return stands) or not (the request goes back to that unit). */
    @Transactional
    public void decideDispute(long disputeId, boolean upheld, String note, CurrentUser me) {
        requireCentre(me);
        new Violations().requireText(note, "note", "裁定理由", 500).throwIfAny();
        var dispute = jdbc.sql("select s.dispatch_id, s.decided_at, d.request_id, d.unit_id from request_dispute s join request_dispatch d on d.id = s.dispatch_id where s.id = ?")
                .param(disputeId).query((rs, n) -> new long[] {rs.getLong(1), rs.getTimestamp(2) == null ? 0 : 1, rs.getLong(3), rs.getLong(4)})
                .optional().orElseThrow(() -> new NotFoundException("争议", disputeId));
        if (dispute[1] == 1) {
            throw new ConflictException("该争议已裁定");
        }
        Instant now = clock.instant();
        jdbc.sql("update request_dispute set decided_at = ?, decided_by = ?, upheld = ?, decision_note = ? where id = ?")
                .params(Timestamp.from(now), me.displayName(), upheld, note.trim(), disputeId).update();
        Row r = row(dispute[2]);
        event(dispute[2], now, me.displayName() + "（指挥中心）", "争议裁定",
                (upheld ? "退单理由成立：" : "退单理由不成立，重新派回" + unitName(dispute[3]) + "：") + note.trim(), null, r.status());
        audit.record(me.auditName(), AuditAction.UPDATE, subject(dispute[2]), "裁定退单争议：" + r.number(), null,
                Map.of("裁定", upheld ? "退单成立" : "退单不成立", "理由", note.trim()));
        if (!upheld && r.status() == RequestStatus.NEW) {
            dispatch(dispute[2], dispute[3], List.of(), "争议裁定：退单不成立", me);
        }
    }

    // ---------------------------------------------------------------- pauses and extensions

    /** 申请挂起 or 延期 (minutes) by the unit; it counts only once the centre approves. */
    @Transactional
    public long requestPause(long dispatchId, String kind, String reason, Integer minutes, CurrentUser me) {
        DispatchRow d = dispatchRow(dispatchId);
        requireUnitUser(d, me);
        Violations v = new Violations();
        v.check("PAUSE".equals(kind) || "EXTENSION".equals(kind), "kind", "请选择挂起或延期");
        v.requireText(reason, "reason", "理由", 500);
        v.check(!"EXTENSION".equals(kind) || (minutes != null && minutes > 0 && minutes <= 20 * 450), "minutes", "延期时长须在1分钟到20个工作日之间");
        v.check(d.status().equals("SIGNED"), "kind", "签收后才能申请挂起或延期");
        v.throwIfAny();
        boolean pending = jdbc.sql("select count(*) from request_pause where dispatch_id = ? and decided_at is null").param(dispatchId)
                .query(Integer.class).single() > 0;
        if (pending) {
            throw new ConflictException("已有待审批的申请");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("insert into request_pause (dispatch_id, kind, reason, minutes, requested_at, requested_by) values (?, ?, ?, ?, ?, ?) returning id")
                .params(dispatchId, kind, reason.trim(), "EXTENSION".equals(kind) ? minutes : null, Timestamp.from(now), me.displayName())
                .query(Long.class).single();
        String label = "PAUSE".equals(kind) ? "挂起" : "延期";
        event(d.requestId(), now, me.displayName() + "（" + unitName(d.unitId()) + "）", "申请" + label, reason.trim(), null, row(d.requestId()).status());
        audit.record(me.auditName(), AuditAction.CREATE, subject(d.requestId()), "申请" + label + "：" + row(d.requestId()).number(),
                null, Map.of("理由", reason.trim(), "分钟", minutes == null ? "—" : minutes));
        return id;
    }

    /** The centre approves or refuses; an approved pause starts now and runs until {@link #resume}. */
    @Transactional
    public void decidePause(long pauseId, boolean approve, CurrentUser me) {
        requireCentre(me);
        var p = pauseRow(pauseId);
        if (p.decidedAt() != null) {
            throw new ConflictException("该申请已审批");
        }
        Instant now = clock.instant();
        jdbc.sql("update request_pause set decided_at = ?, decided_by = ?, approved = ?, paused_from = ? where id = ?")
                .params(Timestamp.from(now), me.displayName(), approve,
                        approve && p.kind().equals("PAUSE") ? Timestamp.from(now) : null, pauseId).update();
        if (approve && p.kind().equals("EXTENSION")) {
            jdbc.sql("update request_dispatch set extension_minutes = extension_minutes + ?, version = version + 1 where id = ?")
                    .params(p.minutes(), p.dispatchId()).update();
        }
        DispatchRow d = dispatchRow(p.dispatchId());
        event(d.requestId(), now, me.displayName() + "（指挥中心）", (approve ? "批准" : "不批准") + p.kindLabel(),
                p.reason(), null, row(d.requestId()).status());
        audit.record(me.auditName(), AuditAction.UPDATE, subject(d.requestId()), (approve ? "批准" : "不批准") + p.kindLabel()
                + "：" + row(d.requestId()).number(), Map.of("审批", "待审批"), Map.of("审批", approve ? "批准" : "不批准"));
    }

    /** Ends an approved pause (恢复计时). */
    @Transactional
    public void resume(long pauseId, CurrentUser me) {
        var p = pauseRow(pauseId);
        DispatchRow d = dispatchRow(p.dispatchId());
        if (!settings.isCentre(me) && !me.belongsTo(d.unitId())) {
            throw new ForbiddenException("只有承办单位或指挥中心可以恢复计时");
        }
        if (!Boolean.TRUE.equals(p.approved()) || p.pausedFrom() == null || p.pausedTo() != null) {
            throw new ConflictException("该申请不在挂起中");
        }
        Instant now = clock.instant();
        jdbc.sql("update request_pause set paused_to = ? where id = ?").params(Timestamp.from(now), pauseId).update();
        event(d.requestId(), now, me.displayName(), "恢复计时", null, null, row(d.requestId()).status());
        audit.record(me.auditName(), AuditAction.UPDATE, subject(d.requestId()), "恢复计时：" + row(d.requestId()).number(), null, null);
    }

    // ---------------------------------------------------------------- reply, rating, reopen

    /** 答复 the citizen: by the lead unit (or the centre) once the request is 办结. */
    @Transactional
    public void reply(long id, String text, int version, CurrentUser me) {
        Row r = row(id);
        if (!settings.isCentre(me) && (r.leadUnitId() == null || !me.belongsTo(r.leadUnitId()))) {
            throw new ForbiddenException("只有承办单位或指挥中心可以答复");
        }
        if (r.status() == RequestStatus.NEW || r.status() == RequestStatus.DISPATCHED) {
            throw new ConflictException("尚未签收，不能答复");
        }
        if (r.status() == RequestStatus.IN_PROGRESS) {
            throw new ConflictException("尚未办结，不能答复");
        }
        if (r.status() != RequestStatus.FINISHED) {
            throw new ConflictException("诉求" + r.number() + "当前为“" + r.status().label() + "”，不能答复");
        }
        new Violations().requireText(text, "text", "答复内容", 2000).throwIfAny();
        Instant now = clock.instant();
        int n = jdbc.sql("update request set status = 'REPLIED', reply_text = ?, replied_at = ?, replied_by = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(text.trim(), Timestamp.from(now), me.displayName(), Timestamp.from(now), id, version).update();
        if (n == 0) {
            throw ConflictException.staleEdit();
        }
        event(id, now, me.displayName() + "（" + orDash(me.unitName()) + "）", "答复", text.trim(), "已答复：" + text.trim(), RequestStatus.REPLIED);
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(id), "答复：" + r.number(),
                Map.of("状态", r.status().label()), Map.of("状态", RequestStatus.REPLIED.label(), "答复", text.trim()));
    }

    /**
     * 回访 and 评价 (满意/基本满意/不满意, resolved or not) after the reply, by the centre. 满意/基本满意 close the
     * request; 不满意 leaves it for 重办.
     */
    @Transactional
    public void rate(long id, Rating rating, boolean resolved, boolean callback, String note, CurrentUser me) {
        requireCentre(me);
        record(row(id), rating, resolved, callback, false, note, me.displayName(), me.displayName() + "（指挥中心）",
                me.auditName());
    }

    /**
     * A rating of the round's reply, by the centre (回访 or not) or by the citizen on the public page: stored once per
     * round (the table's unique key), counted in 三率 the same way. 满意/基本满意 close the request.
     */
    private void record(Row r, Rating rating, boolean resolved, boolean callback, boolean byCitizen, String note,
            String recordedBy, String eventActor, String auditActor) {
        long id = r.id();
        if (r.status() != RequestStatus.REPLIED) {
            throw new ConflictException(r.status() == RequestStatus.CLOSED ? "该诉求已评价归档"
                    : "诉求尚未办结答复（当前为“" + r.status().label() + "”），不能评价");
        }
        if (r.rating() != null) {
            throw new ConflictException("本轮答复已评价（" + Rating.valueOf(r.rating()).label() + "），不能重复评价");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into request_rating (request_id, round, rating, resolved, callback, note, rated_at, recorded_by, by_citizen)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (request_id, round) do nothing""")
                .params(id, r.reopenCount(), rating.name(), resolved, callback, blankToNull(note), Timestamp.from(now),
                        recordedBy, byCitizen).update();
        RequestStatus after = rating == Rating.UNSATISFIED ? RequestStatus.REPLIED : RequestStatus.CLOSED;
        if (after == RequestStatus.CLOSED && r.escalatedTaskId() != null) {
            findings.clear(r.escalatedTaskId(), "requests", r.number());
        }
        int n = jdbc.sql("update request set rating = ?, resolved_rating = ?, rated_at = ?, status = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(rating.name(), resolved, Timestamp.from(now), after.name(), Timestamp.from(now), id, r.version()).update();
        if (n == 0) {
            throw new ConflictException("该诉求刚刚被他人更新，请刷新后再评价");
        }
        event(id, now, eventActor, byCitizen ? "市民评价" : callback ? "回访评价" : "评价",
                rating.label() + (resolved ? "，已解决" : "，未解决") + (note == null || note.isBlank() ? "" : "：" + note.trim()),
                "评价：" + rating.label(), after);
        audit.record(auditActor, AuditAction.UPDATE, subject(id), "评价：" + r.number() + " " + rating.label(), null,
                Map.of("评价", rating.label(), "解决", resolved, "回访", callback, "来源", byCitizen ? "市民（公开页面）" : "指挥中心"));
    }

    /** Who acts for the citizen's 不满意: the automatic 重办 goes through the centre's own path, under this name. */
    private static final CurrentUser CITIZEN_DESK = new CurrentUser(0, "citizen-rating", "市民评价（自动重办）",
            cn.luoshi.org.Role.SUPERVISOR, null, "指挥中心");

    /**
     * 市民评价: the citizen who made the request rates the round's reply on the public page. The proof is the phone
     * given with the request (compared by its blind index, never decrypted) or the Open311 token. Once per round;
     * 不满意 sends the request back (重办) as the centre would, with the citizen's comment as the reason.
     */
    @Transactional(noRollbackFor = CitizenRatingRefused.class)
    public Rating rateByCitizen(String number, String proof, Rating rating, Boolean resolved, String comment, String clientKey) {
        String key = clientKey == null || clientKey.isBlank() ? "unknown" : clientKey;
        String num = number == null ? "" : number.trim();
        Integer failures = jdbc.sql("""
                select count(*) from request_citizen_attempt
                where not ok and at > luoshi_now() - interval '10 minutes' and (client_key = ? or number = ?)""")
                .params(key, num).query(Integer.class).single();
        Integer recent = jdbc.sql("select count(*) from request_citizen_attempt where client_key = ? and at > luoshi_now() - interval '1 hour'")
                .param(key).query(Integer.class).single();
        if (failures >= CITIZEN_FAILURES || recent >= CITIZEN_PER_HOUR) {
            throw new CitizenRatingRefused(429, "尝试次数过多，请10分钟后再试（也可拨打12345评价）");
        }
        Violations v = new Violations();
        v.check(rating != null, "rating", "请选择满意、基本满意或不满意");
        v.check(resolved != null, "resolved", "请选择问题是否已解决");
        v.optionalText(comment, "comment", "评价意见", 500);
        v.check(proof != null && !proof.isBlank(), "proof", "请填写诉求时留的手机号（或网上提交时得到的token）");
        v.throwIfAny();
        Optional<Row> found = idOf(num).map(this::row).filter(r -> proves(r, proof.trim()));
        jdbc.sql("insert into request_citizen_attempt (number, client_key, at, ok) values (?, ?, luoshi_now(), ?)")
                .params(cut(num, 40), key, found.isPresent()).update();
        if (found.isEmpty()) {
            throw new CitizenRatingRefused(400, "工单号与手机号（或token）不符，请核对后再试");
        }
        Row r = found.get();
        String note = comment == null || comment.isBlank() ? null : comment.trim();
        record(r, rating, resolved, false, true, note, "市民", "市民（公开页面）", "市民（公开页面，工单" + r.number() + "）");
        if (rating == Rating.UNSATISFIED) {
            doReopen(r.id(), "市民评价不满意" + (note == null ? "" : "：" + note), CITIZEN_DESK);
        }
        return rating;
    }

    static final int CITIZEN_FAILURES = 5;
    static final int CITIZEN_PER_HOUR = 30;

    private boolean proves(Row r, String proof) {
        if (proof.matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")) {
            return Boolean.TRUE.equals(jdbc.sql("select client_uuid = ?::uuid and channel = 'OPEN311' from request where id = ?")
                    .params(proof.toLowerCase(java.util.Locale.ROOT), r.id()).query(Boolean.class).single());
        }
        String digits = proof.replaceAll("[^0-9+]", "");
        if (digits.length() < 5) {
            return false;
        }
        String index = personal.blindIndex(digits);
        return index != null && index.equals(jdbc.sql("select caller_index from request where id = ?").param(r.id())
                .query(String.class).optional().orElse(null));
    }

    /** A citizen's rating refused: 400 (proof does not match) or 429 (too many attempts); the attempt is kept. */
    public static class CitizenRatingRefused extends RuntimeException {
        private final int status;

        public CitizenRatingRefused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** 重办: an unsatisfied request goes back to its lead unit for another round; the third 重办 escalates. */
    @Transactional
    public void reopen(long id, String reason, CurrentUser me) {
        requireCentre(me);
        doReopen(id, reason, me);
    }

    private void doReopen(long id, String reason, CurrentUser me) {
        Row r = row(id);
        if (r.status() != RequestStatus.REPLIED || !"UNSATISFIED".equals(r.rating())) {
            throw new ConflictException("只有评价为不满意的诉求可以重办");
        }
        new Violations().requireText(reason, "reason", "重办理由", 500).throwIfAny();
        Long lead = jdbc.sql("select unit_id from request_dispatch where request_id = ? and role = 'LEAD' and whistle_id is null and status = 'FINISHED' order by id desc limit 1")
                .param(id).query(Long.class).optional().orElse(null);
        Instant now = clock.instant();
        int round = r.reopenCount() + 1;
        jdbc.sql("update request set reopen_count = ?, status = 'NEW', rating = null, resolved_rating = null, finished_at = null, reply_text = null, replied_at = null, updated_at = ?, version = version + 1 where id = ?")
                .params(round, Timestamp.from(now), id).update();
        event(id, now, me.displayName() + "（指挥中心）", "重办", "第" + round + "次重办：" + reason.trim(), "群众不满意，重新办理", RequestStatus.NEW);
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(id), "重办：" + r.number() + "（第" + round + "次）",
                Map.of("状态", r.status().label()), Map.of("状态", RequestStatus.NEW.label(), "理由", reason.trim()));
        if (lead != null) {
            dispatch(id, lead, List.of(), "重办（第" + round + "次）", me);
        }
        checkEscalation(id, me);
    }

    private void checkEscalation(long id, CurrentUser me) {
        Row r = row(id);
        if (r.escalatedTaskId() != null) {
            return;
        }
        Optional<String> reason = settings.escalation().reason(r.reopenCount(), r.unitsPassed(), r.anyAccepted());
        reason.ifPresent(why -> {
            long taskId = escalations.escalate(r.id(), r.number(), r.categoryName(), r.description(), why, r.leadUnitId(),
                    history(id));
            Instant now = clock.instant();
            jdbc.sql("update request set escalated_task_id = ?, escalation_reason = ?, updated_at = ? where id = ?")
                    .params(taskId, why, Timestamp.from(now), id).update();
            event(id, now, "系统", "提级督办", "转为问题工单，交督查室督办（台账任务" + taskId + "）：" + why, "已提级督办", r.status());
            // 外部预警: while the 问题工单 is open its task carries a red finding linking back here
            findings.raise(taskId, "requests", r.number(), FindingLevel.RED, "问题工单" + r.number() + "未办结：" + why,
                    "/requests/" + id);
            audit.record(me.auditName(), AuditAction.TRANSITION, subject(id), "提级督办：" + r.number(), null,
                    Map.of("原因", why, "台账任务", taskId));
        });
    }

    private String history(long id) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events(id)) {
            sb.append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(RequestSettings.CHINA).format(e.at()))
                    .append(' ').append(e.kind()).append(' ').append(e.actor())
                    .append(e.note() == null ? "" : "：" + e.note()).append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- reads

    /** The request for its page; scope: centre, leaders and viewers see all, a unit what was dispatched to it. */
    public Detail detail(long id, CurrentUser me) {
        Row r = row(id);
        boolean involved = jdbc.sql("select count(*) from request_dispatch where request_id = ? and unit_id = ?")
                .params(id, me.unitId() == null ? -1 : me.unitId()).query(Integer.class).single() > 0;
        if (me.isUnitUser() && !settings.isCentre(me) && !involved && !(r.streetUnitId() != null && me.belongsTo(r.streetUnitId()))) {
            throw new NotFoundException("诉求", id);
        }
        WorkingClock wc = settings.clock();
        ClockLimits limits = settings.limits();
        Instant now = clock.instant();
        List<RequestViews.PauseView> pauses = pauses(id);
        List<DispatchView> dispatches = dispatches(id, r, wc, limits, pauses, now);
        ClockView replyClock = replyClock(r, dispatches, wc, limits, now);
        boolean hasContact = r.reporterName() != null || r.reporterPhone() != null || r.reporterEmail() != null;
        List<RequestViews.Whistle> whistles = jdbc.sql("""
                select w.id, w.street_unit_id, u.short_name, w.called_at, w.called_by, w.report_minutes, w.reason
                from request_whistle w join unit u on u.id = w.street_unit_id where w.request_id = ? order by w.id""")
                .param(id).query((rs, n) -> new RequestViews.Whistle(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6), rs.getString(7))).list();
        List<RequestViews.RatingView> ratings = jdbc.sql("select round, rating, resolved, callback, note, rated_at, recorded_by from request_rating where request_id = ? order by round")
                .param(id).query((rs, n) -> new RequestViews.RatingView(rs.getInt(1), Rating.valueOf(rs.getString(2)), rs.getBoolean(3),
                        rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
        List<RequestViews.DisputeView> disputes = jdbc.sql("""
                select s.id, s.dispatch_id, u.short_name, s.raised_at, s.reason, s.decided_at, s.decided_by, s.upheld, s.decision_note
                from request_dispute s join request_dispatch d on d.id = s.dispatch_id join unit u on u.id = d.unit_id
                where d.request_id = ? order by s.id""")
                .param(id).query((rs, n) -> new RequestViews.DisputeView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), inst(rs, 6), rs.getString(7),
                        (Boolean) rs.getObject(8), rs.getString(9))).list();
        List<Long> photos = jdbc.sql("select id from request_photo where request_id = ? order by id").param(id).query(Long.class).list();
        return new Detail(r.id(), r.number(), Channel.valueOf(r.channel()), r.categoryId(), r.categoryName(), r.categoryCode(),
                Urgency.valueOf(r.urgency()), r.description(), r.lat(), r.lon(), r.address(), r.streetName(), r.communityName(),
                r.gridName(), r.streetUnitId(), r.status(), r.receivedAt(), r.leadUnitId(),
                r.leadUnitId() == null ? null : unitName(r.leadUnitId()),
                PersonalData.maskName(personal.open(r.reporterName())), PersonalData.maskPhone(personal.open(r.reporterPhone())),
                maskEmail(personal.open(r.reporterEmail())), false, hasContact, r.reportedBy(), r.reopenCount(),
                r.escalatedTaskId(), r.escalationReason(), r.replyText(), r.repliedAt(), r.repliedBy(),
                r.rating() == null ? null : Rating.valueOf(r.rating()), r.finishedAt(), r.resultNote(), r.mergedInto(),
                dispatches, whistles, events(id), ratings, pauses, disputes, photos,
                r.status().isOpen() ? duplicates(id) : List.of(), replyClock, r.version());
    }

    /**
     * 查看诉求人联系方式: the clear contact data, for the centre and the lead unit only; every read is audited.
     */
    @Transactional
    public Map<String, String> revealContact(long id, CurrentUser me) {
        Row r = row(id);
        if (!settings.isCentre(me) && (r.leadUnitId() == null || !me.belongsTo(r.leadUnitId()))) {
            throw new ForbiddenException("只有指挥中心和承办单位可以查看诉求人联系方式");
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("name", personal.open(r.reporterName()));
        out.put("phone", personal.open(r.reporterPhone()));
        out.put("email", personal.open(r.reporterEmail()));
        audit.record(me.auditName(), ContactAudit.READ, subject(id), "查看诉求人信息：" + r.number(), null, null);
        return out;
    }

    static String maskEmail(String e) {
        if (e == null) {
            return null;
        }
        int at = e.indexOf('@');
        return at <= 1 ? "***" + e.substring(Math.max(0, at)) : e.charAt(0) + "***" + e.substring(at);
    }

    public List<Event> events(long id) {
        return jdbc.sql("select at, actor, kind, note, status from request_event where request_id = ? order by at, id").param(id)
                .query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    /** The public status page by number: category, street, status and the public steps; no personal data. */
    public Optional<RequestViews.PublicStatus> publicStatus(String number) {
        if (number == null || !number.trim().matches("^SQ\\d{14,16}$")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select r.id, r.number, c.name, a.name, r.status, r.received_at, r.finished_at, r.rating from request r
                join request_category c on c.id = r.category_id left join request_area a on a.id = r.street_area_id
                where r.number = ?""").param(number.trim())
                .query((rs, n) -> new RequestViews.PublicStatus(rs.getString(2), rs.getString(3), rs.getString(4),
                        RequestStatus.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), inst(rs, 7),
                        jdbc.sql("select at, '', kind, public_note, status from request_event where request_id = ? and public_note is not null order by at, id")
                                .param(rs.getLong(1)).query((e, m) -> new Event(e.getTimestamp(1).toInstant(), "", e.getString(3),
                                        e.getString(4), e.getString(5))).list(),
                        "REPLIED".equals(rs.getString(5)) && rs.getString(8) == null))
                .optional();
    }

    /** A photo's bytes and type, for users who may see the request. */
    public Map.Entry<String, byte[]> photo(long requestId, long photoId, CurrentUser me) {
        detail(requestId, me);
        return jdbc.sql("select content_type, bytes from request_photo where id = ? and request_id = ?").params(photoId, requestId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new NotFoundException("照片", photoId));
    }

    /**
     * 本单位在办 as SQL over {@code request r} and the parameter {@code :me}: open, and led by the unit, its street's,
     * or with an open dispatch to it (主办、协办、吹哨报到). The open list and the clock pass's counts read the same set
     * from {@code request_open_unit} (migration V4_255), which triggers keep by this rule in the transaction of every
     * write; the rule is here for the test that holds the two equal.
     */
    static final String OPEN_FOR_UNIT_RULE = "r.status not in ('CLOSED', 'MERGED') and (r.lead_unit_id = :me"
            + " or r.street_unit_id = :me or exists (select 1 from request_dispatch d where d.request_id = r.id"
            + " and d.unit_id = :me and d.status in ('OPEN', 'SIGNED')))";

    /** Filters of the list pages. */
    public record ListQuery(String status, Long unitId, Long categoryId, String text, boolean openOnly, int limit,
            ClockLight light) {
        public ListQuery(String status, Long unitId, Long categoryId, String text, boolean openOnly, int limit) {
            this(status, unitId, categoryId, text, openOnly, limit, null);
        }
    }

    /** The list: the centre sees all; a unit sees what was dispatched to it (its open list first). */
    public List<RequestViews.Row> list(ListQuery q, CurrentUser me) {
        return list(q, me, true);
    }

    /**
     * The list with each open row's light and due as the clock pass last stored them (时钟巡检, at most five minutes
     * old) instead of computed now: for the JSON list, read by machines and phones many times a minute.
     */
    public List<RequestViews.Row> listAsOfLastPass(ListQuery q, CurrentUser me) {
        return listAsOfLastPass(q, me, rows -> rows);
    }

    /**
     * As {@link #listAsOfLastPass(ListQuery, CurrentUser)}, given as {@code render} makes it of the rows, once per kept
     * page (the JSON API keeps its bytes). A page is the same for every user of one scope; it is kept until any request
     * changes (every change writes a history event: the latest event id is the mark) and at most {@link #PAGE_TTL},
     * which bounds what the mark cannot see: a transaction committing after a later one, a light stored by the clock
     * pass, a renamed unit.
     */
    @SuppressWarnings("unchecked")
    public <T> T listAsOfLastPass(ListQuery q, CurrentUser me, java.util.function.Function<List<RequestViews.Row>, T> render) {
        boolean unitScope = me.isUnitUser() && !settings.isCentre(me);
        PageKey key = new PageKey(unitScope ? me.unitId() : null, q, render.getClass());
        long mark = jdbc.sql("select coalesce(max(id), 0) from request_event").query(Long.class).single();
        long now = System.nanoTime();
        Page hit = pages.get(key);
        if (hit != null && hit.mark() == mark && now - hit.builtAt() < PAGE_TTL.toNanos()) {
            return (T) hit.rendered();
        }
        T rendered = render.apply(List.copyOf(list(q, me, false)));
        if (pages.size() > 1000) {
            pages.clear();
        }
        pages.put(key, new Page(mark, now, rendered));
        return rendered;
    }

    static final java.time.Duration PAGE_TTL = java.time.Duration.ofSeconds(2);

    /** A JSON list page's scope (the unit for a unit's user, null for the centre and the district) and query. */
    private record PageKey(Long unitId, ListQuery q, Class<?> renderer) {
    }

    private record Page(long mark, long builtAt, Object rendered) {
    }

    private final Map<PageKey, Page> pages = new java.util.concurrent.ConcurrentHashMap<>();

    private List<RequestViews.Row> list(ListQuery q, CurrentUser me, boolean live) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        String from = "request r";
        String order = " order by r.received_at desc, r.id desc";
        if (me.isUnitUser() && !settings.isCentre(me) && q.openOnly()) {
            // 本单位在办: open requests it leads (awaiting reply or rating), its street's, and those with an open
            // dispatch to it (主办、协办、吹哨报到) — the unit's rows of request_open_unit walked newest first, a page
            // read and no more
            from = "request_open_unit o join request r on r.id = o.request_id";
            order = " order by o.received_at desc, o.request_id desc";
            where.append(" and o.unit_id = :me");
            p.put("me", me.unitId());
        } else if (me.isUnitUser() && !settings.isCentre(me)) {
            where.append(" and (exists (select 1 from request_dispatch d where d.request_id = r.id and d.unit_id = :me) or r.street_unit_id = :me)");
            p.put("me", me.unitId());
        }
        if (q.openOnly()) {
            where.append(" and r.status not in ('CLOSED', 'MERGED')");
        }
        if (q.status() != null && !q.status().isBlank()) {
            where.append(" and r.status = :status");
            p.put("status", q.status());
        }
        if (q.unitId() != null) {
            where.append(" and r.lead_unit_id = :unit");
            p.put("unit", q.unitId());
        }
        if (q.light() != null) {
            // as the clock pass last judged it (时钟巡检); the rows shown carry their clocks computed now
            where.append(" and r.light = :light and r.status not in ('CLOSED', 'MERGED')");
            p.put("light", q.light().name());
        }
        if (q.categoryId() != null) {
            where.append(" and r.category_id = :cat");
            p.put("cat", q.categoryId());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (r.number = :exact or r.description like :text or r.address like :text)");
            p.put("exact", q.text().trim());
            p.put("text", "%" + q.text().trim().replace("%", "\\%") + "%");
        }
        p.put("limit", Math.min(Math.max(q.limit(), 1), 500));
        // the page's rows alone; the names of their category, street and lead unit come from the cached maps
        // (Names), not from four joins per row
        record Raw(long id, String number, long categoryId, Long areaId, Long streetUnitId, String status,
                String urgency, Instant receivedAt, Long leadUnitId, String description, boolean escalated,
                String light, Instant lightDue) {
        }
        List<Raw> raw = jdbc.sql("""
                select r.id, r.number, r.category_id, r.street_area_id, r.street_unit_id, r.status, r.urgency,
                       r.received_at, r.lead_unit_id, r.description, r.escalated_task_id is not null, r.light, r.light_due
                from\s""" + from + where + order + " limit :limit")
                .params(p)
                .query((rs, n) -> new Raw(rs.getLong(1), rs.getString(2), rs.getLong(3), (Long) rs.getObject(4),
                        (Long) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        (Long) rs.getObject(9), rs.getString(10), rs.getBoolean(11), rs.getString(12), inst(rs, 13)))
                .list();
        Names names = names(raw.stream().map(Raw::categoryId).toList(),
                raw.stream().map(Raw::areaId).filter(java.util.Objects::nonNull).toList(),
                java.util.stream.Stream.concat(raw.stream().map(Raw::streetUnitId), raw.stream().map(Raw::leadUnitId))
                        .filter(java.util.Objects::nonNull).toList());
        List<RequestViews.Row> rows = new ArrayList<>(raw.size());
        for (Raw r : raw) {
            String street = r.areaId() == null ? null : names.areas().get(r.areaId());
            if (street == null && r.streetUnitId() != null) {
                street = names.units().get(r.streetUnitId());
            }
            rows.add(new RequestViews.Row(r.id(), r.number(), names.categories().get(r.categoryId()), street,
                    RequestStatus.valueOf(r.status()), Urgency.valueOf(r.urgency()), r.receivedAt(),
                    r.leadUnitId() == null ? null : names.units().get(r.leadUnitId()), cut(r.description(), 40),
                    live || r.light() == null ? null : ClockLight.valueOf(r.light()), live ? null : r.lightDue(),
                    r.escalated()));
        }
        if (!live) {
            return rows;
        }
        // lights for the open ones (the clocks of their running dispatches), three queries for the whole page
        Map<Long, Lights> lights = lights(rows.stream().filter(r -> r.status().isOpen() && r.status() != RequestStatus.NEW)
                .map(RequestViews.Row::id).toList(), clock.instant());
        List<RequestViews.Row> out = new ArrayList<>(rows.size());
        for (RequestViews.Row row : rows) {
            Lights l = lights.get(row.id());
            out.add(l == null ? row : new RequestViews.Row(row.id(), row.number(), row.categoryName(), row.streetName(),
                    row.status(), row.urgency(), row.receivedAt(), row.leadUnitName(), row.description(), l.light(), l.due(),
                    row.escalated()));
        }
        return out;
    }

    /** Names by id for a list page: categories, areas (streets) and units (short names). */
    private record Names(Map<Long, String> categories, Map<Long, String> areas, Map<Long, String> units) {
    }

    /**
     * An area's name never changes (a new map makes new rows), so names once read are kept; categories come from the
     * category snapshot and units from the organisation's cached list, each read from the database only when absent
     * there (an inactive category or unit).
     */
    private static final Map<Long, String> AREA_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private Names names(List<Long> categoryIds, List<Long> areaIds, List<Long> unitIds) {
        Map<Long, Category> byId = categorySnapshot().byId();
        Map<Long, String> categories = named(categoryIds, id -> byId.get(id) == null ? null : byId.get(id).name(),
                "select id, name from request_category where id in (:ids)", (id, name) -> { });
        Map<Long, String> areas = named(areaIds, AREA_NAMES::get, "select id, name from request_area where id in (:ids)",
                AREA_NAMES::put);
        Map<Long, Unit> unitsById = unitIds.isEmpty() ? Map.of() : org.unitsById();
        Map<Long, String> units = named(unitIds, id -> unitsById.get(id) == null ? null : unitsById.get(id).shortName(),
                "select id, short_name from unit where id in (:ids)", (id, name) -> { });
        return new Names(categories, areas, units);
    }

    /** Each id's name from {@code kept}, the ones it lacks read with {@code sql} (id, name) and passed to {@code keep}. */
    private Map<Long, String> named(List<Long> ids, java.util.function.Function<Long, String> kept, String sql,
            java.util.function.BiConsumer<Long, String> keep) {
        Map<Long, String> names = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            String name = kept.apply(id);
            if (name != null) {
                names.put(id, name);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            jdbc.sql(sql).param("ids", missing).query((rs, n) -> {
                keep.accept(rs.getLong(1), rs.getString(2));
                return names.put(rs.getLong(1), rs.getString(2));
            }).list();
        }
        return names;
    }

    // ---------------------------------------------------------------- clocks

    private List<DispatchView> dispatches(long id, Row r, WorkingClock wc, ClockLimits limits,
            List<RequestViews.PauseView> pauses, Instant now) {
        return dispatchViews(r.categoryCode(), Urgency.valueOf(r.urgency()), storedDispatches(List.of(id)).getOrDefault(id,
                List.of()), pauses, wc, limits, now);
    }

    /** A stored dispatch as the clocks need it (with its unit's name and a 吹哨's report limit). */
    private record StoredDispatch(long id, long requestId, long unitId, String unitName, String role, Long whistleId,
            Integer reportMinutes, int round, Instant dispatchedAt, String dispatchedBy, String status,
            Instant signedAt, String signedBy, Instant contactedAt, Instant finishedAt, Instant returnedAt,
            String returnReason, int extensionMinutes, int version, Integer signMinutes, Integer contactMinutes,
            Integer finishMinutes, Integer replyMinutes) {

        /** The limit this dispatch runs on: stored when it was made, else (older rows) the limits in force. */
        int limit(Stage stage, ClockLimits limits, String categoryCode, Urgency urgency) {
            Integer own = switch (stage) {
                case SIGN -> signMinutes;
                case CONTACT -> contactMinutes;
                case FINISH -> finishMinutes;
                case REPLY -> replyMinutes;
            };
            return own != null ? own : limits.minutes(categoryCode, urgency, stage);
        }
    }

    /** The dispatches of the given requests, in order, in one query. */
    private Map<Long, List<StoredDispatch>> storedDispatches(List<Long> requestIds) {
        Map<Long, List<StoredDispatch>> out = new HashMap<>();
        if (requestIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select d.*, u.short_name, w.report_minutes from request_dispatch d join unit u on u.id = d.unit_id
                left join request_whistle w on w.id = d.whistle_id where d.request_id = any(:ids) order by d.id""")
                .param("ids", requestIds.toArray(Long[]::new))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(new StoredDispatch(
                        rs.getLong("id"), rs.getLong("request_id"), rs.getLong("unit_id"), rs.getString("short_name"),
                        rs.getString("role"), (Long) rs.getObject("whistle_id"), (Integer) rs.getObject("report_minutes"),
                        rs.getInt("round"), rs.getTimestamp("dispatched_at").toInstant(), rs.getString("dispatched_by"),
                        rs.getString("status"), inst(rs, "signed_at"), rs.getString("signed_by"), inst(rs, "contacted_at"),
                        inst(rs, "finished_at"), inst(rs, "returned_at"), rs.getString("return_reason"),
                        rs.getInt("extension_minutes"), rs.getInt("version"), (Integer) rs.getObject("sign_minutes"),
                        (Integer) rs.getObject("contact_minutes"), (Integer) rs.getObject("finish_minutes"),
                        (Integer) rs.getObject("reply_minutes"))))
                .list();
        return out;
    }

    /** The approved pauses of the given requests' dispatches, by request, in one query. */
    private Map<Long, List<RequestViews.PauseView>> pausesOf(List<Long> requestIds) {
        Map<Long, List<RequestViews.PauseView>> out = new HashMap<>();
        if (requestIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select p.id, p.dispatch_id, u.short_name, p.kind, p.reason, p.minutes, p.requested_at, p.requested_by,
                       p.decided_at, p.decided_by, p.approved, p.paused_from, p.paused_to, d.request_id
                from request_pause p join request_dispatch d on d.id = p.dispatch_id join unit u on u.id = d.unit_id
                where d.request_id = any(:ids) order by p.id""").param("ids", requestIds.toArray(Long[]::new))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(14), k -> new ArrayList<>()).add(pause(rs, n))).list();
        return out;
    }

    /** 签收/报到, 首次联系 and 办结 clocks of each dispatch (plain computation over the stored rows). */
    private static List<DispatchView> dispatchViews(String categoryCode, Urgency urgency, List<StoredDispatch> rows,
            List<RequestViews.PauseView> pauses, WorkingClock wc, ClockLimits limits, Instant now) {
        List<DispatchView> out = new ArrayList<>(rows.size());
        for (StoredDispatch d : rows) {
            long did = d.id();
            Instant start = d.dispatchedAt();
            Instant signed = d.signedAt();
            Instant contacted = d.contactedAt();
            Instant finished = d.finishedAt();
            Instant returned = d.returnedAt();
            String status = d.status();
            Instant end = returned != null ? returned : ("CLOSED".equals(status) ? (finished != null ? finished : now) : null);
            List<StageClock.Pause> ps = pauses.stream().filter(p -> p.dispatchId() == did && Boolean.TRUE.equals(p.approved())
                    && p.pausedFrom() != null).map(p -> new StageClock.Pause(p.pausedFrom(), p.pausedTo())).toList();
            int ext = d.extensionMinutes();
            boolean whistle = d.whistleId() != null;
            List<ClockView> clocks = new ArrayList<>();
            int signLimit = whistle ? (d.reportMinutes() == null ? 0 : d.reportMinutes())
                    : d.limit(Stage.SIGN, limits, categoryCode, urgency);
            clocks.add(view(Stage.SIGN, whistle ? "报到" : "签收",
                    new StageClock(wc, start, signLimit, 0, List.of(), signed != null ? signed : end), now));
            if (!whistle && d.role().equals("LEAD")) {
                clocks.add(view(Stage.CONTACT, Stage.CONTACT.label(), new StageClock(wc, start,
                        d.limit(Stage.CONTACT, limits, categoryCode, urgency), 0, ps, contacted != null ? contacted : (finished != null ? finished : end)), now));
            }
            clocks.add(view(Stage.FINISH, Stage.FINISH.label(), new StageClock(wc, start,
                    d.limit(Stage.FINISH, limits, categoryCode, urgency), ext, ps, finished != null ? finished : end), now));
            out.add(new DispatchView(did, d.unitId(), d.unitName(), d.role(), d.whistleId(), d.round(), start,
                    d.dispatchedBy(), status, signed, d.signedBy(), contacted, finished, returned, d.returnReason(), ext,
                    clocks, d.version(), d.limit(Stage.REPLY, limits, categoryCode, urgency)));
        }
        return out;
    }

    /** What a request's lights come to: the worst running clock's light and the earliest due among the running ones. */
    record Lights(ClockLight light, Instant due) {
    }

    /** The state of a request that its reply clock needs. */
    private record ReplyState(String categoryCode, Urgency urgency, RequestStatus status, Instant repliedAt,
            Instant finishedAt) {
    }

    /**
     * The lights of many open requests at {@code now}, in three queries whatever their number (the list page and the
     * clock pass); requests that are not open or not yet dispatched are left out.
     */
    Map<Long, Lights> lights(List<Long> requestIds, Instant now) {
        Map<Long, Lights> out = new HashMap<>();
        if (requestIds.isEmpty()) {
            return out;
        }
        Map<Long, ReplyState> states = new HashMap<>();
        jdbc.sql("""
                select r.id, c.code, r.urgency, r.status, r.replied_at, r.finished_at from request r
                join request_category c on c.id = r.category_id where r.id = any(:ids)""")
                .param("ids", requestIds.toArray(Long[]::new))
                .query((rs, n) -> states.put(rs.getLong(1), new ReplyState(rs.getString(2), Urgency.valueOf(rs.getString(3)),
                        RequestStatus.valueOf(rs.getString(4)), inst(rs, 5), inst(rs, 6)))).list();
        Map<Long, List<StoredDispatch>> dispatches = storedDispatches(requestIds);
        Map<Long, List<RequestViews.PauseView>> pauses = pausesOf(requestIds);
        WorkingClock wc = settings.clock();
        ClockLimits limits = settings.limits();
        states.forEach((id, st) -> {
            if (!st.status().isOpen() || st.status() == RequestStatus.NEW) {
                return;
            }
            List<DispatchView> ds = dispatchViews(st.categoryCode(), st.urgency(), dispatches.getOrDefault(id, List.of()),
                    pauses.getOrDefault(id, List.of()), wc, limits, now);
            List<ClockView> clocks = new ArrayList<>();
            ds.stream().filter(DispatchView::open).forEach(d -> clocks.addAll(d.clocks()));
            ClockView rc = replyClock(st.categoryCode(), st.urgency(), st.status(), st.repliedAt(), st.finishedAt(), ds,
                    wc, limits, now);
            if (rc != null) {
                clocks.add(rc);
            }
            Instant due = clocks.stream().filter(c -> c.light() != ClockLight.DONE && c.light() != ClockLight.LATE && c.due() != null)
                    .map(ClockView::due).min(Instant::compareTo).orElse(null);
            out.put(id, new Lights(RequestViews.worst(clocks), due));
        });
        return out;
    }

    private ClockView replyClock(Row r, List<DispatchView> ds, WorkingClock wc, ClockLimits limits, Instant now) {
        return replyClock(r.categoryCode(), Urgency.valueOf(r.urgency()), r.status(), r.repliedAt(), r.finishedAt(), ds,
                wc, limits, now);
    }

    private static ClockView replyClock(String categoryCode, Urgency urgency, RequestStatus status, Instant repliedAt,
            Instant finishedAt, List<DispatchView> ds, WorkingClock wc, ClockLimits limits, Instant now) {
        DispatchView lead = ds.stream().filter(d -> d.whistleId() == null && d.role().equals("LEAD") && !d.status().equals("RETURNED"))
                .reduce((a, b) -> b).orElse(null);
        if (lead == null) {
            return null;
        }
        return view(Stage.REPLY, Stage.REPLY.label(), new StageClock(wc, lead.dispatchedAt(),
                lead.replyMinutes(), lead.extensionMinutes(), List.of(),
                repliedAt != null ? repliedAt : (status.isOpen() ? null : finishedAt)), now);
    }

    private static ClockView view(Stage stage, String label, StageClock c, Instant now) {
        return new ClockView(stage, label, c.due(), c.light(now), c.remaining(now));
    }

    private List<RequestViews.PauseView> pauses(long requestId) {
        return jdbc.sql("""
                select p.id, p.dispatch_id, u.short_name, p.kind, p.reason, p.minutes, p.requested_at, p.requested_by,
                       p.decided_at, p.decided_by, p.approved, p.paused_from, p.paused_to
                from request_pause p join request_dispatch d on d.id = p.dispatch_id join unit u on u.id = d.unit_id
                where d.request_id = ? order by p.id""").param(requestId)
                .query(RequestService::pause).list();
    }

    private RequestViews.PauseView pauseRow(long id) {
        return jdbc.sql("""
                select p.id, p.dispatch_id, u.short_name, p.kind, p.reason, p.minutes, p.requested_at, p.requested_by,
                       p.decided_at, p.decided_by, p.approved, p.paused_from, p.paused_to
                from request_pause p join request_dispatch d on d.id = p.dispatch_id join unit u on u.id = d.unit_id
                where p.id = ?""").param(id).query(RequestService::pause).optional()
                .orElseThrow(() -> new NotFoundException("挂起/延期申请", id));
    }

    private static RequestViews.PauseView pause(ResultSet rs, int n) throws SQLException {
        return new RequestViews.PauseView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                (Integer) rs.getObject(6), rs.getTimestamp(7).toInstant(), rs.getString(8), inst(rs, 9), rs.getString(10),
                (Boolean) rs.getObject(11), inst(rs, 12), inst(rs, 13));
    }

    // ---------------------------------------------------------------- rows and helpers

    /** The stored request as the service works with it. */
    record Row(long id, String number, String channel, long categoryId, String categoryName, String categoryCode,
            String urgency, String description, Double lat, Double lon, String address, String streetName,
            String communityName, String gridName, Long streetUnitId, RequestStatus status, Instant receivedAt,
            Long leadUnitId, String reporterName, String reporterPhone, String reporterEmail, String reportedBy,
            int reopenCount, int unitsPassed, boolean anyAccepted, Long escalatedTaskId, String escalationReason,
            String replyText, Instant repliedAt, String repliedBy, String rating, Instant finishedAt, String resultNote,
            Long mergedInto, int version) {
    }

    Row row(long id) {
        return jdbc.sql("""
                select r.*, c.name as category_name, c.code as category_code, s.name as street_name,
                       m.name as community_name, g.name as grid_name
                from request r join request_category c on c.id = r.category_id
                left join request_area s on s.id = r.street_area_id
                left join request_area m on m.id = r.community_area_id
                left join request_area g on g.id = r.grid_area_id where r.id = ?""")
                .param(id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("number"), rs.getString("channel"),
                        rs.getLong("category_id"), rs.getString("category_name"), rs.getString("category_code"),
                        rs.getString("urgency"), rs.getString("description"), (Double) rs.getObject("lat"),
                        (Double) rs.getObject("lon"), rs.getString("address"), rs.getString("street_name"),
                        rs.getString("community_name"), rs.getString("grid_name"), (Long) rs.getObject("street_unit_id"),
                        RequestStatus.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(),
                        (Long) rs.getObject("lead_unit_id"), rs.getString("reporter_name"), rs.getString("reporter_phone"),
                        rs.getString("reporter_email"), rs.getString("reported_by"), rs.getInt("reopen_count"),
                        rs.getInt("units_passed"), rs.getBoolean("any_accepted"), (Long) rs.getObject("escalated_task_id"),
                        rs.getString("escalation_reason"), rs.getString("reply_text"), inst(rs, "replied_at"),
                        rs.getString("replied_by"), rs.getString("rating"), inst(rs, "finished_at"), rs.getString("result_note"),
                        (Long) rs.getObject("merged_into"), rs.getInt("version")))
                .optional().orElseThrow(() -> new NotFoundException("诉求", id));
    }

    /** The open lead dispatch of a request (主办), without computing clocks; empty when none. */
    public Optional<Long> currentLeadDispatch(long requestId) {
        return jdbc.sql("""
                select id from request_dispatch where request_id = ? and role = 'LEAD' and whistle_id is null
                  and status in ('OPEN', 'SIGNED') order by id desc limit 1""").param(requestId).query(Long.class).optional();
    }

    /** The request's version, for the optimistic lock of the reply. */
    public int version(long requestId) {
        return row(requestId).version();
    }

    /** The open dispatch of {@code unitId} on a request (e.g. a 吹哨报到 row). */
    public Optional<Long> openDispatchOf(long requestId, long unitId) {
        return jdbc.sql("select id from request_dispatch where request_id = ? and unit_id = ? and status in ('OPEN', 'SIGNED') order by id desc limit 1")
                .params(requestId, unitId).query(Long.class).optional();
    }

    /** Looks a request up by its public number. */
    public Optional<Long> idOf(String number) {
        return jdbc.sql("select id from request where number = ?").param(number).query(Long.class).optional();
    }

    private record DispatchRow(long id, long requestId, long unitId, String role, Long whistleId, String status) {
    }

    private DispatchRow dispatchRow(long id) {
        return jdbc.sql("select id, request_id, unit_id, role, whistle_id, status from request_dispatch where id = ?").param(id)
                .query((rs, n) -> new DispatchRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        (Long) rs.getObject(5), rs.getString(6))).optional()
                .orElseThrow(() -> new NotFoundException("派单", id));
    }

    /** A dispatch row, with the limits in force now stored on it: a later change of the limits leaves its clocks. */
    private void insertDispatch(long requestId, long unitId, String role, Long whistleId, int round, Instant at, CurrentUser me, String note) {
        Map.Entry<String, Urgency> kind = jdbc.sql("""
                select c.code, r.urgency from request r join request_category c on c.id = r.category_id where r.id = ?""")
                .param(requestId).query((rs, n) -> Map.entry(rs.getString(1), Urgency.valueOf(rs.getString(2)))).single();
        ClockLimits limits = settings.limits();
        String c = kind.getKey();
        Urgency u = kind.getValue();
        jdbc.sql("""
                insert into request_dispatch (request_id, unit_id, role, whistle_id, round, dispatched_at, dispatched_by, note,
                  sign_minutes, contact_minutes, finish_minutes, reply_minutes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, unitId, role, whistleId, round, Timestamp.from(at), me.displayName(), blankToNull(note),
                        limits.minutes(c, u, Stage.SIGN), limits.minutes(c, u, Stage.CONTACT),
                        limits.minutes(c, u, Stage.FINISH), limits.minutes(c, u, Stage.REPLY)).update();
    }

    private void setStatus(Row r, RequestStatus to, CurrentUser me, String kind, String note, String publicNote, Map<String, Object> extra) {
        Instant now = clock.instant();
        jdbc.sql("update request set status = ?, merged_into = coalesce(?, merged_into), updated_at = ?, version = version + 1 where id = ?")
                .params(to.name(), extra.get("merged_into"), Timestamp.from(now), r.id()).update();
        event(r.id(), now, me.displayName(), kind, note, publicNote, to);
        audit.record(me.auditName(), AuditAction.TRANSITION, subject(r.id()), kind + "：" + r.number(),
                Map.of("状态", r.status().label()), Map.of("状态", to.label(), "说明", note));
    }

    void event(long requestId, Instant at, String actor, String kind, String note, String publicNote, RequestStatus status) {
        jdbc.sql("insert into request_event (request_id, at, actor, kind, note, public_note, status) values (?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, Timestamp.from(at), actor, kind, note, publicNote, status.name()).update();
    }

    private void requireUnitUser(DispatchRow d, CurrentUser me) {
        if (!me.belongsTo(d.unitId())) {
            throw new ForbiddenException("只有" + unitName(d.unitId()) + "的人员可以办理这张派单");
        }
    }

    private void requireCentre(CurrentUser me) {
        if (!settings.isCentre(me)) {
            throw new ForbiddenException("只有指挥中心（督查室）可以进行此操作");
        }
    }

    private void requireUnit(long unitId) {
        if (org.unit(unitId).isEmpty()) {
            throw InvalidInputException.of("unitId", "单位不存在");
        }
    }

    private boolean isStreet(long unitId) {
        return org.unit(unitId).map(u -> u.type() == cn.luoshi.org.UnitType.STREET).orElse(false);
    }

    String unitName(long unitId) {
        return org.unit(unitId).map(Unit::shortName).orElse("单位" + unitId);
    }

    static AuditLog.Subject subject(long id) {
        return new AuditLog.Subject("request", id, null, null);
    }

    static Map<String, Object> snapshot(String number, String category, String description, RequestStatus status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("编号", number);
        m.put("分类", category);
        m.put("内容", cut(description, 100));
        m.put("状态", status.label());
        return m;
    }

    static Instant inst(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static Instant inst(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String orDash(String s) {
        return s == null ? "—" : s;
    }

    static String cut(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n) + "…";
    }
}
