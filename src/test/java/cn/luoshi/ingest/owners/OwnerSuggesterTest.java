package cn.luoshi.ingest.owners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 牵头单位建议 on sentences of published district documents (not the seeds), with the departments of an ordinary
 * district and the shipped keyword catalogue. Where the document names the responsible unit, the test expects that
 * unit: the 2024 十大民生实事 of 宁波市奉化区 (published with 责任单位: 区卫生健康局; 区教育局; 区民政局、区卫生健康局);
 * elsewhere the department whose 三定 duty it is (北京市海淀区 2024 government work report: housing, refuse, jobs).
 * Sentences are shortened.
 */
class OwnerSuggesterTest {

    static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    static final String[][] DISTRICT = {
            {"住建", "区住房和城乡建设局"}, {"发改", "区发展和改革委员会"}, {"财政", "区财政局"}, {"教育", "区教育局"},
            {"卫健", "区卫生健康局"}, {"民政", "区民政局"}, {"人社", "区人力资源和社会保障局"}, {"城管", "区城市管理局"},
            {"生态环境", "区生态环境分局"}, {"市场监管", "区市场监督管理局"}, {"应急", "区应急管理局"}, {"商务", "区商务局"},
            {"文旅", "区文化和旅游局"}, {"农业农村", "区农业农村局"}, {"水利", "区水利局"}, {"交通", "区交通运输局"},
            {"规划", "区自然资源和规划局"}, {"科技", "区科学技术局"}, {"经信", "区经济和信息化局"}, {"宣传部", "区委宣传部"},
            {"组织部", "区委组织部"}, {"江口街道", "江口街道办事处"}};

    /** The district's units with the catalogue's keywords; ids 1… in the order above. */
    static List<OwnerSuggester.Candidate> district() {
        DutyCatalogue catalogue = DutyCatalogue.standard();
        List<OwnerSuggester.Candidate> out = new ArrayList<>();
        for (int i = 0; i < DISTRICT.length; i++) {
            String shortName = DISTRICT[i][0];
            String fullName = DISTRICT[i][1];
            List<String> keywords = shortName.endsWith("街道")
                    ? DutyCatalogue.placeKeywords(shortName, fullName, List.of())
                    : catalogue.keywordsFor(fullName, shortName);
            out.add(new OwnerSuggester.Candidate(i + 1, fullName, keywords));
        }
        return out;
    }

    static long id(String shortName) {
        for (int i = 0; i < DISTRICT.length; i++) {
            if (DISTRICT[i][0].equals(shortName)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(shortName);
    }

    static OwnerSuggester suggester(List<OwnerSuggester.PastTask> history) {
        return new OwnerSuggester(district(), history, List.of(), List.of(), DATE);
    }

    static OwnerSuggester.Suggestion suggest(String title, String text) {
        return suggester(List.of()).suggest(new OwnerSuggester.Drafted(title, title + "。" + text, List.of()));
    }

    @Test
    void theHealthProjectGoesToTheHealthBureauNotToTheStreetWhereTheCentreIs() {
        var s = suggest("医疗服务能力提升工程", "开展5万名居民上消化道癌和结直肠癌筛查；新增或改扩建村卫生室（社区卫生服务站）"
                + "10家；实施江口街道社区卫生服务中心迁建工程");
        assertThat(s.leadUnitId()).isEqualTo(id("卫健"));
        assertThat(s.coUnitIds()).isEmpty(); // 江口街道 and 江口 are one mention, not enough for a co-unit
        assertThat(s.reasons()).first().asString().startsWith("依据：职责关键词「医疗」").endsWith("→ 区卫生健康局");
        assertThat(s.byDuty()).isTrue();
        assertThat(s.byHistory()).isFalse();
    }

    @Test
    void theEducationProjectGoesToTheEducationBureauDespiteANurseryClause() {
        var s = suggest("优质教育综合提升工程", "建设投用两所中学教学楼及报告厅；创成省现代化学校6所、省一级幼儿园4所；"
                + "新增托幼一体化公办园5所、新增托位400个；新增区级及以上名优教师100名");
        assertThat(s.leadUnitId()).isEqualTo(id("教育"));
    }

    @Test
    void elderlyCareAndChildcareGoToCivilAffairsWithHealthAsCoUnitAsPublished() {
        var s = suggest("养老托育服务提升工程", "新建（改建）10家标准化老年食堂，全年助餐配送餐服务人次达200万以上；"
                + "为30个村（社区）居家养老服务机构配备智能终端；实施区托育综合服务中心建设；建设2家社区嵌入式托育机构");
        assertThat(s.leadUnitId()).isEqualTo(id("民政"));
        assertThat(s.coUnitIds()).containsExactly(id("卫健"));
        assertThat(s.reasons()).anyMatch(r -> r.startsWith("配合：职责关键词「托育」 → 区卫生健康局"));
    }

    @Test
    void roadsGoToTransport() {
        var s = suggest("城乡交通畅安提升工程", "实施省道提升工程3条，农村公路4条；打造交通安全智慧宣教平台；整治“桥头跳车”2座");
        assertThat(s.leadUnitId()).isEqualTo(id("交通"));
    }

    @Test
    void housingRefuseAndJobsGoToTheirBureaus() {
        assertThat(suggest("持续改善群众居住条件", "加大保障性住房建设力度，开工8000套。加快老旧小区综合整治，实施55个小区"
                + "改造工程。健全物业管理长效机制。加快老楼加装电梯进度").leadUnitId()).isEqualTo(id("住建"));
        assertThat(suggest("深入开展垃圾综合整治", "深化生活垃圾分类，推进非居民厨余垃圾计量收费管理。强化建筑垃圾综合治理，"
                + "严厉打击违法运输消纳").leadUnitId()).isEqualTo(id("城管"));
        assertThat(suggest("扎实做好就业社保工作", "提供更加充分的公共就业服务，多渠道促进就业困难群体就业，提升高校毕业生"
                + "等重点群体的就业质量").leadUnitId()).isEqualTo(id("人社"));
    }

    @Test
    void twoUnitsWithEqualEvidenceGetNoSuggestionAndTheReasonNamesBoth() {
        var s = suggest("推进老旧小区综合整治和背街小巷环境精细化整治提升", "");
        assertThat(s.found()).isFalse();
        assertThat(s.reasons()).singleElement().asString().startsWith("未能判断牵头单位：")
                .contains("区住房和城乡建设局与区城市管理局依据相当").contains("「老旧小区」").contains("「背街小巷」");
    }

    @Test
    void oneKeywordInTheBodyIsTooWeak() {
        var s = suggest("不断夯实绿色生态基底", "高质量完成环保三年行动，制定新一轮清洁空气行动任务清单");
        assertThat(s.found()).isFalse();
        assertThat(s.reasons()).singleElement().asString().startsWith("未能判断牵头单位：依据不足（仅有职责关键词「环保」");
    }

    /**
     * 预选·请核对 (decision 195): on weak or tied evidence the application pre-selects the unit with most evidence,
     * marked tentative, and says what it rests on; with no evidence at all there is still nothing.
     */
    @Test
    void tentativelyWeakAndTiedEvidencePreSelectsTheBestMarkedToBeChecked() {
        OwnerSuggester tentative = suggester(List.of()).tentative(true);
        var weak = tentative.suggest(new OwnerSuggester.Drafted("不断夯实绿色生态基底",
                "不断夯实绿色生态基底。高质量完成环保三年行动，制定新一轮清洁空气行动任务清单", List.of()));
        assertThat(weak.leadUnitId()).isEqualTo(id("生态环境"));
        assertThat(weak.tentative()).isTrue();
        assertThat(weak.coUnitIds()).isEmpty();
        assertThat(weak.reasons()).singleElement().asString()
                .startsWith("预选区生态环境分局，请核对：依据不足（仅有职责关键词「环保」");
        // equal scores, nothing in the title: the unit with more pieces of evidence (four headings against two
        // keywords of the paragraph) is pre-selected
        var tied = tentative.suggest(new OwnerSuggester.Drafted("做好保护利用",
                "做好保护利用。支持工业企业和制造业转型", List.of("发展全域旅游", "推动文旅融合", "保护文化遗产", "完善公共文化")));
        assertThat(tied.tentative()).isTrue();
        assertThat(tied.leadUnitId()).isEqualTo(id("文旅"));
        assertThat(tied.reasons()).singleElement().asString().contains("依据相当").contains("请核对");
        // equal scores, one unit named in the title: the title decides (深化改革 → 发改 over 民营企业 twice → 工信)
        var titled = tentative.suggest(new OwnerSuggester.Drafted("以更大力度深化改革",
                "以更大力度深化改革。为民营企业发展创造良好环境，支持民营经济做大做强", List.of()));
        assertThat(titled.leadUnitId()).isEqualTo(id("发改"));
        assertThat(titled.reasons()).singleElement().asString().startsWith("预选区发展和改革委员会（标题点到），请核对");
        var confident = tentative.suggest(new OwnerSuggester.Drafted("持续改善群众居住条件",
                "加大保障性住房建设力度，开工8000套。加快老旧小区综合整治", List.of()));
        assertThat(confident.leadUnitId()).isEqualTo(id("住建"));
        assertThat(confident.tentative()).isFalse();
        var nothing = tentative.suggest(new OwnerSuggester.Drafted("强化政治引领", "坚持以习近平新时代中国特色社会主义思想为指导",
                List.of()));
        assertThat(nothing.found()).isFalse();
        assertThat(nothing.tentative()).isFalse();
        // the same weak evidence without the option: nothing pre-selected
        assertThat(suggester(List.of()).suggest(new OwnerSuggester.Drafted("不断夯实绿色生态基底",
                "高质量完成环保三年行动", List.of())).found()).isFalse();
    }

    /**
     * Weak evidence that two units share equally (one keyword each in the paragraph) is a tie and the reason says so,
     * naming both; what decides is only the organisation's order, and the reason says that too (it used to read
     * 依据不足（仅有…商务局）, hiding 区人社局). Measured and not kept: letting the clause spoken of first decide
     * (decision 199).
     */
    @Test
    void aWeakTieNamesBothUnitsAndSaysOnlyTheOrganisationsOrderDecided() {
        String title = "保障基本";
        String text = "要保障基本。加大社会保障和改善民生力度，保障好群众的物质消费和生存性消费，让群众有能力消费。";
        var s = suggester(List.of()).tentative(true).suggest(new OwnerSuggester.Drafted(title, text, List.of()));
        assertThat(s.leadUnitId()).isEqualTo(id("人社")); // listed before 商务 (ids 7 and 12)
        assertThat(s.tentative()).isTrue();
        assertThat(s.reasons()).singleElement().asString()
                .startsWith("预选区人力资源和社会保障局（单位排序在前），请核对：依据不足，区人力资源和社会保障局与区商务局依据相当")
                .contains("「社会保障」").contains("「消费」");
        // without the option a weak tie is still no suggestion, and the reason names both
        var none = suggester(List.of()).suggest(new OwnerSuggester.Drafted(title, text, List.of()));
        assertThat(none.found()).isFalse();
        assertThat(none.reasons()).singleElement().asString()
                .startsWith("未能判断牵头单位：依据不足，区人力资源和社会保障局与区商务局依据相当");
    }

    /** 工业 inside 工业遗产 is the heritage phrase, no 工业 evidence: the paragraph's 文物保护 decides. */
    @Test
    void aKeywordThatStandsOnlyInsideAnotherUnitsLongerKeywordIsNotEvidence() {
        var s = suggest("保护好工业遗产", "加强工业遗产历史文化街区保护利用，用好国家文物保护资金，切实让工业遗产活起来");
        assertThat(s.leadUnitId()).isEqualTo(id("文旅"));
        assertThat(String.join("；", s.reasons())).doesNotContain("「工业」");
        // where 工业 also stands on its own, it counts
        var t = suggest("保护好工业遗产", "推动工业企业技术改造，发展智能制造");
        assertThat(t.reasons().toString()).contains("区经济和信息化局");
        assertThat(OwnerSuggester.free("工业遗产和工业企业", "工业", List.of("工业遗产"))).isTrue();
        assertThat(OwnerSuggester.free("工业遗产保护", "工业", List.of("工业遗产"))).isFalse();
        assertThat(OwnerSuggester.free("保护工业遗产", "工业", List.of())).isTrue();
    }

    @Test
    void anExhortationWithoutDutiesGetsNothing() {
        var s = suggest("强化政治引领", "坚持以习近平新时代中国特色社会主义思想为指导，推动贯彻落实重要指示批示工作制度化、"
                + "规范化、长效化");
        assertThat(s.found()).isFalse();
        assertThat(s.reasons()).containsExactly("未能判断牵头单位：原文没有点名单位，也没有对上职责关键词或同类任务");
    }

    @Test
    void keywordsAreWholeWordsSoAPriceIsNotInValueForMoney() {
        // 价格 (发改) is no hit in 性价比; 消费 (商务) is
        var s = suggest("打造高性价比的消费场景", "培育夜间经济，发展首店经济");
        assertThat(s.leadUnitId()).isEqualTo(id("商务"));
        assertThat(String.join("", s.reasons())).doesNotContain("价格");
    }

    @Test
    void similarTasksInTheLedgerSuggestTheirLeadWhenRecentAndFadeWithTheYears() {
        long commerce = id("商务");
        List<OwnerSuggester.PastTask> recent = List.of(
                new OwnerSuggester.PastTask("推进一刻钟便民生活圈建设", commerce, DATE.minusMonths(10)),
                new OwnerSuggester.PastTask("一刻钟便民生活圈试点", commerce, DATE.minusMonths(3)),
                new OwnerSuggester.PastTask("推进城市更新", id("住建"), DATE.minusMonths(3)));
        var drafted = new OwnerSuggester.Drafted("加快便民生活圈提质扩容", "加快便民生活圈提质扩容，年内新增社区便民网点20个",
                List.of());
        var s = suggester(recent).suggest(drafted);
        assertThat(s.leadUnitId()).isEqualTo(commerce);
        assertThat(s.byHistory()).isTrue();
        assertThat(s.byDuty()).isFalse();
        assertThat(s.reasons()).containsExactly("依据：同类任务曾由区商务局牵头（2次，如「推进一刻钟便民生活圈建设」）");

        List<OwnerSuggester.PastTask> old = recent.stream()
                .map(p -> new OwnerSuggester.PastTask(p.title(), p.leadUnitId(), p.given().minusYears(3))).toList();
        var faded = suggester(old).suggest(drafted);
        assertThat(faded.found()).isFalse();
        assertThat(faded.reasons()).singleElement().asString().startsWith("未能判断牵头单位：依据不足");
    }

    @Test
    void dutyAndHistoryAddUpAndTheReasonSaysBoth() {
        List<OwnerSuggester.PastTask> history = List.of(
                new OwnerSuggester.PastTask("推进河湖生态保护修复", id("水利"), DATE.minusMonths(6)));
        // 河道 alone (body) is too weak, and so is one similar task; together they are enough
        var drafted = new OwnerSuggester.Drafted("加强水生态保护修复", "整治中小河道67公里", List.of());
        assertThat(suggester(history).suggest(new OwnerSuggester.Drafted("加强水生态保护修复", "", List.of())).found())
                .isFalse();
        assertThat(suggester(List.of()).suggest(drafted).found()).isFalse();
        var s = suggester(history).suggest(drafted);
        assertThat(s.leadUnitId()).isEqualTo(id("水利"));
        assertThat(s.byDuty()).isTrue();
        assertThat(s.byHistory()).isTrue();
        assertThat(s.reasons()).hasSize(2);
    }

    @Test
    void headingsCountLessThanTheTaskItself() {
        // the heading speaks of jobs (人社), the item of enterprises' technical upgrades (经信)
        var s = suggester(List.of()).suggest(new OwnerSuggester.Drafted("推动企业技术改造",
                "推动企业技术改造，支持规上工业企业实施智能制造项目", List.of("稳就业保民生")));
        assertThat(s.leadUnitId()).isEqualTo(id("经信"));
    }

    @Test
    void theLeaderIsTheOneWhosePortfolioHoldsTheUnitAndThePersonItsHead() {
        long housing = id("住建");
        long civil = id("民政");
        long street = id("江口街道");
        var leaders = List.of(new OwnerSuggester.Leader(101, "张卫东", Set.of(housing, id("城管"))),
                new OwnerSuggester.Leader(102, "李明华", Set.of(civil)),
                new OwnerSuggester.Leader(103, "王芳", Set.of(civil)));
        var members = List.of(new OwnerSuggester.Member(housing, "周敏", "城建科科长"),
                new OwnerSuggester.Member(housing, "赵刚", "局长"),
                new OwnerSuggester.Member(housing, "钱二", "副局长"),
                new OwnerSuggester.Member(civil, "孙三", "常务副局长"),
                new OwnerSuggester.Member(street, "高峰", "党工委书记"),
                new OwnerSuggester.Member(street, "李四", "主任"));
        var s = new OwnerSuggester(district(), List.of(), leaders, members, DATE);

        var h = s.ownerOf(housing);
        assertThat(h.leaderId()).isEqualTo(101L);
        assertThat(h.leaderReason()).isEqualTo("张卫东分管区住房和城乡建设局");
        assertThat(h.person()).isEqualTo("赵刚"); // the head, not the first listed nor the deputy
        assertThat(h.personReason()).isEqualTo("区住房和城乡建设局局长");

        var c = s.ownerOf(civil);
        assertThat(c.leaderId()).isNull(); // two leaders: the reviewer picks
        assertThat(c.leaderReason()).contains("多位分管区领导（李明华、王芳）");
        assertThat(c.person()).isEqualTo("孙三"); // no head; the only person is the contact
        assertThat(c.personReason()).isEqualTo("区民政局联系人（常务副局长）");

        assertThat(s.ownerOf(street).person()).isEqualTo("高峰"); // the first head listed
        var none = s.ownerOf(id("财政"));
        assertThat(none.leaderId()).isNull();
        assertThat(none.leaderReason()).isEqualTo("组织机构中没有分管区财政局的区领导");
        assertThat(none.person()).isNull();
    }

    @Test
    void olderTasksWeighLess() {
        assertThat(OwnerSuggester.recency(DATE, DATE)).isEqualTo(1.0);
        assertThat(OwnerSuggester.recency(DATE.minusDays(365), DATE)).isEqualTo(0.5);
        assertThat(OwnerSuggester.recency(DATE.plusDays(30), DATE)).isEqualTo(1.0);
        assertThat(OwnerSuggester.recency(null, DATE)).isEqualTo(0.5);
    }

    /**
     * 采纳记录: what clerks accepted before points to the unit they chose — a field word met in at least two accepted
     * tasks, mostly led by one unit — and one accepted task, or a word shared by several units, says nothing.
     */
    @Test
    void wordsOfAcceptedTasksPointToTheUnitTheClerksChose() {
        String title = "推进背街小巷整治";
        String text = "实施背街小巷整治，完善路灯和排水设施";
        // the catalogue alone: 背街小巷 is 城管's keyword
        assertThat(suggest(title, text).leadUnitId()).isEqualTo(id("城管"));
        List<OwnerSuggester.LearnedWord> learnt = new ArrayList<>();
        for (String w : LearnedWords.wordsOf("背街小巷提升", "背街小巷路灯、排水设施改造由住建局实施")) {
            learnt.add(new OwnerSuggester.LearnedWord(w, id("住建"), 3));
        }
        var withHistory = new OwnerSuggester(district(), List.of(), learnt, List.of(), List.of(), DATE)
                .suggest(new OwnerSuggester.Drafted(title, title + "。" + text, List.of()));
        assertThat(withHistory.leadUnitId()).isEqualTo(id("住建"));
        assertThat(withHistory.byHistory()).isTrue();
        assertThat(String.join("；", withHistory.reasons())).contains("采纳记录", "「背街小巷」", "区住房和城乡建设局");
        // seen once only, or split between two units: no evidence
        var once = new OwnerSuggester(district(), List.of(),
                List.of(new OwnerSuggester.LearnedWord("排水设施", id("住建"), 1)), List.of(), List.of(), DATE)
                .suggest(new OwnerSuggester.Drafted("完善排水设施", "完善排水设施", List.of()));
        assertThat(once.found()).isFalse();
        var split = new OwnerSuggester(district(), List.of(),
                List.of(new OwnerSuggester.LearnedWord("排水设施", id("住建"), 2),
                        new OwnerSuggester.LearnedWord("排水设施", id("城管"), 2)), List.of(), List.of(), DATE)
                .suggest(new OwnerSuggester.Drafted("完善排水设施", "完善排水设施", List.of()));
        assertThat(split.found()).isFalse();
    }

    @Test
    void onlyWordsThatNameAFieldOfWorkAreLearned() {
        assertThat(LearnedWords.wordsOf("营造浓厚的志愿服务氛围", "会议要求，各单位积极参与，营造良好氛围"))
                .contains("志愿").doesNotContain("营造", "参与", "会议", "氛围", "积极");
    }
}
