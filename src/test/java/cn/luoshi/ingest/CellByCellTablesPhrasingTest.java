package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
import static cn.luoshi.ingest.Drafted.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Session 22: a task table whose header was not copied, saved a cell at a time with a line of nothing but a pipe
 * between cells (a web page's table as a scraper gives it), each unit of a cell on a line of its own; and a section
 * heading between the rows of a table belongs to the rows after it.
 */
class CellByCellTablesPhrasingTest {

    private static final String TABLE = String.join("\n|\n",
            "1", "一、主要预期目标", "全县城镇新增就业2400人以上。", "就业股", "王建平", "2025年底前", "6612345",
            "2", "新建改造农村公路120公里。", "县交通运输局\n县公路中心", "李红\n赵强", "2025年11月底前", "6612301\n6612302",
            "3", "二、民生保障", "改造提升老旧小区15个。", "县住建局", "", "2025年10月底前", "6612310",
            "4", "新增托位300个。", "县卫健委", "周敏", "2025年底前", "6612320") + "\n";

    @Test
    void aHeaderlessTableSavedACellAtATimeBecomesOneTaskPerRowWithItsUnits() {
        DirectiveDraft d = draft(TABLE);
        Map<String, DirectiveDraft.Node> byId = byId(d);
        assertThat(d.units()).extracting(u -> byId.get(u.node()).marker(), u -> u.name(), u -> u.role())
                .containsExactly(tuple("1", "就业股", "owner"), tuple("2", "县交通运输局", "owner"),
                        tuple("2", "县公路中心", "owner"), tuple("3", "县住建局", "owner"), tuple("4", "县卫健委", "owner"));
        // neither a person (王建平) nor a telephone number is read as a unit or a value
        assertThat(d.targets()).extracting(t -> plain(t.value()), t -> t.unit())
                .containsExactly(tuple("2400", "人"), tuple("120", "公里"), tuple("15", "个"), tuple("300", "个"));
        assertThat(d.targets()).extracting(t -> t.due().getMonthValue()).containsExactly(12, 11, 10, 12);
    }

    @Test
    void aSectionHeadingBetweenRowsHoldsTheRowsAfterIt() {
        DirectiveDraft d = draft(TABLE);
        Map<String, DirectiveDraft.Node> byId = byId(d);
        assertThat(d.nodes()).filteredOn(n -> n.depth() == 2)
                .extracting(n -> n.marker(), n -> byId.get(n.parent()).marker())
                .containsExactly(tuple("1", "一、"), tuple("2", "一、"), tuple("3", "二、"), tuple("4", "二、"));
    }

    @Test
    void aSectionHeadingBetweenTheRowsOfATableWithAHeaderHoldsTheRowsAfterIt() {
        DirectiveDraft d = draft("序号\t工作任务\t牵头单位\t完成时限\n一、稳增长\n1\t新开工亿元以上项目20个\t县发改局\t12月底前\n"
                + "2\t新增规上工业企业15家\t县工信局\t12月底前\n二、惠民生\n3\t新建城市书房5个\t县文旅局\t10月底前\n");
        Map<String, DirectiveDraft.Node> byId = byId(d);
        assertThat(d.nodes()).filteredOn(n -> n.depth() == 2)
                .extracting(n -> n.marker(), n -> byId.get(n.parent()).marker())
                .containsExactly(tuple("1", "一、"), tuple("2", "一、"), tuple("3", "二、"));
    }

    /**
     * A wide table saved one cell per line with a category column: the category a row opens heads it and the rows
     * after it; a second item of work under a row's number goes with the row; a value equal to the next row's number
     * is a value; a row whose category is merged above and whose empty cells were not saved is read by what its cells
     * hold.
     */
    @Test
    void aWideTableWithACategoryColumnIsReadByWhatItsCellsHold() {
        String table = String.join(" |\n", "序号", "类别", "项目名称", "目标任务", "牵头单位", "目标任务", "累计完成", "累计进度", "备注",
                "1", "一、就业促进(2项)", "促进重点群体就业", "城镇新增就业900人", "县人社局", "900", "870", "96.7%", "",
                "零就业家庭动态清零社区5个", "5", "5", "100%", "",
                "2", "支持毕业生创业", "发放一次性创业补贴", "县人社局", "", "目前已完成申报受理，待审核后发放。",
                "3", "二、社会保障(1项)", "公益性公墓建设", "新建城乡公益性公墓4个", "县民政局", "4", "4", "100%", "按工程进度测算",
                "4", "农村敬老院提升", "改造提升农村敬老院2家", "县民政局", "2", "1", "50%", "") + " |\n";
        DirectiveDraft d = draft(table);
        Map<String, DirectiveDraft.Node> byId = byId(d);
        assertThat(d.nodes()).extracting(n -> n.depth(), n -> n.marker()).containsExactly(tuple(1, "一、"), tuple(2, "1"),
                tuple(2, "2"), tuple(1, "二、"), tuple(2, "3"), tuple(2, "4"));
        assertThat(d.units()).extracting(u -> byId.get(u.node()).marker(), u -> u.name(), u -> u.role()).containsExactly(
                tuple("1", "县人社局", "lead"), tuple("2", "县人社局", "lead"), tuple("3", "县民政局", "lead"),
                tuple("4", "县民政局", "lead"));
        assertThat(d.targets()).extracting(t -> byId.get(t.node()).marker(), t -> plain(t.value()), t -> t.unit())
                .containsExactly(tuple("1", "900", "人"), tuple("1", "5", "个"), tuple("3", "4", "个"), tuple("4", "2", "家"));
    }

    @Test
    void aRowWithTwoUnitColumnsAndItsCategoryMergedAboveFillsTheUnitColumnsInTurn() {
        DirectiveDraft d = draft(String.join("\n\n", "序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位",
                "1", "办好教育", "新建中小学校", "新建中小学校3所。", "区教体局", "区住建局",
                "2", "托育服务", "新增托班6个。", "区卫健局", "区住建局", "区财政局", "区机关事务局") + "\n");
        assertThat(units(d)).containsExactly(tuple("区教体局", "lead"), tuple("区住建局", "co"), tuple("区卫健局", "lead"),
                tuple("区住建局", "co"), tuple("区财政局", "co"), tuple("区机关事务局", "co"));
    }

    private static Map<String, DirectiveDraft.Node> byId(DirectiveDraft d) {
        return d.nodes().stream().collect(Collectors.toMap(DirectiveDraft.Node::id, Function.identity()));
    }
}
