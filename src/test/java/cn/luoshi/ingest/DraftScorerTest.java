package cn.luoshi.ingest;

import cn.luoshi.ingest.DraftScorer.FigureItem;
import cn.luoshi.ingest.DraftScorer.NodeItem;
import cn.luoshi.ingest.DraftScorer.Prf;
import cn.luoshi.ingest.DraftScorer.Reference;
import cn.luoshi.ingest.DraftScorer.TargetItem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DraftScorerTest {

    private static Reference ref(List<NodeItem> nodes, List<TargetItem> targets, List<FigureItem> figures) {
        return new Reference("r.txt", nodes, targets, figures, true, true, true);
    }

    private static DraftScorer.DocumentScore score(Reference ref, List<NodeItem> nodes, List<TargetItem> targets,
                                                   List<FigureItem> figures) {
        return DraftScorer.score("r.txt", nodes, targets, figures, ref);
    }

    @Test
    void nodeTitlesMatchOnTheirFirstSixCharactersIgnoringPunctuationAndALeadingYao() {
        assertThat(DraftScorer.nodeMatches(new NodeItem(2, "一方面", "要立足当前稳定经济增长"),
                new NodeItem(2, "一方面", "立足当前，稳定增长"))).isTrue();
        assertThat(DraftScorer.nodeMatches(new NodeItem(1, "一、", "坚持挺起制造业这个脊梁"),
                new NodeItem(1, "一、", "坚持挺起制造"))).isTrue();
        assertThat(DraftScorer.nodeMatches(new NodeItem(1, "一、", "坚持挺起制造业"),
                new NodeItem(2, "一、", "坚持挺起制造业"))).as("depth differs").isFalse();
        assertThat(DraftScorer.nodeMatches(new NodeItem(1, "一、", "坚持挺起制造业"),
                new NodeItem(1, "（一）", "坚持挺起制造业"))).as("marker differs").isFalse();
        assertThat(DraftScorer.nodeMatches(new NodeItem(1, "一、", "坚持挺起制造业"),
                new NodeItem(1, "一、", "坚持挺起服务业"))).isFalse();
        assertThat(DraftScorer.titleKey("“书香**”建设")).isEqualTo("书香建设");
    }

    @Test
    void targetsMatchOnValueUnitAndHalfTheObject() {
        TargetItem reference = new TargetItem(new BigDecimal("115"), "个", "老旧小区改造", false);
        assertThat(DraftScorer.targetMatches(reference, new TargetItem(new BigDecimal("115.0"), "个", "小区改造任务", false))).isTrue();
        assertThat(DraftScorer.targetMatches(reference, new TargetItem(new BigDecimal("115"), "家", "老旧小区改造", false))).isFalse();
        assertThat(DraftScorer.targetMatches(reference, new TargetItem(new BigDecimal("115"), "个", "改造", false)))
                .as("2 of 6 characters").isFalse();
        TargetItem masked = new TargetItem(null, "条", "背街小巷整治", true);
        assertThat(DraftScorer.targetMatches(masked, new TargetItem(null, "条", "背街小巷整治", true))).isTrue();
        assertThat(DraftScorer.targetMatches(masked, new TargetItem(new BigDecimal("3"), "条", "背街小巷整治", false))).isFalse();
    }

    @Test
    void figuresMatchOnMeasureValueAndHalfTheSubjectAndMaskedOnesAreNotScored() {
        Reference reference = ref(List.of(), List.of(), List.of(
                new FigureItem("gap_pp", new BigDecimal("-1.7"), "固定资产投资增速"),
                new FigureItem("count", null, "工业企业")));
        var s = score(reference, List.of(), List.of(), List.of(
                new FigureItem("gap_pp", new BigDecimal("-1.70"), "固定资产投资"),
                new FigureItem("count", null, "民营企业")));
        assertThat(s.figures()).isEqualTo(new Prf(1, 0, 0));
        assertThat(DraftScorer.figureMatches(new FigureItem("gap_pp", new BigDecimal("-1.7"), "固定资产投资增速"),
                new FigureItem("growth_pct", new BigDecimal("-1.7"), "固定资产投资增速"))).isFalse();
    }

    @Test
    void eachReferenceItemIsMatchedAtMostOnce() {
        Reference reference = ref(List.of(new NodeItem(2, "要", "稳企业"), new NodeItem(2, "要", "稳投资")),
                List.of(), List.of());
        var s = score(reference, List.of(new NodeItem(2, "要", "稳企业"), new NodeItem(2, "要", "稳企业"),
                new NodeItem(2, "要", "稳就业")), List.of(), List.of());
        assertThat(s.nodes()).isEqualTo(new Prf(1, 2, 1));
        assertThat(s.nodes().precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.nodes().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.nodes().f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void nothingToFindAndNothingFoundIsPerfectButAnythingFoundThenIsWrong() {
        assertThat(Prf.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Prf(0, 1, 0).f1()).isEqualTo(0.0);
        assertThat(new Prf(0, 0, 2).f1()).isEqualTo(0.0);
    }

    @Test
    void aReferenceIsReadFromTheContractFormatAndItsScope() {
        Reference r = DraftScorer.readReference("""
                {"format":"luoshi-directive-draft/1","source":{"file":"x.txt"},"scope":{"nodes":"all","figures":"none"},
                 "nodes":[{"depth":1,"marker":"一、","title":"甲乙","kind":"area"}],
                 "targets":[{"value":null,"unit":"个","object":"游园","redacted":true},{"value":115,"unit":"个","object":"改造"}],
                 "figures":[{"subject":"增速","measure":"gap_pp","value":-1.7}]}""");
        assertThat(r.file()).isEqualTo("x.txt");
        assertThat(r.nodes()).containsExactly(new NodeItem(1, "一、", "甲乙"));
        assertThat(r.targets()).extracting(TargetItem::redacted).containsExactly(true, false);
        assertThat(r.targets().get(1).value()).isEqualByComparingTo("115");
        assertThat(r.scoreFigures()).isFalse();
        assertThat(r.scoreNodes()).isTrue();
    }
}
