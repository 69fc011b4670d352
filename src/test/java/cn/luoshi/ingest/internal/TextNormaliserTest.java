package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Gap;
import cn.luoshi.ingest.Seeds;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    /** Characters that OpenCC t2s converts and that speeches use all the time. */
    private static final String COMMON_TRADITIONAL =
            "區質發會們議國來這個時說對實現經濟業長開關問頭與應進還總體當點從務產動場資際線機構環類優農專營"
                    + "調變觀認識規劃財稅確穩標準領導黨員幹門電視網絡設計項層級舉辦狀態況歷聯繫處構築術語";

    @Test
    void pinyinGlossesAfterAHanCharacterAreStripped() {
        // seed 004: 在**區(qū)高質(zhì)量發(fā)展大會(huì)上的講話
        assertThat(Simplifier.simplify("在**區(qū)高質(zhì)量發(fā)展大會(huì)上的講話").text())
                .isEqualTo("在**区高质量发展大会上的讲话");
    }

    @Test
    void bracketedLatinAfterNonHanTextIsNotAGloss() {
        assertThat(Simplifier.stripPinyinGlosses("see (a) and 5G(ai)")).isEqualTo("see (a) and 5G(ai)");
    }

    @Test
    void traditionalSeedBecomesTheHandCheckedSimplifiedText() {
        String raw = new String(Seeds.resource("/seeds/004_802ff6a0af53e020.txt"), StandardCharsets.UTF_8);
        String expected = new String(Seeds.resource("/ingest/expected/004.simplified.txt"), StandardCharsets.UTF_8);
        Simplifier.Result result = Simplifier.simplify(raw);
        assertThat(result.traditional()).isTrue();
        assertThat(result.text()).isEqualTo(expected);
    }

    @Test
    void normalisedTraditionalSeedHoldsNoTraditionalCharacterAndNoGloss() {
        String raw = new String(Seeds.resource("/seeds/004_802ff6a0af53e020.txt"), StandardCharsets.UTF_8);
        String text = TextNormaliser.normalise(raw).text();
        for (char c : COMMON_TRADITIONAL.toCharArray()) {
            assertThat(text).as("traditional %s", c).doesNotContain(String.valueOf(c));
        }
        assertThat(Pattern.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]").matcher(text).find()).isFalse();
    }

    @Test
    void zheIsTheParticleAndZhuoButZhuWordsKeepZhu() {
        // seed 004: 特別是隨著高新區社會事務移交 / 著力擴大有效需求
        assertThat(Simplifier.simplify("特別是隨著高新區社會事務移交，著力擴大有效需求，接著意味著成效顯著、著名").text())
                .isEqualTo("特别是随着高新区社会事务移交，着力扩大有效需求，接着意味着成效显著、著名");
    }

    @Test
    void simplifiedTextIsReportedAsSimplifiedAndLeftAlone() {
        Simplifier.Result r = Simplifier.simplify("要着力提升经济品质，成效显著。");
        assertThat(r.traditional()).isFalse();
        assertThat(r.text()).isEqualTo("要着力提升经济品质，成效显著。");
    }

    @Test
    void hardWrappedLinesAreJoinedButHeadingsAndTitlesStayOnTheirOwnLine() {
        // seed 004 wraps mid-sentence: …推進高質量發展專題\n調研成果交流會部署要求; seed 003 has heading lines
        String text = TextNormaliser.normalise("""
                区长在全市座谈会上的汇报材料
                全面落实部署要求 推进高质量发展专题
                调研成果交流会部署要求，锚定首要任务。
                一、聚焦补链强链，持续做强实体经济
                坚守实体经济，加快构建现代化产业体系。二是
                财政压力持续加大。
                """).text();
        assertThat(text.split("\n")).containsExactly(
                "区长在全市座谈会上的汇报材料",
                "全面落实部署要求推进高质量发展专题调研成果交流会部署要求，锚定首要任务。",
                "一、聚焦补链强链，持续做强实体经济",
                "坚守实体经济，加快构建现代化产业体系。二是财政压力持续加大。");
    }

    @Test
    void crlfAndBlankLinesAreParagraphBreaks() {
        assertThat(TextNormaliser.normalise("一、甲\r\n\r\n乙要做好。\r\n丙").text()).isEqualTo("一、甲\n乙要做好。\n丙");
    }

    @Test
    void omittedTextIsRemovedAndReportedAtItsOffset() {
        // seed 004: ……(新文秘網http://m.120pk.cn省略981字,正式會員可完整閱讀)……
        NormalisedText n = TextNormaliser.normalise(
                "推动全年经济持续回升向好。等下\n……(新文秘网http://m.120pk.cn省略981字,正式会员可完整阅读)……\n线坚决守牢。");
        assertThat(n.text()).isEqualTo("推动全年经济持续回升向好。等下\n线坚决守牢。");
        assertThat(n.gaps()).hasSize(1);
        Gap gap = n.gaps().get(0);
        assertThat(gap.kind()).isEqualTo("omitted");
        assertThat(gap.chars()).isEqualTo(981);
        assertThat(gap.offset()).isEqualTo(n.text().indexOf("\n线"));
        assertThat(gap.text()).contains("省略981字");
    }

    @Test
    void truncationIsReportedWithTheMissingCountAndTheTailIsDropped() {
        // seed 004: 要改進工 ……(未完,全文共8221字,當前僅顯示2756字,請閱讀下面提示信息。\n收藏《…》)
        NormalisedText n = TextNormaliser.normalise(
                "加强“一盘棋”谋划。要改进工 ……(未完,全文共8221字,当前仅显示2756字,请阅读下面提示信息。\n收藏《讲话》)");
        assertThat(n.text()).isEqualTo("加强“一盘棋”谋划。要改进工");
        Gap gap = n.gaps().get(0);
        assertThat(gap.kind()).isEqualTo("truncated");
        assertThat(gap.chars()).isEqualTo(8221 - 2756);
        assertThat(gap.offset()).isEqualTo(n.text().length());
    }

    @Test
    void mojibakeIsReportedAsGarbledWhereItStands() {
        // seed 004: 干部精氣神進一步提振?偟膩碚f,全區上半年經濟社會發展來勢較好
        NormalisedText n = TextNormaliser.normalise("干部精气神进一步提振?偟膩碚f,全区上半年经济社会发展来势较好。");
        assertThat(n.gaps()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo("garbled");
            assertThat(g.text()).isEqualTo("?偟腻碚f");
            assertThat(n.text().substring(g.offset(), g.offset() + g.chars())).isEqualTo(g.text());
        });
    }

    @Test
    void anOrdinaryQuestionMarkIsNotMojibake() {
        NormalisedText n = TextNormaliser.normalise("如何把营造创新环境变成阳光雨露?有三个关键词。");
        assertThat(n.gaps()).isEmpty();
        assertThat(n.text()).isEqualTo("如何把营造创新环境变成阳光雨露？有三个关键词。");
    }

    @Test
    void halfWidthPunctuationAndStraySpacesAreNormalised() {
        // seed 004: 開發投資同比下降 35.9%,信心預期不足
        assertThat(TextNormaliser.normalise("开发投资同比下降 35.9%,信心预期不足;总产值(占比重31%)下降").text())
                .isEqualTo("开发投资同比下降35.9%，信心预期不足；总产值（占比重31%）下降");
    }

    @Test
    void redactionMarksAreKept() {
        assertThat(TextNormaliser.normalise("**区要协力推进“书香**”建设，推动X小区等X个老旧小区改造。").text())
                .isEqualTo("**区要协力推进“书香**”建设，推动X小区等X个老旧小区改造。");
    }

    @Test
    void otherWordingsOfTruncationAreGapsToo() {
        // scraped copies end with 全文约10497字,请下载后阅读 or （未完，全文共4200字，当前显示555字）
        assertThat(TextNormaliser.normalise("一、辩证看待形势\n（一）充分肯定成绩\n全文约10497字,请下载后阅读、编辑。").gaps())
                .singleElement().satisfies(g -> assertThat(g.kind()).isEqualTo("truncated"));
        NormalisedText n = TextNormaliser.normalise("找准优势，持续加力。\n(未完,全文共4200字,当前显示555字)\n(请认真阅读下面的提示信息)");
        assertThat(n.text()).isEqualTo("找准优势，持续加力。");
        assertThat(n.gaps()).singleElement().satisfies(g -> assertThat(g.chars()).isEqualTo(4200 - 555));
    }

    @Test
    void aBareMentionOfAWholeTextIsNotATruncation() {
        assertThat(TextNormaliser.normalise("全文共分三个部分，要认真学习。").gaps()).isEmpty();
    }

    @Test
    void mojibakeAfterAQuestionMarkAndAsciiPunctuationIsGarbledToo() {
        // scraped copies: 的历史机遇?!毒V要》是… where 。《纲要》 was lost in a wrong encoding
        NormalisedText n = TextNormaliser.normalise("（一）清晰认识我区落实《纲要》的历史机遇?!毒V要》是发展新机遇。");
        assertThat(n.gaps()).singleElement().satisfies(g -> assertThat(g.text()).isEqualTo("?!毒V"));
    }
}
