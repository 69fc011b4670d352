package cn.luoshi.ingest.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 职责关键词目录: which units take which keywords, street offices' place names, and whole-word matching. */
class DutyCatalogueTest {

    static final DutyCatalogue CATALOGUE = DutyCatalogue.standard();

    @Test
    void aUnitTakesTheKeywordsOfEveryEntryItsNameAnswersTo() {
        List<String> schoolsAndSports = CATALOGUE.keywordsFor("区教育体育局", "教体");
        assertThat(schoolsAndSports).contains("学位", "幼儿园", "全民健身").doesNotContain("养老");
        assertThat(CATALOGUE.keywordsFor("区住房和城乡建设局", "住建")).contains("老旧小区", "物业", "住房");
        assertThat(CATALOGUE.keywordsFor("区自然资源和规划局", "规划")).contains("国土空间规划", "耕地");
        assertThat(CATALOGUE.keywordsFor("区卫生健康委员会", "卫健")).contains("家庭医生", "托育");
        assertThat(CATALOGUE.keywordsFor("区文化广电和旅游局", "文旅")).contains("景区", "非遗");
        // leadership bodies and supervision groups answer to no entry
        assertThat(CATALOGUE.keywordsFor("中共**区委员会", "区委")).isEmpty();
        assertThat(CATALOGUE.keywordsFor("区委第一督查组", "第一督查组")).isEmpty();
    }

    @Test
    void everyDepartmentTheBriefListsIsInTheCatalogue() {
        for (String[] unit : new String[][] {{"区发展和改革委员会", "发改"}, {"区民政局", "民政"},
                {"区人力资源和社会保障局", "人社"}, {"区城市管理局", "城管"}, {"区生态环境分局", "生态环境"},
                {"区市场监督管理局", "市场监管"}, {"区应急管理局", "应急"}, {"区信访局", "信访"}, {"区统计局", "统计"},
                {"区财政局", "财政"}, {"区商务局", "商务"}, {"区投资促进局", "投促"}, {"区农业农村局", "农业农村"},
                {"区水务局", "水务"}, {"区交通运输局", "交通"}}) {
            assertThat(CATALOGUE.keywordsFor(unit[0], unit[1])).as(unit[0]).hasSizeGreaterThan(5);
        }
    }

    @Test
    void aStreetOfficeTakesItsPlaceNameUnlessItIsACommonWordAndItsCommunities() {
        assertThat(DutyCatalogue.placeKeywords("东城街道", "东城街道办事处", List.of("鸿运社区")))
                .containsExactly("东城街道", "东城", "鸿运社区");
        // 新城 is an ordinary word (新城建设): only the full name counts
        assertThat(DutyCatalogue.placeKeywords("新城街道", "新城街道办事处", List.of())).containsExactly("新城街道");
        assertThat(DutyCatalogue.placeKeywords(null, "江口镇", List.of())).containsExactly("江口镇", "江口");
    }

    @Test
    void theDutiesOfADepartmentTheDistrictHasNotGoToTheOneNamedInTheFourthColumn() {
        // no 投资促进局: 区商务局 takes 招商 (区商务局加挂投资促进局牌子); with one, 招商 stays with it
        assertThat(CATALOGUE.keywordsFor("区商务局", "商务", List.of("区商务局", "商务", "区财政局", "财政")))
                .contains("招商引资", "项目招引", "消费");
        assertThat(CATALOGUE.keywordsFor("区商务局", "商务", List.of("区商务局", "区投资促进局")))
                .doesNotContain("招商引资").contains("消费");
        assertThat(CATALOGUE.keywordsFor("区商务局", "商务")).doesNotContain("招商");
        assertThat(CATALOGUE.keywordsFor("区财政局", "财政", List.of("区财政局", "区商务局"))).doesNotContain("招商");
        assertThatThrownBy(() -> DutyCatalogue.parse("招商 | 投促 | 招商 | 归商务")).hasMessageContaining("否则归");
        assertThat(DutyCatalogue.parse("招商 | 投促 | 招商 | 否则归：商务,经信").entries().get(0).orElse())
                .containsExactly("商务", "经信");
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> DutyCatalogue.parse("# 注释\n住建 | 住房和城乡建设\n"))
                .hasMessageContaining("第2行");
        assertThat(DutyCatalogue.parse("住建 | 住建,住房 | 物业、老旧小区、物业").entries())
                .singleElement().satisfies(e -> assertThat(e.keywords()).containsExactly("物业", "老旧小区"));
    }

    @Test
    void shortKeywordsMatchWholeWordsOnlyLongOnesAnywhere() {
        Segments.Words w = Segments.of("打造高性价比的消费场景，完成江口街道社区卫生服务中心迁建，加快发展数字经济");
        assertThat(w.contains("价格")).isFalse();
        assertThat(w.contains("消费")).isTrue();
        assertThat(w.contains("社区卫生服务中心")).isTrue();
        assertThat(w.contains("数字经济")).isTrue();
        assertThat(w.contains("字经")).isFalse();
        assertThat(Segments.significant("推进一刻钟便民生活圈建设")).containsExactly("一刻钟", "便民", "生活圈");
    }
}
