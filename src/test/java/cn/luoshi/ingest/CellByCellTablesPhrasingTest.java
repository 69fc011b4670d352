package cn.luoshi.ingest;

import static cn.luoshi.ingest.Drafted.draft;
import static cn.luoshi.ingest.Drafted.plain;
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
        Map<String, DirectiveDraft.Node> byId = d.nodes().stream()
                .collect(Collectors.toMap(DirectiveDraft.Node::id, Function.identity()));
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
        Map<String, DirectiveDraft.Node> byId = d.nodes().stream()
                .collect(Collectors.toMap(DirectiveDraft.Node::id, Function.identity()));
        assertThat(d.nodes()).filteredOn(n -> n.depth() == 2)
                .extracting(n -> n.marker(), n -> byId.get(n.parent()).marker())
                .containsExactly(tuple("1", "一、"), tuple("2", "一、"), tuple("3", "二、"), tuple("4", "二、"));
    }

    @Test
    void aSectionHeadingBetweenTheRowsOfATableWithAHeaderHoldsTheRowsAfterIt() {
        DirectiveDraft d = draft("序号\t工作任务\t牵头单位\t完成时限\n一、稳增长\n1\t新开工亿元以上项目20个\t县发改局\t12月底前\n"
                + "2\t新增规上工业企业15家\t县工信局\t12月底前\n二、惠民生\n3\t新建城市书房5个\t县文旅局\t10月底前\n");
        Map<String, DirectiveDraft.Node> byId = d.nodes().stream()
                .collect(Collectors.toMap(DirectiveDraft.Node::id, Function.identity()));
        assertThat(d.nodes()).filteredOn(n -> n.depth() == 2)
                .extracting(n -> n.marker(), n -> byId.get(n.parent()).marker())
                .containsExactly(tuple("1", "一、"), tuple("2", "一、"), tuple("3", "二、"));
    }
}
