package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Node;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StructureParserTest {

    @Test
    void aShortYaoSentenceStandingAloneIsAHeading() {
        // seed 000: 要稳企业。**区各类企业汇集。要用好地企合作等平台，…
        List<Node> nodes = Texts.nodes("一要着力提升经济品质。要稳企业。**区各类企业汇集。要用好地企合作等平台，促进企业平稳健康发展。");
        assertThat(nodes).extracting(Node::marker, Node::title, Node::depth)
                .containsExactly(tuple("一要", "着力提升经济品质", 1), tuple("要", "稳企业", 2));
    }

    @Test
    void aYaoSentenceWithACommaOrTooLongIsNotAHeading() {
        List<Node> nodes = Texts.nodes("一要着力提升城市品质。要抢抓机遇，围绕构建现代产业体系推动转型。"
                + "要积极稳妥推进混合所有制改革并把各类市场主体活力激发出来。");
        assertThat(nodes).extracting(Node::marker).containsExactly("一要");
    }

    @Test
    void aListInsideOneSentenceIsNotStructure() {
        // seed 002: 主要体现在三个方面：一要有文化、有内涵，能让居民有认同感；二要…；三要…。
        List<Node> nodes = Texts.nodes("（二）以提升品质为目标，打造全国文明典范城市。每个城市都有自己的精气神，主要体现在三个方面："
                + "一要有文化、有内涵，能让居民有认同感；二要有经济活力、发展后劲，能为居民提供良好的社会保障；"
                + "三要美丽、宜居、干净、整洁，能为居民提供优质的居住环境。一是突出城市更新，推动城市品质升级。");
        assertThat(nodes).extracting(Node::marker).containsExactly("（二）", "一是");
    }

    @Test
    void anEnumerationAfterAColonMadeOfWholeSentencesIsStructure() {
        // seed 000: 要突出抓好两个方面：一方面，要立足当前稳定经济增长。…另一方面，要着眼长远推动经济转型发展高质量发展。
        List<Node> nodes = Texts.nodes("一要着力提升经济品质。提升经济品质，要突出抓好两个方面：一方面，要立足当前稳定经济增长。"
                + "稳增长是前提。另一方面，要着眼长远推动经济转型发展高质量发展。这是根本方向。");
        assertThat(nodes).extracting(Node::marker, Node::title, Node::depth).containsExactly(
                tuple("一要", "着力提升经济品质", 1),
                tuple("一方面", "要立足当前稳定经济增长", 2),
                tuple("另一方面", "要着眼长远推动经济转型发展高质量发展", 2));
    }

    @Test
    void aNumberingThatGoesOnWithAnotherWordStaysAtOneDepth() {
        // seed 002: 一是突出城市更新… 二要突出城市风貌… 三要突出党建引领…
        List<Node> nodes = Texts.nodes("（二）以提升品质为目标，打造全国文明典范城市。一是突出城市更新，推动城市品质升级。实施提质行动。"
                + "二要突出城市风貌，抓好薄弱环节整改。细化责任分工。三要突出党建引领，弘扬志愿服务精神。要打造贴近群众的志愿服务项目。"
                + "开展活动。");
        assertThat(nodes).extracting(Node::marker, Node::depth).containsExactly(
                tuple("（二）", 1), tuple("一是", 2), tuple("二要", 2), tuple("三要", 2), tuple("要", 3));
    }

    @Test
    void theSameMarkerSitsAtTheDepthItsDocumentGivesIt() {
        // seed 000: 一要 is the top level; seed 001: 一要 sits under 一、
        assertThat(Texts.nodes("一要着力提升经济品质。要稳企业。做好服务。"))
                .extracting(Node::marker, Node::depth).containsExactly(tuple("一要", 1), tuple("要", 2));
        assertThat(Texts.nodes("一、坚持挺起制造业这个脊梁，推动产业转型升级\n一要改造提升传统产业。加快转型。二要培育壮大新兴产业。抢抓机遇。"))
                .extracting(Node::marker, Node::depth).containsExactly(tuple("一、", 1), tuple("一要", 2), tuple("二要", 2));
    }

    @Test
    void aDeeperKindDoesNotStayNestedUnderASiblingOfItsParent() {
        // seed 002: under 三、 the list 一要… is depth 2, although under （三） it was depth 3
        List<Node> nodes = Texts.nodes("""
                二、明确目标，突出重点
                （三）以场景打造为切入，建设青年友好型城市。一要围绕扶持青年创业创新“建载体”。立足基础。
                三、加强领导，压实责任
                一要压实责任、强化落实。各部门要细化目标任务。
                """);
        assertThat(nodes).extracting(Node::marker, Node::depth).containsExactly(
                tuple("二、", 1), tuple("（三）", 2), tuple("一要", 3), tuple("三、", 1), tuple("一要", 2));
    }

    @Test
    void aListWhoseStartWasLostInOmittedTextKeepsItsDepth() {
        // seed 004: the text resumes at 六是 after ……省略981字……, then 2. and 一是 follow
        List<Node> nodes = Texts.nodes("等下\n……（省略981字）……\n线坚决守牢。六是作风形象持续改进。扎实开展专项活动。\n"
                + "2.要客观分析问题，勇于迎难而上。当前仍有一些问题。一是产业发展基础不牢。工业发展承压运行。");
        assertThat(nodes).extracting(Node::marker, Node::depth, Node::kind).containsExactly(
                tuple("六是", 2, "review"), tuple("2.", 1, "area"), tuple("一是", 2, "problem"));
        assertThat(nodes.get(0).parent()).isNull();
    }

    @Test
    void aMarkerInsideQuotationMarksIsNotStructure() {
        List<Node> nodes = Texts.nodes("一、聚焦补链强链\n会议强调：“一是要把发展的着力点放到提高质量和效益上来。要稳企业。”");
        assertThat(nodes).extracting(Node::marker).containsExactly("一、");
    }

    @Test
    void thePreambleIsNotANodeAndNodeTextSpansItsChildren() {
        String raw = "同志们：\n今天我们召开这次会议。下面，再讲三点意见：\n一、肯定成绩，提高站位\n第一，抓好城市提质，是重要体现。"
                + "习近平总书记指出。\n二、明确目标，突出重点\n各部门要做好工作。\n同志们，让我们一起努力！";
        List<Node> nodes = Texts.nodes(raw);
        assertThat(nodes).extracting(Node::marker, Node::kind)
                .containsExactly(tuple("一、", "area"), tuple("第一，", "rationale"), tuple("二、", "area"));
        assertThat(nodes.get(0).text()).startsWith("一、肯定成绩").contains("第一，抓好城市提质").doesNotContain("二、");
        assertThat(nodes.get(1).parent()).isEqualTo("n1");
        assertThat(nodes.get(2).text()).doesNotContain("让我们一起努力");
    }

    @Test
    void problemsAndAchievementsAreToldApartFromTasks() {
        // seed 004: 一是產業發展基礎不牢 … 四是工作落實還有差距; 六是作風形象持續改進; seed 003: 四是在“防风险”上鼓实劲
        assertThat(NodeKinds.classify("word", "产业发展基础不牢", false)).isEqualTo("problem");
        assertThat(NodeKinds.classify("word", "工作落实还有差距", false)).isEqualTo("problem");
        assertThat(NodeKinds.classify("word", "作风形象持续改进", false)).isEqualTo("review");
        assertThat(NodeKinds.classify("word", "在“防风险”上鼓实劲", false)).isEqualTo("task");
        assertThat(NodeKinds.classify("ordinal", "抓好城市提质，是强化政治担当的重要体现", false)).isEqualTo("rationale");
        assertThat(NodeKinds.classify("word", "着力提升经济品质", true)).isEqualTo("area");
    }

    @Test
    void aTextWithoutMarkersBecomesOneTaskNodePerTaskLikeSentence() {
        StructureParser.Result result = StructureParser.parse(Texts.passage(
                "会议认为，形势总体平稳。各部门要加快推进重点项目建设。要做好防汛准备工作，确保安全度汛。天气晴好。"));
        assertThat(result.flat()).isTrue();
        assertThat(result.nodes()).extracting(Node::title, Node::marker, Node::depth).containsExactly(
                tuple("各部门要加快推进重点项目建设", null, 1), tuple("要做好防汛准备工作，确保安全度汛", null, 1));
    }

    @Test
    void aPreviewOfThePointsBeforeTheFirstHeadingIsPreamble() {
        // county speeches announce their points first: 我再讲三点意见，也是三句话：一是认清形势。二是抢抓机遇。三是强化责任。
        List<Node> nodes = Texts.nodes("同志们：\n下面，我再讲三点意见，也是三句话：一是认清形势。二是抢抓机遇。三是强化责任。\n"
                + "一、形势严峻，务必充分认识经济波动的影响\n从认清形势讲，至少包括两个方面。\n二、抢抓机遇，加快发展\n要抓项目建设。");
        assertThat(nodes).extracting(Node::marker, Node::depth)
                .containsExactly(tuple("一、", 1), tuple("二、", 1), tuple("要", 2));
    }

    @Test
    void bracketedMarkersInAsciiBracketsAreTheSameKind() {
        // scraped copies write (一) and (1) with ASCII brackets: the same kinds as （一） and （1）, written as the text has them
        List<Node> nodes = Texts.nodes("一、认清形势，增进共识\n(一)充分肯定成绩。全区经济平稳。\n(1)经济增长高位运行。增速加快。\n"
                + "(2)财政收入较快增长。质量提升。\n(二)清醒看到差距。问题不少。");
        assertThat(nodes).extracting(Node::marker, Node::depth).containsExactly(
                tuple("一、", 1), tuple("(一)", 2), tuple("(1)", 3), tuple("(2)", 3), tuple("(二)", 2));
    }

    @Test
    void aShortYaoSentenceInThePreambleIsNotAHeading() {
        List<Node> nodes = Texts.nodes("同志们：\n今天召开全区工作会议。要认真学习领会。下面讲两点意见。\n"
                + "一、提高站位\n要统一思想。大家要形成共识。\n二、压实责任\n各部门要抓好落实。");
        assertThat(nodes).extracting(Node::marker, Node::depth)
                .containsExactly(tuple("一、", 1), tuple("要", 2), tuple("二、", 1));
    }

    /**
     * A news report of a meeting (新闻稿) without markers: its headline, its lead (召开), who attended (参加) and reported
     * speech that states rather than directs (指出，…关系到…) are not tasks; what the meeting asked for is.
     */
    @Test
    void aNewsReportsHeadlineLeadAttendanceAndStatementsAreNotTasks() {
        List<Node> nodes = Texts.nodes("安定区城市管理工作推进会议召开\n"
                + "4月20日，安定区城市管理工作推进会议召开，通报当前城市管理存在的突出问题，安排部署下阶段城市管理工作。"
                + "区政府办、区城管局等单位主要负责人参加会议。\n"
                + "祁永和指出，做好城市管理工作关系到城市的竞争力，关系到人民群众的切身利益。\n"
                + "祁永和要求，要聚焦薄弱环节和重点区域，扎实开展市容整治行动。要推进园林绿化加密、环卫清扫保洁。\n"
                + "会议决定，由区城管局牵头开展占道经营专项整治。");
        assertThat(nodes).extracting(Node::title).containsExactly("祁永和要求，要聚焦薄弱环节和重点区域，扎实开展市容整治行动",
                "要推进园林绿化加密、环卫清扫保洁", "会议决定，由区城管局牵头开展占道经营专项整治");
    }

    /**
     * A work report's 潜力优势 (一是机遇更大…) state how things stand; a list that starts inside a paragraph ends with
     * it, so the expected targets in the next paragraph are the report's, not the last item's.
     */
    @Test
    void aListInsideAParagraphEndsWithItAndShortComparisonsStateHowThingsStand() {
        String text = "审视自身发展，我们拥有宝贵的潜力优势：一是机遇更大。协同发展进入新阶段。二是动力更强。改革红利持续释放。"
                + "三是后劲更足。一批重大项目落地。\n"
                + "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n"
                + "一、让城市更美\n推进老旧小区改造。";
        List<Node> nodes = Texts.nodes(text);
        assertThat(nodes).extracting(Node::title, Node::kind).containsExactly(tuple("机遇更大", "review"),
                tuple("动力更强", "review"), tuple("后劲更足", "review"), tuple("让城市更美", "area"));
        Node last = nodes.get(2);
        assertThat(last.text()).isEqualTo("三是后劲更足。一批重大项目落地。");
        assertThat(nodes.get(3).kind()).isNotEqualTo("review");
    }

    /**
     * A （一） heading with a paragraph of work and no items of its own is a task; without a paragraph, or as a plan's
     * standard section (主要目标、工作要求…), or under a review heading, it is not (decision 203).
     */
    @Test
    void aParenHeadingWithAParagraphOfWorkAndNoItemsIsATask() {
        List<Node> nodes = Texts.nodes("一、2024年工作回顾\n（一）聚焦项目建设。全年实施重点项目142个，完成投资238亿元，新开工亿元以上项目36个。\n"
                + "二、2025年工作安排\n（一）扩大有效投资。全年实施重点项目150个，完成投资260亿元以上，力争新开工亿元以上项目40个。\n"
                + "（二）抓好招商\n（三）工作要求。各部门要加强组织领导，压实工作责任，确保各项任务按期完成，年底前报送完成情况。");
        assertThat(nodes).extracting(Node::title, Node::kind).containsExactly(tuple("2024年工作回顾", "area"),
                tuple("聚焦项目建设", "review"),
                tuple("2025年工作安排", "area"), tuple("扩大有效投资", "task"), tuple("抓好招商", "area"),
                tuple("工作要求", "area"));
        // a （二） beside a （一） that has items of its own stays an area: there the （一）… are the 方面
        List<Node> mixed = Texts.nodes("二、2020年工作\n（一）聚焦项目园区，在动能转换上攻坚突破。一是大力度推进项目落地。全年实施项目120个。"
                + "二是大力度推进招商提质。签约项目50个。\n"
                + "（二）聚焦民生事业，在全面小康上攻坚突破。新增城镇就业3000人，改造老旧小区20个，新建幼儿园5所。");
        assertThat(mixed).extracting(Node::title, Node::kind).containsExactly(tuple("2020年工作", "area"),
                tuple("聚焦项目园区，在动能转换上攻坚突破", "area"), tuple("大力度推进项目落地", "task"),
                tuple("大力度推进招商提质", "task"), tuple("聚焦民生事业，在全面小康上攻坚突破", "area"));
    }

    @Test
    void numbersListedWithDunAreNotAHeading() {
        // work reports: 一、二、三产业分别实现增加值1.3亿元、47.9亿元和68.7亿元
        List<Node> nodes = Texts.nodes("一、经济运行稳中有进\n全年实现地区生产总值117.9亿元。一、二、三产业分别实现增加值1.3亿元、47.9亿元和68.7亿元。");
        assertThat(nodes).extracting(Node::marker).containsExactly("一、");
    }

    @Test
    void arabicMarkersWithDotOrDunAreOneKind() {
        List<Node> nodes = Texts.nodes("一、经济平稳健康发展\n1.经济实力不断增强。总量扩大。\n2、质量效益持续提升。效益提高。\n二、产业转型扎实推进");
        assertThat(nodes).extracting(Node::marker, Node::depth)
                .containsExactly(tuple("一、", 1), tuple("1.", 2), tuple("2、", 2), tuple("二、", 1));
    }

    @Test
    void aKindNestsUnderWhateverIsOpenWhereverItAppears() {
        // a 要-heading right under 一、 and, later, under （一）: the second one is deeper
        List<Node> nodes = Texts.nodes("一、提高站位\n要统一思想。形成共识。\n二、突出重点\n（一）抓项目建设。加快进度。要稳投资。抓开工。");
        assertThat(nodes).extracting(Node::marker, Node::depth).containsExactly(
                tuple("一、", 1), tuple("要", 2), tuple("二、", 1), tuple("（一）", 2), tuple("要", 3));
    }

    @Test
    void aListUnderAYaoHeadingNestsUnderItAndTheNextHeadingIsItsSibling() {
        List<Node> nodes = Texts.nodes("一、稳住经济大盘\n要稳企业。一是纾困解难。加大帮扶。二是优化服务。提升效率。要稳投资。抓好项目。");
        assertThat(nodes).extracting(Node::marker, Node::depth).containsExactly(
                tuple("一、", 1), tuple("要", 2), tuple("一是", 3), tuple("二是", 3), tuple("要", 2));
    }
}
