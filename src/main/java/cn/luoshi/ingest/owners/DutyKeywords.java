package cn.luoshi.ingest.owners;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.common.NotFoundException;
import cn.luoshi.common.Violations;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import cn.luoshi.org.UnitType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' duty keywords (职责关键词), stored per unit in {@code unit_duty_keyword}. A unit is seeded once from the
 * catalogue ({@link DutyCatalogue}) the first time the keywords are read after it exists; from then on the admin's
 * additions and removals stand (each audited). Read by the owner suggestions of 讲话转台账.
 */
@Service
public class DutyKeywords {

    /** Unit types that never lead a drafted task: leadership bodies, supervision groups, communities. */
    private static final Set<UnitType> NOT_SEEDED = Set.of(UnitType.LEADERSHIP, UnitType.SUPERVISION_GROUP,
            UnitType.COMMUNITY);
    static final int KEYWORD_MAX = 20;

    /** A stored keyword. */
    public record Keyword(long id, long unitId, String keyword) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final DutyCatalogue catalogue = DutyCatalogue.standard();

    DutyKeywords(JdbcClient jdbc, OrgDirectory org, AuditLog audit) {
        this.jdbc = jdbc;
        this.org = org;
        this.audit = audit;
    }

    /**
     * Every unit's keywords (unit id → keywords in the order they were added), seeding first the units that have
     * none yet. Runs in the caller's transaction (the upload of a speech, the keywords page).
     */
    @Transactional
    public Map<Long, List<String>> all() {
        seedNewUnits();
        Map<Long, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("select unit_id, keyword from unit_duty_keyword order by unit_id, id")
                .query((rs, i) -> out.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>())
                        .add(rs.getString("keyword")))
                .list();
        return out;
    }

    /** The stored keywords with their ids, for the admin page. */
    @Transactional
    public List<Keyword> list() {
        seedNewUnits();
        return jdbc.sql("select id, unit_id, keyword from unit_duty_keyword order by unit_id, id")
                .query((rs, i) -> new Keyword(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("keyword")))
                .list();
    }

    /**
     * Takes the catalogue's keywords for each active unit not seeded yet (departments by their name, street offices
     * by their place and communities). The seed mark is claimed first, so two uploads at once seed a unit once.
     */
    void seedNewUnits() {
        List<Long> done = jdbc.sql("select unit_id from unit_duty_seeded").query(Long.class).list();
        List<Unit> units = org.units();
        List<String> names = new ArrayList<>();
        units.stream().filter(x -> x.type() == UnitType.DEPARTMENT).forEach(x -> {
            names.add(x.fullName());
            if (x.shortName() != null) {
                names.add(x.shortName());
            }
        });
        for (Unit u : units) {
            if (done.contains(u.id()) || NOT_SEEDED.contains(u.type())) {
                continue;
            }
            boolean claimed = jdbc.sql("insert into unit_duty_seeded (unit_id) values (?) on conflict do nothing")
                    .param(u.id()).update() == 1;
            if (!claimed) {
                continue;
            }
            List<String> keywords = u.type() == UnitType.STREET
                    ? DutyCatalogue.placeKeywords(u.shortName(), u.fullName(), units.stream()
                            .filter(c -> c.type() == UnitType.COMMUNITY && u.id() == (c.parentId() == null ? -1 : c.parentId()))
                            .map(Unit::shortName).toList())
                    : catalogue.keywordsFor(u.fullName(), u.shortName(), names);
            for (String k : keywords) {
                if (valid(k)) {
                    jdbc.sql("""
                            insert into unit_duty_keyword (unit_id, keyword, created_by) values (?, ?, '系统（职责关键词目录）')
                            on conflict do nothing""").params(u.id(), k).update();
                }
            }
            if (!keywords.isEmpty()) {
                audit.record("system", AuditAction.CREATE, new AuditLog.Subject("职责关键词", u.id(), null, null),
                        "职责关键词：" + u.fullName() + " 按目录载入" + keywords.size() + "个", null,
                        snapshot(u.fullName(), String.join("、", keywords)));
            }
        }
    }

    private static boolean valid(String k) {
        return k != null && !k.isBlank() && k.length() <= KEYWORD_MAX && !k.matches(".*[\\s、,，|].*");
    }

    /**
     * Adds keywords to a unit (the admin types one or several, separated by 、 , ， or spaces); keywords the unit
     * already has are skipped. Returns the keywords added.
     *
     * @throws InvalidInputException (field {@code keyword}) when nothing usable was typed or a keyword is too long
     */
    @Transactional
    public List<String> add(long unitId, String typed, CurrentUser me) {
        requireAdmin(me);
        Unit unit = org.unit(unitId).orElseThrow(() -> new NotFoundException("单位", unitId));
        seedNewUnits();
        Set<String> words = new LinkedHashSet<>();
        for (String w : (typed == null ? "" : typed).split("[\\s、,，;；|]+")) {
            if (!w.isBlank()) {
                words.add(w.strip());
            }
        }
        Violations v = new Violations();
        v.check(!words.isEmpty(), "keyword", "请填写关键词（多个关键词用顿号分隔）");
        for (String w : words) {
            v.check(w.length() <= KEYWORD_MAX, "keyword", "关键词「" + w + "」超过" + KEYWORD_MAX + "个字");
        }
        v.throwIfAny();
        List<String> added = new ArrayList<>();
        for (String w : words) {
            Long id = jdbc.sql("""
                    insert into unit_duty_keyword (unit_id, keyword, created_by) values (?, ?, ?)
                    on conflict do nothing returning id""").params(unitId, w, me.auditName())
                    .query(Long.class).optional().orElse(null);
            if (id != null) {
                added.add(w);
                audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("职责关键词", id, null, null),
                        "职责关键词：" + unit.fullName() + " 新增「" + w + "」", null,
                        snapshot(unit.fullName(), w));
            }
        }
        return added;
    }

    /** Removes one keyword (audited). */
    @Transactional
    public void remove(long keywordId, CurrentUser me) {
        requireAdmin(me);
        Keyword k = jdbc.sql("delete from unit_duty_keyword where id = ? returning id, unit_id, keyword")
                .param(keywordId)
                .query((rs, i) -> new Keyword(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("keyword")))
                .optional().orElseThrow(() -> new NotFoundException("职责关键词", keywordId));
        String unit = org.unit(k.unitId()).map(Unit::fullName).orElse("单位" + k.unitId());
        audit.record(me.auditName(), AuditAction.DELETE, new AuditLog.Subject("职责关键词", k.id(), null, null),
                "职责关键词：" + unit + " 删除「" + k.keyword() + "」", snapshot(unit, k.keyword()), null);
    }

    private static Map<String, Object> snapshot(String unit, String keywords) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("单位", unit);
        m.put("关键词", keywords);
        return m;
    }

    static void requireAdmin(CurrentUser me) {
        if (!me.isAdmin()) {
            throw new ForbiddenException("仅系统管理员可以维护职责关键词");
        }
    }
}
