package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridMapTest {

    static String square(String kind, String code, String name, String parent, double lon0, double lat0, double size) {
        return """
                {"type":"Feature","properties":{"kind":"%s","code":"%s","name":"%s"%s},
                 "geometry":{"type":"Polygon","coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}}"""
                .formatted(kind, code, name, parent == null ? "" : ",\"parent\":\"" + parent + "\"",
                        lon0, lat0, lon0 + size, lat0, lon0 + size, lat0 + size, lon0, lat0 + size, lon0, lat0);
    }

    static final String MAP = "{\"type\":\"FeatureCollection\",\"features\":["
            + square("street", "S1", "东城街道", null, 116.0, 39.0, 0.1) + ","
            + square("street", "S2", "西城街道", null, 116.1, 39.0, 0.1) + ","
            + square("community", "C1", "鸿运社区", "S1", 116.0, 39.0, 0.05) + ","
            + square("grid", "G1", "鸿运1号网格", "C1", 116.0, 39.0, 0.025) + "]}";

    @Test
    void aPointResolvesToStreetCommunityAndGrid() {
        GridMap map = GridMap.parse(MAP);
        var loc = map.locate(39.01, 116.01).orElseThrow();
        assertThat(loc.street().name()).isEqualTo("东城街道");
        assertThat(loc.community().name()).isEqualTo("鸿运社区");
        assertThat(loc.grid().name()).isEqualTo("鸿运1号网格");
        var west = map.locate(39.05, 116.15).orElseThrow();
        assertThat(west.street().name()).isEqualTo("西城街道");
        assertThat(west.community()).isNull();
        assertThat(map.locate(38.5, 116.05)).isEmpty(); // outside the district
    }

    @Test
    void badMapsAreRefusedWithTheFeatureNamed() {
        assertThatThrownBy(() -> GridMap.parse("{\"type\":\"Feature\"}")).hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> GridMap.parse("{\"type\":\"FeatureCollection\",\"features\":["
                + square("grid", "G1", "孤立网格", "C9", 116.0, 39.0, 0.1) + ","
                + square("street", "S1", "东城街道", null, 116.0, 39.0, 0.1) + "]}"))
                .hasMessageContaining("上级编码C9不存在");
        assertThatThrownBy(() -> GridMap.parse("{\"type\":\"FeatureCollection\",\"features\":["
                + square("river", "R1", "河", null, 116.0, 39.0, 0.1) + "]}")).hasMessageContaining("第1个要素");
        assertThatThrownBy(() -> GridMap.parse("not json")).hasMessageContaining("GeoJSON");
    }
}
