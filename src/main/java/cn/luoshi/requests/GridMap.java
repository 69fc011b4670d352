package cn.luoshi.requests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 网格地图: the district's boundaries as the admin uploads them — a GeoJSON FeatureCollection whose features carry
 * {@code properties.kind} (street 街道 / community 社区 / grid 网格), {@code code}, {@code name}, {@code parent} (the
 * code of the enclosing area) and, for streets, {@code unit} (the street's unit name). A point resolves to street →
 * community → grid cell by point-in-polygon (JTS). No tiles, no internet: ECharts draws the same file.
 */
public final class GridMap {

    public enum Kind {
        STREET("街道"), COMMUNITY("社区"), GRID("网格");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One area of the map; {@code geometry} is its GeoJSON geometry text. */
    public record Area(Kind kind, String code, String name, String parent, String unit, String geometry,
            Envelope envelope) {
    }

    /** Where a point lies (any level may be null when the map has no area there). */
    public record Location(Area street, Area community, Area grid) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GF = new GeometryFactory();

    private final List<Area> areas;
    private final Map<String, PreparedGeometry> shapes = new HashMap<>();

    private GridMap(List<Area> areas, Map<String, Geometry> geometries) {
        this.areas = List.copyOf(areas);
        geometries.forEach((code, g) -> shapes.put(code, PreparedGeometryFactory.prepare(g)));
    }

    /**
     * Reads and checks an uploaded map.
     *
     * @throws IllegalArgumentException with a Chinese message naming the feature at fault
     */
    public static GridMap parse(String geojson) {
        JsonNode root;
        try {
            root = JSON.readTree(geojson);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("地图文件不是有效的GeoJSON：" + e.getMessage());
        }
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new IllegalArgumentException("地图文件须为GeoJSON FeatureCollection");
        }
        List<Area> areas = new ArrayList<>();
        Map<String, Geometry> geometries = new HashMap<>();
        Set<String> codes = new HashSet<>();
        int i = 0;
        for (JsonNode f : root.path("features")) {
            i++;
            JsonNode p = f.path("properties");
            String where = "第" + i + "个要素";
            String kindText = p.path("kind").asString("");
            Kind kind = switch (kindText.toLowerCase()) {
                case "street", "街道" -> Kind.STREET;
                case "community", "社区" -> Kind.COMMUNITY;
                case "grid", "网格" -> Kind.GRID;
                default -> throw new IllegalArgumentException(where + "：kind须为street、community或grid，实为“" + kindText + "”");
            };
            String code = p.path("code").asString("").trim();
            String name = p.path("name").asString("").trim();
            if (code.isEmpty() || name.isEmpty()) {
                throw new IllegalArgumentException(where + "：缺少code或name");
            }
            if (!codes.add(code)) {
                throw new IllegalArgumentException(where + "：编码" + code + "重复");
            }
            Geometry g = geometry(f.path("geometry"), where + "（" + name + "）");
            String parent = p.path("parent").asString(null);
            String unit = p.path("unit").asString(null);
            areas.add(new Area(kind, code, name, parent, unit, f.path("geometry").toString(), g.getEnvelopeInternal()));
            geometries.put(code, g);
        }
        if (areas.stream().noneMatch(a -> a.kind() == Kind.STREET)) {
            throw new IllegalArgumentException("地图中没有街道（kind=street）");
        }
        for (Area a : areas) {
            if (a.kind() != Kind.STREET && (a.parent() == null || !codes.contains(a.parent()))) {
                throw new IllegalArgumentException(a.kind().label() + "“" + a.name() + "”的上级编码" + a.parent() + "不存在");
            }
        }
        return new GridMap(areas, geometries);
    }

    private static Geometry geometry(JsonNode g, String where) {
        String type = g.path("type").asString("");
        try {
            return switch (type) {
                case "Polygon" -> polygon(g.path("coordinates"));
                case "MultiPolygon" -> {
                    List<Polygon> parts = new ArrayList<>();
                    for (JsonNode poly : g.path("coordinates")) {
                        parts.add(polygon(poly));
                    }
                    yield GF.createMultiPolygon(parts.toArray(Polygon[]::new));
                }
                default -> throw new IllegalArgumentException("几何类型须为Polygon或MultiPolygon，实为“" + type + "”");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "：" + e.getMessage());
        }
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> list = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> cs = new ArrayList<>();
            for (JsonNode c : ring) {
                double lon = c.get(0).asDouble();
                double lat = c.get(1).asDouble();
                if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                    throw new IllegalArgumentException("坐标超出经纬度范围");
                }
                cs.add(new Coordinate(lon, lat));
            }
            if (cs.size() < 4 || !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                throw new IllegalArgumentException("多边形须闭合且至少4个点");
            }
            list.add(GF.createLinearRing(cs.toArray(Coordinate[]::new)));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("多边形没有坐标");
        }
        return GF.createPolygon(list.get(0), list.subList(1, list.size()).toArray(LinearRing[]::new));
    }

    public List<Area> areas() {
        return areas;
    }

    /** The street, community and grid cell containing the point; empty when the point is outside every street. */
    public Optional<Location> locate(double lat, double lon) {
        var point = GF.createPoint(new Coordinate(lon, lat));
        Area street = find(Kind.STREET, null, point);
        if (street == null) {
            return Optional.empty();
        }
        Area community = find(Kind.COMMUNITY, street.code(), point);
        Area grid = community == null ? null : find(Kind.GRID, community.code(), point);
        return Optional.of(new Location(street, community, grid));
    }

    private Area find(Kind kind, String parent, org.locationtech.jts.geom.Point point) {
        for (Area a : areas) {
            if (a.kind() == kind && (parent == null || parent.equals(a.parent()))
                    && a.envelope().covers(point.getCoordinate()) && shapes.get(a.code()).covers(point)) {
                return a;
            }
        }
        return null;
    }
}
