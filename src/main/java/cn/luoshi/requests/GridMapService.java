package cn.luoshi.requests;

import cn.luoshi.audit.AuditAction;
import cn.luoshi.audit.AuditLog;
import cn.luoshi.common.ForbiddenException;
import cn.luoshi.common.InvalidInputException;
import cn.luoshi.org.CurrentUser;
import cn.luoshi.org.OrgDirectory;
import cn.luoshi.org.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The district's grid map: upload (admin), the areas, point lookup, and the GeoJSON for ECharts. */
@Service
public class GridMapService {

    /** Where a point lies, as stored ids. */
    public record Located(long streetId, Long communityId, Long gridId, Long streetUnitId) {
    }

    /** An area as listed (with its map name for ECharts). */
    public record AreaRow(long id, String kind, String code, String name, Long unitId) {
    }

    private record Loaded(long mapId, GridMap map, Map<String, AreaRow> byCode) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final OrgDirectory org;
    private final AtomicReference<Loaded> cache = new AtomicReference<>();

    GridMapService(JdbcClient jdbc, AuditLog audit, OrgDirectory org) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.org = org;
    }

    /** Replaces the map (管理员上传). Streets name their unit with {@code properties.unit}. */
    @Transactional
    public long upload(String name, String geojson, CurrentUser me) {
        if (!me.isAdmin() && !me.managesLedger()) {
            throw new ForbiddenException("只有管理员可以上传网格地图");
        }
        GridMap map;
        try {
            map = GridMap.parse(geojson);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("file", e.getMessage());
        }
        Map<String, Long> units = new HashMap<>();
        for (GridMap.Area a : map.areas()) {
            if (a.kind() == GridMap.Kind.STREET) {
                String unitName = a.unit() == null ? a.name() : a.unit();
                Optional<Unit> u = org.findUnitByName(unitName);
                if (u.isEmpty()) {
                    throw InvalidInputException.of("file", "街道“" + a.name() + "”对应的单位“" + unitName + "”不存在，请先在单位管理中建立");
                }
                units.put(a.code(), u.get().id());
            }
        }
        jdbc.sql("update request_map set active = false where active").update();
        long mapId = jdbc.sql("insert into request_map (name, geojson, uploaded_by) values (?, ?, ?) returning id")
                .params(name == null || name.isBlank() ? "网格地图" : name.trim(), geojson, me.displayName())
                .query(Long.class).single();
        Map<String, Long> ids = new HashMap<>();
        for (GridMap.Kind kind : GridMap.Kind.values()) {
            for (GridMap.Area a : map.areas()) {
                if (a.kind() != kind) {
                    continue;
                }
                var e = a.envelope();
                long id = jdbc.sql("""
                        insert into request_area (map_id, kind, code, name, parent_id, unit_id, geometry, min_lon, min_lat, max_lon, max_lat)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(mapId, kind.name(), a.code(), a.name(), a.parent() == null ? null : ids.get(a.parent()),
                                units.get(a.code()), a.geometry(), e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())
                        .query(Long.class).single();
                ids.put(a.code(), id);
            }
        }
        audit.record(me.auditName(), AuditAction.CREATE, new AuditLog.Subject("request_map", mapId, null, null),
                "上传网格地图「" + name + "」", null, Map.of("区域数", map.areas().size()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.set(null);
                }
            });
        }
        cache.set(null);
        return mapId;
    }

    public boolean hasMap() {
        return loaded() != null;
    }

    /** The street, community and grid cell of a point, when the map covers it. */
    public Optional<Located> locate(double lat, double lon) {
        Loaded l = loaded();
        if (l == null) {
            return Optional.empty();
        }
        return l.map().locate(lat, lon).map(loc -> new Located(l.byCode().get(loc.street().code()).id(),
                loc.community() == null ? null : l.byCode().get(loc.community().code()).id(),
                loc.grid() == null ? null : l.byCode().get(loc.grid().code()).id(),
                l.byCode().get(loc.street().code()).unitId()));
    }

    /** The uploaded GeoJSON of the active map, for ECharts {@code registerMap}; null when none. */
    public String geojson() {
        return jdbc.sql("select geojson from request_map where active order by id desc limit 1").query(String.class).optional().orElse(null);
    }

    public List<AreaRow> areas(String kind) {
        return jdbc.sql("""
                select a.id, a.kind, a.code, a.name, a.unit_id from request_area a join request_map m on m.id = a.map_id
                where m.active and a.kind = ? order by a.code""").param(kind)
                .query((rs, n) -> new AreaRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5))).list();
    }

    private Loaded loaded() {
        Loaded l = cache.get();
        if (l != null) {
            return l;
        }
        var row = jdbc.sql("select id, geojson from request_map where active order by id desc limit 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
        if (row.isEmpty()) {
            return null;
        }
        Map<String, AreaRow> byCode = new HashMap<>();
        jdbc.sql("select id, kind, code, name, unit_id from request_area where map_id = ?").param(row.get().getKey())
                .query((rs, n) -> new AreaRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5))).list().forEach(a -> byCode.put(a.code(), a));
        l = new Loaded(row.get().getKey(), GridMap.parse(row.get().getValue()), byCode);
        cache.set(l);
        return l;
    }
}
