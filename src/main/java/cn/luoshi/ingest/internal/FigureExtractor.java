package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Figure;
import cn.luoshi.ingest.DirectiveDraft.Target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure extraction (数据事实抽取): statements of fact — growth (同比下降16.39%), gaps in percentage points
 * (低于全市平均水平1.7个百分点), ranks (倒数第2位, 排在全市第二), shares (行业增长面63%), counts and amounts. A list
 * zipped with a list of values (生产总值、固定资产投资…增速分别低于…1个、1.7个和0.2个百分点) gives one figure per
 * item; items that are other levels of government (中央、省、市、区GDP…) are kept only for the district itself.
 */
final class FigureExtractor {

    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    /**
     * A measure or a change said with no noun of its own speaks of the subject before it: 总投资 (重点项目79项，总投资…),
     * 金额, 面积, 同比增加40天.
     */
    /** What an industry or a firm produces, said alone after another of its values: 总产值…，增加值…. */
    private static final String VALUE_NOUNS = "增加值|总产值|产值|营业收入|主营业务收入|利润总额|利润|利税|税金";
    private static final Pattern VALUE_NOUN = Pattern.compile(VALUE_NOUNS);
    private static final Pattern VALUE_NOUN_AT_END = Pattern.compile("(?:完成|实现)?(?:" + VALUE_NOUNS + ")$");
    private static final Pattern BARE_NOUN = Pattern.compile("总量|总投资|完成投资|当年投资|年度投资|金额|面积|资金|产值|人数|户数|总里程|里程|总长|增加|增长|减少|新增|净增|提高|下降");
    /** 在规上工业增加值中: the whole a share said without its base is a share of. */
    private static final Pattern AMONG = Pattern.compile("在([^，。；、在]{2,16}?)中[，,]");
    /** A measure that names no subject of its own (增加值, 营业收入): 第一产业实现增加值 is 第一产业's. */
    private static final Pattern MEASURE_ONLY = Pattern.compile("增加值|产值|总产值|营业收入|收入|利润|利润总额|零售额|销售额|产量|税收|税收收入|营业额|主营业务收入");
    private static final Pattern CHANGE = Pattern.compile("增加|增长|减少|新增|提高|下降");
    /** 总投资 / 投资 right before money said as the size of something (总投资20.8亿元的7个…项目). */
    private static final Pattern SIZE_OF_NEXT = Pattern.compile("(总投资|投资)(?:约|近|超)?$");
    /** How the work stands, said after it (…项目有序推进, …道路攻坚扫尾): not part of its name. */
    private static final Pattern PROGRESS = Pattern.compile(
            "(?:有序|全面|加快|顺利|稳步|攻坚|持续|基本|主体|已经|正在)+(?:推进|扫尾|实施|完工|竣工|建成|投产|开工|建设)$");
    /** A rate said with nothing before it (办结率, 满意率, 满意度): of the subject before it in the sentence. */
    private static final Pattern BARE_RATE = Pattern.compile("(?:按期|按时|基本|总体|网上)?[\\p{IsHan}]{2}率|满意度|贡献度|占比|比重|比例");
    /**
     * 已开工建设, 正在办理, 完成: how many of the things just counted stand where (全县56个重点项目，已开工建设37个) —
     * a part of them, named by them (重点项目已开工建设).
     */
    private static final Pattern STATE = Pattern.compile("(?:已经?|均已|正在|尚未|未)?(?:完成|办结|开工|复工|开复工|建成|完工|竣工|投产"
            + "|签约|落地|到位|办理|整改|销号|解决)(?:建设)?|(?:完成和|达到和)?(?:基本)?达到(?:计划进度|序时进度)?|未达(?:到)?(?:计划|序时)进度");
    /** 东营区完成, 畜牧业示范区完成: a place, then the verb of its part of a whole. */
    /** A place's name: 东营区, 畜牧业示范区, 霍邱县, 城关镇. */
    private static final String PLACE = "[\\p{IsHan}]{2,8}?(?:新区|示范区|开发区|街道|区|县|市|镇|乡)";
    private static final Pattern PLACE_DONE = Pattern.compile("(" + PLACE + ")(?:完成|实现|达到|新增)");
    /** Places named in ranked order: 居前3位的县市区分别是A、B、C; 居第4位至第7位的…分别是D、E、F、G. */
    private static final Pattern PLACINGS = Pattern.compile(
            "(?:居|排|列|位居|排名|位列)?(?:前([一二三四五六七八九十\\d]{1,3})|第([一二三四五六七八九十\\d]{1,3})(?:位|名)?(?:至|到|—|-)第?([一二三四五六七八九十\\d]{1,3}))"
                    + "(?:位|名)的[^，。；]{0,10}?(?:分别|依次)(?:是|为)[：:]?((?:[^，。；、]{2,14}、)+[^，。；、]{2,14})");
    /** Places listed before one value said of each (北湖区、资兴市、桂阳县地区生产总值过100亿元). */
    private static final Pattern PLACE_LIST_SUBJECT = Pattern.compile(
            "((?:[\\p{IsHan}]{2,6}?(?:区|县|市|镇|乡|街道)、)+[\\p{IsHan}]{2,6}?(?:区|县|市|镇|乡|街道))(\\p{IsHan}{2,}.*)");
    /** A value said of several things together, not of each (东城区、西城区共完成投资50亿元). */
    private static final Pattern SUMMED = Pattern.compile("共|合计|总计|累计|两地|三地");
    /** A share of the whole in brackets right after a count: （67.7%）. */
    private static final Pattern BRACKET_SHARE = Pattern.compile("（(\\d+(?:\\.\\d+)?)%）");
    /** A place alone as an item of a list of a total's parts (霍邱县52个、舒城县52个). */
    private static final Pattern PLACE_ALONE = Pattern.compile("(" + PLACE + ")");
    /** A body named among places that share out a total (市公安局, 电信公司). */
    private static final Pattern BODY_ALONE = Pattern.compile("([\\p{IsHan}]{2,8}?(?:局|委|办|公司|中心))");
    /** What says a total is shared out among places: 分别为：, 其中：, 依次为, 其中 right before a place and its value. */
    private static final Pattern PARTS_LEAD = Pattern.compile("(?:分别|依次)(?:为|是)[：:]|其中[：:]|其中(?=" + PLACE + "\\d)");
    /** A place and its rate in a list (金安区93.5%、叶集区89.5%). */
    private static final Pattern PLACE_RATE = Pattern.compile(
            "(?<=^|[、，,：:；])(" + PLACE + ")(\\d+(?:\\.\\d+)?)%");
    /** The rate a list of places' values gives, said before it: 各县区…开工率分别为：. */
    private static final Pattern RATE_LEAD = Pattern.compile(
            "([\\p{IsHan}]{1,24}?率)(?:分别|依次)?(?:为|是)[：:]?(?:[\\p{IsHan}]{2,10}\\d+(?:\\.\\d+)?%[、，,])*$");
    /** 全部办结, 均已完成: what became of the things counted, not their name. */
    private static final Pattern DONE_AFTER = Pattern.compile("(?:全部|均已|已)[\\p{IsHan}]{2}$");
    /** Verbs of work done to things counted that the target verbs do not list (承办, 修复, 接种…). */
    private static final Pattern DONE_VERB = Pattern.compile("承办|修复|接种|救助|查处|破获|打掉|排查|检查|走访|慰问|表彰|评选|办理|受理|调解|培训|资助|救治|治理|清理");
    /** The verb a list's first value follows, after the subject the list shares (棚户区改造完成680套、…). */
    private static final Pattern LIST_VERB_AT_END = Pattern.compile(
            "(?:完成|实现|建成|新建|新增|改造|开工|达到)$|(?:完成|实现)[\\p{IsHan}]{2}$");
    /** 比上年, 较去年: the value right after is the base a change is measured from. */
    private static final Pattern BASE_BEFORE = Pattern.compile("(?:比|较)(?:上年|去年)(?:同期)?$");
    private static final Pattern BASE_CHANGE = Pattern.compile(
            "^(?:比|较)(?:上年|去年)(?:同期)?(?:\\d+(?:\\.\\d+)?[\\p{IsHan}]{0,3}?)?(增加|减少|增长|下降|提高)$");
    /** A few words, then a number: what was counted in words names a package (十个常态化30项措施). */
    private static final Pattern LABEL_THEN_NUMBER = Pattern.compile("[\\p{IsHan}”]{1,5}\\d");
    private static final Pattern GAP = Pattern.compile(
            "(?:分别)?(高于|低于|高出|低出|超过|超出|快于|慢于|落后于?|滞后于?|领先于?)((?:[^，。；\\d（]|（[^）]{0,12}）){0,24}?)((?:" + NUMBER + "个?[、和及与])*" + NUMBER + ")个百分点");
    /** A rate's own value in brackets after what it is compared with: 全国（5.4%）. */
    private static final Pattern ASIDE = Pattern.compile("（[^）]{0,12}）");
    /** A part's pull on the whole: 上拉地区生产总值增速0.5个百分点, 拉动经济增长2.0个百分点. */
    private static final Pattern PULL = Pattern.compile("(?:拉动|上拉|下拉|带动)[^，。；\\d]{2,16}?" + NUMBER + "个百分点");
    private static final Pattern GAP_BI = Pattern.compile(
            "比([^，。；\\d]{1,16}?)(高出?|低|多|少)了?(" + NUMBER + ")个百分点");
    /** 优良天数比例同比提高2.3个百分点: a change in points against last year (or unnamed), not a percent growth. */
    private static final Pattern PP_CHANGE = Pattern.compile(
            "(" + Clauses.BASE + ")?(?:分别)?(提高|上升|回升|增加|加快|收窄|下降|降低|减低|减少|回落|下滑|放缓)了?((?:" + NUMBER
                    + "个?[、和及与])*" + NUMBER + ")个百分点"); // 分别回落4.5、4.2个百分点: one for each base before
    /** The bases a list of changes in points is measured against, said before it: 增速较去年同期和全年分别, 增速分别较1-2月、1-3月. */
    private static final Pattern BASES_BEFORE = Pattern.compile(
            "(?:^|[，,])([\\p{IsHan}]{0,12}?)?(增速|增幅|占比|比重)?(?:分别)?(?:较|比)[^，。；]{1,40}[、和及与][^，。；]{1,20}?(?:分别)?$");
    /** 比全市, 高于全市平均: the words of a gap against a named reference (占比, 同比, 比重 are not). */
    private static final Pattern COMPARISON = Pattern.compile("(?<![占同对])比(?![重例率上去])|高于|低于|超过|超出|落后|滞后|领先");
    /** The value a clause states, at its end (PM2.5平均浓度为32微克/立方米): not part of the subject. */
    private static final Pattern TRAILING_VALUE = Pattern.compile("(为|达到?|是|约)?[\\d.]+[^\\d\\p{IsHan}]*[\\p{IsHan}/]{0,6}$");
    /** What stands before a change said once for each item of the list before it: 分别同比增长7.8%. */
    private static final Pattern EACH_LEAD = Pattern.compile("^分别(?:" + Clauses.BASE + ")?$");
    /** Only what a change is measured against (比2015年), said before the change: no subject of its own. */
    private static final Pattern BASE_ONLY = Pattern.compile("(?:分别)?(?:" + Clauses.BASE + ")(?:分别)?");
    private static final Pattern GROWTH = Pattern.compile(
            "(?:" + Clauses.BASE + ")?(?:年均)?(?:分别)?(?:[两三四五]年平均|年均|年平均)?(?:实现)?(增长|下降|上升|上涨|下跌|下滑|减少|回落|增加|提高|降低|减低|比增|比降|降价|压缩|精简|缩减|缩短)了?\\s*((?:"
                    + NUMBER + "%(?:左右)?[、和及与])*" + NUMBER + ")%"); // 分别增长4.5%左右和6%左右
    /** 压缩时限32%, 精简会议41%: a cut, what was cut, by how much. */
    private static final Pattern CUT = Pattern.compile("(压缩|精简|缩减|缩短|减少|降低)([\\p{IsHan}]{1,4}?)(" + NUMBER + ")%");
    /** 240项审批业务压缩时限32%: a change and its number after what is counted are a figure of their own. */
    private static final Pattern CHANGE_THEN_NUMBER = Pattern.compile("(?:压缩|精简|缩减|缩短|减少|降低|增长|下降|提高)[^，。；\\d]{0,6}\\d.*$");
    private static final Pattern LEADING_COUNT = Pattern.compile("^\\d+(?:\\.\\d+)?[\\p{IsHan}]?");
    private static final Pattern GROWTH_RATE = Pattern.compile("(增幅|增速|增长率)(?:仅为|为|达到?|是)?(" + NUMBER + ")%");
    /** 城镇和农村居民人均可支配收入（分别）完成52360元、28740元: the subjects a list of values is zipped with. */
    private static final Pattern ZIPPED_BEFORE = Pattern.compile(
            "^(.{2,30}?)(?:分别(?:完成|实现|达到|为|是|达|([\\p{IsHan}&&[^为是达完实]][\\p{IsHan}]{1,2}))?|完成|实现|达到|达)"
                    + "((?:工业|规上工业|主营业务)?(?:增加值|总产值|产值|营业收入|营业额|销售额|零售额|利润))?$");
    /** A line of a ranking: 第一名：中心城区，得分91.26分. */
    private static final Pattern RANKED_LINE = Pattern.compile(
            "第([一二三四五六七八九十\\d]{1,3})名[：:]\\s*([^，,。：:\\d\\s]{2,16})\\s*(?:[，,]\\s*(?:综合)?得分(?:为|是)?)?\\s*(\\d+(?:\\.\\d+)?)分");
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile(
            "^(?:重点|主要|方面)?(?:工作|任务|意见|要求|措施|举措|方面|问题|目标|环节|关系|原则|部分)");
    /** Who came to the meeting (会议应到代表172人，实到155人，请假缺席17人) and its agenda (议程共三项): not figures of the directive. */
    private static final Pattern HEADCOUNT_BEFORE = Pattern.compile("(?:应到|实到|实际到会|到会|出席|列席|缺席|请假)[^，。；]{0,16}$");
    private static final Pattern AGENDA_BEFORE = Pattern.compile("议程[^，。；]{0,4}$");
    /** A size class inside a subject's name (5000万元以上项目投资): no value of its own. */
    private static final Pattern SIZE_CLASS = Pattern.compile("\\d+(?:\\.\\d+)?[万亿]?元以上");
    /** The count summing up a list, at the end of what comes before its measure (see {@link Quantities#LIST_SUMMED}). */
    /** A rank's subject that counts back over the subjects just said: 两项指标增速, 三项指标的增幅. */
    private static final Pattern COUNTED_BACK = Pattern.compile(
            "^([两三四五六七八九十])项(?:主要|经济)?指标(?:的)?(增速|增幅|总量|总额)?(?:均|都)?$");
    private static final Pattern SUMMED_AT_END = Pattern.compile("(?:\\d+|[一二两三四五六七八九十])项(?:主要|经济)?指标$");
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile("(提前|推迟|延后|延迟|仅用|用了|历时|耗时)$");
    private static final Pattern RANK = Pattern.compile(
            "(?:位居|稳居|排名|排在|排位|位列|名列|保持|获得了?|荣获|居(?![民住家])|排|列)(?:于)?((?:[^，。；\\d第]{0,6}?[全各][国省市区县]\\d{1,3}个)?[^，。；\\d第]{0,16}?)(倒数)?第([一二三四五六七八九十\\d]{1,3})(?!方阵|梯队|批|次|届|个|阶段)(?:位|名)?");
    private static final Pattern SHARE_OF = Pattern.compile(
            "占(?!比)((?:[^，。；%]{0,23}?[^，。；%\\d.])??)(?:的)?(比重|比例)?(?:为|达到?|超过|接近|约|近)?(" + NUMBER + "|X)%");
    /** 完成年度计划22.8%: how much of a plan is done. */
    private static final Pattern COMPLETION = Pattern.compile(
            "完成了?([^，。；%\\d]{0,8}?(?:计划|目标|任务)(?:投资)?)(?:的)?(" + NUMBER + "|X)%");
    private static final Pattern SHARE_RATE = Pattern.compile(
            "(增长面|占比|比重|比例|覆盖率|满意度|贡献度|(?:完成|累计|征迁|征地|工程|建设|施工|形象)进度|[\\p{IsHan}&&[^和与及]]{1,4}率)(分别|均)?(?:仅为|为|达到?|是|约|控制在|控制到|提高到|提升到|稳定在|保持在)?"
                    + "((?:" + NUMBER + "%?[、和])*(?:" + NUMBER + "|X))%");
    /** 办复率、满意率均达100%: the rates named before the last one, each with the value. */
    private static final Pattern RATES_BEFORE = Pattern.compile("((?:[\\p{IsHan}]{1,4}率[、和]|满意度[、和])+)$");
    private static final Pattern NEGATIVE = Pattern.compile("下降|下跌|下滑|减少|回落|降低|减低|低于|慢于|落后|滞后|低|少|比降|降价|压缩|精简|缩减|缩短|放缓");
    private static final Pattern ASPIRE = Pattern.compile("(?<![需重主只])要(?![求素点害闻]|看到|认识|意识|清醒|正视|承认)|力争|争取|确保|目标|预期|保持(?!了|稳定|平稳|稳中|良好|健康|向好)|进入");
    private static final Pattern DECLINE_PREDICATE = Pattern.compile("负增长|亏损|下降|减产|停产|关停");
    private static final Pattern POSSESSION = Pattern.compile("拥有|现有|共有|包括|完成了?|实现了?|达到|累计|集聚了");
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "(拥有|现有|共有|包括|完成|实现|达到|高达|多达|达|突破|超过|共|累计|有|为|计|稳定在|保持在|提高到|下降到|降至|升至"
                    + "|连续[一二三四五六七八九十\\d]{1,2}年)+$");
    /** Words that name an indicator; a clause with one and no number sets the subject for the next clause. */
    private static final Pattern INDICATOR = Pattern.compile(
            "收入|产值|投资|总额|增加值|总量|GDP|总值|增速|增幅|税收|利润|人数|数量|[^数]量|率");
    /** 877.3亿元、 right before a change: the change is the value's own. */
    private static final Pattern VALUE_THEN_MARK = Pattern.compile("\\d+(?:\\.\\d+)?[万亿]?元、$");
    private static final Pattern PREVIOUS_ITEM = Pattern.compile("[\\d%位名][、，]");
    /** 固定资产投资568亿元，增长13%，总量全市第一: a rank said without a verb. */
    /** 居全市首位, 位居全省榜首, 排在全市末位: first or last without a number. */
    private static final Pattern RANK_WORD = Pattern.compile(
            "(?:位居|稳居|排名|排在|排|位列|居(?![民住家])|列)(?:于)?((?:全|各)[国省市区县][^，。；\\d第]{0,8}?)(首位|第一位|榜首|末位)");
    private static final Pattern QUANTITY_NEXT = Pattern.compile("^、[\\p{IsHan}“”]{1,14}?\\d"); // 、“刘杨模式”助老小灶55个: a quoted name too
    private static final Pattern ITEM_BEFORE = Pattern.compile("\\d[\\p{IsHan}]{0,3}、[^、]*$");
    private static final Pattern RANK_MOVE = Pattern.compile(
            "(?:排名|排位|位次)?由([^，。；\\d第]{0,8}?)(?:倒数)?第[一二三四五六七八九十\\d]{1,3}(?:位|名)?"
                    + "(?:跃升|上升|提升|攀升|前移|升|降|下降|后退|后移|回落|跌)(?:至|到)([^，。；\\d第]{0,6}?)(倒数)?第([一二三四五六七八九十\\d]{1,3})(?:位|名)?");
    /** A quantity followed by 的 and a noun with a value of its own is part of that noun. */
    /** 收入超过50万元的村占比为41%, 实施50万元以上项目210个: an amount that sizes what another value counts. */
    private static final Pattern QUALIFYING = Pattern.compile("^(?:(?:以上|以下)?的|以上|以下)[^，。；]*[\\d%]");
    private static final Pattern RANK_BARE = Pattern.compile(
            "(总量|增速|增幅|总额|规模)((?:全|各)[国省市区县][^，。；\\d第]{0,6}?)(倒数)?第([一二三四五六七八九十\\d]{1,3})(?:位|名)?");
    /** 在全市6个城区中 / 在全市8个县（市、区）中 right before 排名: who it is ranked among, counted (the reference). */
    private static final Pattern PEERS = Pattern.compile(
            "在?((?:全|各)[国省市区县])[\\d一二三四五六七八九十]{1,3}个[^，。；\\d第]{1,10}?中?$");
    /** A base and a change and nothing else (较去年同期减少, 比上年增加): of the subject said before it. */
    private static final Pattern BASE_AND_CHANGE = Pattern.compile(
            "(?:按不变价计算|(?:" + Clauses.BASE + "))(?:减少|增加|增长|下降|多|少)?");
    /** Events counted (矿山事故, 道路交通事故, 火灾事故, 刑事案件): what the dead and injured after them belong to. */
    private static final Pattern EVENT = Pattern.compile("[\\p{IsHan}]{0,8}(?:事故|案件|火灾|警情)");
    /** What an event leaves (死亡1人, 伤3人, 直接经济损失2.8万元), said without the event. */
    private static final Pattern OUTCOME = Pattern.compile("死亡|伤|受伤|重伤|失踪|(?:造成)?(?:直接)?经济(?:损失)?|直接经济损失");
    /** A web page's counters after a number: 人参与互动, 浏览, 评论, 点赞. */
    private static final Pattern PAGE_STAT = Pattern.compile("^\\s*(?:人)?(?:参与互动|浏览|阅读|评论|点赞|转发|收藏)");
    /** A session of a congress or a committee: 十九届人大四次会议, 三届二次全会, 党代会五次全体会议. */
    private static final Pattern SESSION_AFTER = Pattern.compile("^(?:全体|常委|全委)?(?:会议|全会|会)");
    private static final Pattern SESSION_BEFORE = Pattern.compile("届(?:人大|政协|党代会|人民代表大会|区委|县委|市委)?(?:常委会)?$|(?:人大|政协|党代会)$");
    /** 完成房屋征迁35户/8195.24平方米: a second measure of the same thing after a slash, not a rate per unit (元/人). */
    private static final Pattern PAIRED_VALUE = Pattern.compile("^/\\d");
    /** A sentence that opens with a part of the place and what it did (西津片区本期完成…, 港口镇累计完成…): its figures' topic. */
    private static final Pattern PLACE_TOPIC = Pattern.compile(
            "[ \u3000]*([\\p{IsHan}]{2,6}?(?:片区|街道|镇|乡))(?=本期|本周|本月|累计|共完成|完成|实现)");
    /** One more place of a list of places: 、第2位. */
    private static final Pattern NEXT_PLACE = Pattern.compile("[、和]第([一二三四五六七八九十\\d]{1,3})(?:位|名)?");
    /** Two measures of one value joined by 和 (总量和增速均位居全省第3位). */
    private static final Pattern MEASURES_JOINED = Pattern.compile("(?:总量|增速|增幅|总额|规模)[和及](?:总量|增速|增幅|总额|规模)");
    private static final Pattern MEASURE_AT_END = Pattern.compile("(?:增速|增幅|降幅|跌幅|总量|排名|位次)+$");
    private static final Pattern BARE_MEASURE = Pattern.compile("增速|增幅|增长|降幅|跌幅|总量|排名|位次|规模|进度");
    /** Money spent said with no noun of its own: 累计完成投资, 计划投资, 投入. */
    private static final Pattern BARE_SPENT = Pattern.compile("(?:累计|当年|年度|今年|计划)?(?:完成投资|投资|投入(?:资金)?)");
    /** A line's label before its colon (重大产业项目：累计完成投资113.4亿元): what its figures are of. */
    private static final Pattern LINE_LABEL = Pattern.compile("([\\p{IsHan}、“”]{2,20})[：:]\\s*");
    private static final Pattern TOTAL = Pattern.compile("总投资");
    private static final Pattern PAIRED_BEFORE = Pattern.compile("\\d+(?:\\.\\d+)?万?(?:户|人|个|家|名)$");
    private static final Pattern PAIRED_AFTER = Pattern.compile(
            "^\\d+(?:\\.\\d+)?万?(?:户|人|个|家|名|人次)$|^/\\d+(?:\\.\\d+)?(?:" + Quantities.UNITS + "|亩|万亩|人|户|个)$");
    private static final Pattern RANKED_WHERE = Pattern.compile("([\\p{IsHan}A-Za-z\\d.]{2,16}?)(?:在|于)?((?:全国|全省|全市|全县|全区)[\\p{IsHan}]{0,8})");
    /** What makes 个 a span of time: 6个季度, 3个月来, 18个月的最高水平. */
    private static final Pattern SPAN_AFTER = Pattern.compile("(?:月|季度|年度?|星期|工作日|小时)(?!份)");
    /** A rank's move said before a number of places: 前移, 后移, 上升, 提升, 下降. */
    private static final Pattern RANK_MOVE_BEFORE = Pattern.compile("(?:前移|后移|前进|后退|上升|提升|提高|下降|跃升|晋升|进位)了?$");
    /** How far after a count its list's values may follow (…三个行业增加值增势较好，分别增长…). */
    private static final int EACH_REACH = 30;
    /** A value a change started from: 从2015年的39.70亿元增长到…, its subject before 从. */
    private static final Pattern FROM_VALUE = Pattern.compile("(.*?)从(?:(?:19|20)\\d\\d年(?:底|末)?的?)?");
    private static final Pattern TO_VALUE = Pattern.compile(
            "(?:增长|增加|提高|提升|上升|扩大|下降|减少|降低|缩小|跃升)?(?:到|至)");
    /** Where a rank stands, said with 在 and a group of places (增速在主城区, 总量在六区两县中). */
    private static final Pattern RANKED_AMONG = Pattern.compile(
            "([\\p{IsHan}A-Za-z\\d.]{2,16}?)(?:在|于)([\\p{IsHan}]{1,8}?(?:城区|县区|区县|县市|区|县|市|州))中?");
    private static final Pattern PEER_GROUP = Pattern.compile("(?:同类|同等|平原|山区|丘陵|全市平原|全省同类)[\\p{IsHan}]{0,3}(?:县|区|市|县区|县市|地区)");

    private FigureExtractor() {}

    /**
     * @param looksBack whether an offset lies in text that reports the past (see {@link TargetExtractor})
     * @param looksAhead whether an offset lies in a section that sets goals (主要目标, 工作安排…)
     * @param targets   targets already drafted: their numbers are not figures
     */
    static List<Figure> extract(Passage passage, IntFunction<String> nodeAt, IntPredicate looksBack,
                                IntPredicate looksAhead, List<Target> targets, String ownLevel) {
        String text = passage.text;
        List<Figure> out = new ArrayList<>();
        java.util.Set<String> home = Places.home(passage.text); // 今年河北预计…: 河北 is the text's own place
        for (Passage.Span sentence : passage.sentences()) {
            String sentenceText = sentence.of(text);
            if (sentenceText.indexOf('第') < 0 && sentenceText.indexOf('%') < 0 && !RANK_WORD.matcher(sentenceText).find()
                    && Quantities.find(passage, sentence.start(), sentence.end()).isEmpty()) {
                continue; // most sentences hold no number at all
            }
            if (Places.aboutElsewhere(sentenceText, home)) {
                continue;
            }
            Matcher ranked = RANKED_LINE.matcher(sentenceText);
            boolean ranking = false;
            while (ranked.find()) {
                // 第一名：中心城区，得分91.26分; 第一名：长葛市 91.06分 — a line of a ranking: the place's rank and its score
                ranking = true;
                int at = sentence.start() + ranked.start();
                String subject = ranked.group(2).strip() + "得分";
                out.add(new Figure(nodeAt.apply(at), subject, "rank", ChineseNumbers.parse(ranked.group(1)), "名", null,
                        null, ranked.group(), at));
                out.add(new Figure(nodeAt.apply(at), subject, "amount", new BigDecimal(ranked.group(3)), "分", null, null,
                        ranked.group(), at));
            }
            if (ranking) {
                continue;
            }
            Sentence s = new Sentence(passage, sentence, nodeAt, ownLevel, out,
                    looksBack.test(sentence.start()), looksAhead, targets);
            List<Clauses.Clause> clauses = new ArrayList<>(Clauses.of(text, sentence.start(), sentence.end()));
            clauses.sort(Comparator.comparingInt(Clauses.Clause::start));
            for (Clauses.Clause clause : clauses) {
                s.clause(clause);
            }
        }
        return out;
    }

    /** The figures of one sentence; remembers the last subject for clauses that have none (…，同比下降16.39%). */
    private static final class Sentence {
        final Passage passage;
        final String text;
        final Passage.Span span;
        final IntFunction<String> nodeAt;
        final String ownLevel;
        final List<Figure> out;
        final Set<Integer> used = new HashSet<>();
        final boolean past;
        String lastSubject;
        /** The place of the last figure given as a place's part ({@link #placed}). */
        String lastPlace;
        /** The things counted last whose parts by state follow (确定事项405项，完成385项，正在办理20项). */
        String countedWhole;
        /** What the cuts of this sentence are cuts of (240项审批业务压缩时限32%，压缩材料60%). */
        String cutHead;
        /** The items of the last list zipped with its values (…分别增长6.2%和4.9%，分别高于…0.8个和0.3个百分点). */
        List<String> lastItems;
        /** The subjects of this sentence's figures so far, in order. */
        final List<String> sentenceSubjects = new ArrayList<>();
        /** The kind of event last counted in the sentence (矿山事故1起), whose dead and injured follow it. */
        private String event;
        Clauses.Clause previousClause;

        final List<Target> targets;
        final Set<Integer> targetClauses = new HashSet<>();
        final IntPredicate looksAhead;

        Sentence(Passage passage, Passage.Span span, IntFunction<String> nodeAt, String ownLevel, List<Figure> out,
                 boolean looksBack, IntPredicate looksAhead, List<Target> targets) {
            this.targets = targets;
            for (Target t : targets) {
                if (t.start() >= span.start() && t.start() < span.end()) {
                    targetClauses.add(t.start());
                }
            }
            this.looksAhead = looksAhead;
            this.passage = passage;
            this.text = passage.text;
            this.span = span;
            this.nodeAt = nodeAt;
            this.ownLevel = ownLevel;
            this.out = out;
            this.past = looksBack || TargetExtractor.PAST.matcher(span.of(text)).find();
        }

        void clause(Clauses.Clause clause) {
            String clauseText = text.substring(clause.start(), clause.end());
            boolean aspiring = (ASPIRE.matcher(text.substring(span.start(), clause.end())).find()
                    || looksAhead.test(clause.start())) && !past;
            int before = out.size();
            if (!aspiring && !targetClauses.contains(clause.start())) { // a target's numbers are not facts
                boolean percent = clauseText.indexOf('%') >= 0;
                if (clauseText.contains("百分点")) {
                    gaps(clause);
                }
                if (percent) {
                    growth(clause);
                    shares(clause);
                }
                if (clauseText.contains("分别是") || clauseText.contains("分别为") || clauseText.contains("依次")) {
                    placings(clause);
                }
                if (clauseText.indexOf('第') >= 0 || clauseText.indexOf('位') >= 0 || clauseText.contains("榜首")) {
                    ranks(clause);
                }
                counts(clause, clauseText);
            }
            if (out.size() == before && INDICATOR.matcher(clauseText).find() && !PULL.matcher(clauseText).find()) {
                // (上拉地区生产总值增速0.5个百分点 names the whole a part pulls on: what follows is still the part's)
                lastSubject = null; // a clause naming another indicator (特别是来信增幅明显) is what comes next is about
            }
            previousClause = clause;
        }

        private void gaps(Clauses.Clause clause) {
            Matcher c = matcher(PP_CHANGE, clause);
            while (c.find()) {
                List<BigDecimal> points = values(c.group(3));
                Matcher bases = BASES_BEFORE.matcher(Clauses.before(text, clause, c.start()));
                boolean eachBase = points.size() > 1 && bases.find(); // 比1-4月和1-5月分别回升7.5和1.8个百分点
                if (fresh(c.start()) && (eachBase || !precededByComparison(clause, c.start()))) {
                    int sign = NEGATIVE.matcher(c.group(2)).find() ? -1 : 1;
                    if (eachBase) {
                        // 增速较去年同期和全年分别回落4.5、4.2个百分点: the rate said before, once against each base
                        // (规上工业增加值增速较…: the rate the clause names; 增速较…: the one said before it)
                        // (较一季度、上半年和前三季度分别提高…: the rate of the subject said before; 占比分别较…: its share)
                        String measureWord = bases.group(2) == null ? "增速" : bases.group(2);
                        String of = bases.group(1) != null && !bases.group(1).isEmpty() ? bases.group(1)
                                : lastSubject != null ? lastSubject.replaceFirst("(增速|增幅|占比|比重)$", "") : "";
                        if (of.isEmpty()) {
                            // 固定资产投资同比增长12.4%，增速连续2个月回升，比1-4月和1-5月分别回升…: the value said last
                            of = sentenceSubjects.stream().filter(x -> !BARE_MEASURE.matcher(x).matches())
                                    .reduce((a, b) -> b).orElse("").replaceFirst("(增速|增幅|占比|比重)$", "");
                        }
                        String subject = of + measureWord;
                        for (BigDecimal v : points) {
                            emit(clause, c.start(), "gap_pp", sign < 0 ? v.negate() : v, "个百分点", subject, null);
                        }
                        mark(c.start(), c.end());
                        continue;
                    }
                    add(clause, c.start(), c.end(), "gap_pp", "个百分点", sign, points,
                            c.group(1) == null ? null : baseOf(c.group(1)));
                }
            }
            Matcher pull = matcher(PULL, clause);
            while (pull.find()) {
                // 上拉地区生产总值增速0.5个百分点: a part's pull on the whole is no gap against a reference (the
                // held-out references leave it out, 6 texts of 7); its points are not read as one
                mark(pull.start(), pull.end());
            }
            for (Pattern p : List.of(GAP_BI, GAP)) { // 比全市高出3.1个百分点 is one gap, read from 比
                Matcher m = matcher(p, clause);
                while (m.find()) {
                    if (!fresh(m.start())) {
                        continue;
                    }
                    int sign = NEGATIVE.matcher(m.group(2)).find() || NEGATIVE.matcher(m.group(1)).find() ? -1 : 1;
                    String reference = ASIDE.matcher(p == GAP ? m.group(2) : m.group(1)).replaceAll("");
                    List<BigDecimal> points = values(m.group(3));
                    String[] references = Clauses.cleanReference(reference).split("[、和及与]");
                    if (p == GAP && points.size() > 1 && references.length == points.size()
                            && Arrays.stream(references).allMatch(r -> r.equals("国") || Items.LEVEL.matcher(r).find())) {
                        // 分别高于全国、全省0.1和0.3个百分点: one rate, a gap against each
                        String subject = subjectBefore(clause, m.start());
                        for (int k = 0; k < points.size(); k++) {
                            BigDecimal v = points.get(k);
                            emit(clause, m.start(), "gap_pp", v == null ? null : sign < 0 ? v.negate() : v, "个百分点",
                                    subject, references[k]);
                        }
                        mark(m.start(), m.end());
                        continue;
                    }
                    add(clause, m.start(), m.end(), "gap_pp", "个百分点", sign, points, Clauses.cleanReference(reference));
                }
            }
        }

        /** 同比 → 上年, 较上半年 → 上半年: what a change in points is measured against. */
        private static String baseOf(String base) {
            return base.startsWith("同") || base.startsWith("环") ? "上年" : base.substring(1);
        }

        /** 比全市低…, 高于全市平均…: a gap, which GAP and GAP_BI read, not a change. */
        private boolean precededByComparison(Clauses.Clause clause, int at) {
            return COMPARISON.matcher(Clauses.before(text, clause, at)).find();
        }

        private void growth(Clauses.Clause clause) {
            Matcher m = matcher(GROWTH, clause);
            while (m.find()) {
                if (fresh(m.start())) {
                    int sign = NEGATIVE.matcher(m.group(1)).find() ? -1 : 1;
                    add(clause, m.start(), m.end(), "growth_pct", "%", sign, values(m.group(2)), null);
                }
            }
            Matcher cut = matcher(CUT, clause);
            while (cut.find()) {
                if (fresh(cut.start())) {
                    // 240项审批业务压缩时限32%、压缩材料60%: what was cut is named between the verb and the number
                    String head = LEADING_COUNT.matcher(Clauses.cleanSubject(Clauses.before(text, clause, cut.start())))
                            .replaceFirst("");
                    head = head.matches(".*[\\d%、].*") ? "" : head;
                    if (head.isEmpty() && cutHead != null) {
                        head = cutHead; // …压缩时限32%，压缩材料60%: the same 审批业务
                    }
                    cutHead = head.isEmpty() ? null : head;
                    emit(clause, cut.start(), "growth_pct", new BigDecimal(cut.group(3)).negate(), "%", head + cut.group(2), null);
                    mark(cut.start(), cut.end());
                }
            }
            Matcher r = matcher(GROWTH_RATE, clause);
            while (r.find()) {
                if (fresh(r.start())) {
                    int at = r.start();
                    String subject = subjectBefore(clause, at) + r.group(1);
                    emit(clause, at, "growth_pct", new BigDecimal(r.group(2)), "%", subject, null);
                    mark(at, r.end());
                }
            }
        }

        /** What the places last named in ranked order were ranked by (总分). */
        private String rankedBy;

        /**
         * Places named in the order they were ranked (总分居前3位的县市区分别是桂阳县、苏仙区、临武县; 居第4位至第7位的…分别是
         * 资兴市、…): each place's rank in what the clause ranks.
         */
        private void placings(Clauses.Clause clause) {
            Matcher m = matcher(PLACINGS, clause);
            while (m.find()) {
                if (!fresh(m.start())) {
                    continue;
                }
                BigDecimal first = m.group(1) != null ? BigDecimal.ONE : ChineseNumbers.parse(m.group(2));
                BigDecimal last = ChineseNumbers.parse(m.group(1) != null ? m.group(1) : m.group(3));
                String[] places = m.group(4).split("、");
                if (first == null || last == null || last.intValue() - first.intValue() + 1 != places.length) {
                    continue;
                }
                String what = Clauses.cleanSubject(Clauses.before(text, clause, m.start()));
                if (what.isEmpty() && rankedBy != null) {
                    what = rankedBy; // …，居第4位至第7位的县市区分别是…: ranked by what the clause before ranked
                }
                rankedBy = what.isEmpty() ? null : what;
                for (int k = 0; k < places.length; k++) {
                    emit(clause, m.start(), "rank", BigDecimal.valueOf(first.intValue() + k), "位", places[k] + what, null);
                }
                mark(m.start(), m.end());
            }
        }

        private void ranks(Clauses.Clause clause) {
            Matcher w = matcher(RANK_WORD, clause);
            while (w.find()) {
                if (fresh(w.start())) {
                    BigDecimal value = w.group(2).equals("末位") ? BigDecimal.ONE.negate() : BigDecimal.ONE;
                    emit(clause, w.start(), "rank", value, "位", subjectBefore(clause, w.start()),
                            Clauses.cleanReference(w.group(1)));
                    mark(w.start(), w.end());
                }
            }
            Matcher b = matcher(RANK_BARE, clause);
            while (b.find()) {
                BigDecimal value = ChineseNumbers.parse(b.group(4));
                if (!fresh(b.start()) || value == null) {
                    continue;
                }
                // 规上工业增加值增速位居全市第1，地区生产总值增速全市第2: the clause's own subject first
                String own = Clauses.cleanSubject(Clauses.before(text, clause, b.start()));
                String subject = !own.isEmpty() && !own.matches(".*\\d.*") ? own + b.group(1)
                        : lastSubject == null ? b.group(1)
                        : lastSubject.endsWith(b.group(1)) ? lastSubject : lastSubject + b.group(1);
                List<String> shared = listBefore(clause, b.start());
                if (shared.size() > 1) {
                    // 规上工业增加值、固定资产投资、社会消费品零售总额增速全市排名第3: one rank for each
                    for (String item : shared) {
                        emit(clause, b.start(), "rank", b.group(3) != null ? value.negate() : value, "位",
                                item + b.group(1), Clauses.cleanReference(b.group(2)));
                    }
                } else {
                    emit(clause, b.start(), "rank", b.group(3) != null ? value.negate() : value, "位", subject,
                            Clauses.cleanReference(b.group(2)));
                }
                mark(b.start(), b.end());
            }
            Matcher move = matcher(RANK_MOVE, clause);
            while (move.find()) {
                // 排名由全省第15位跃升至第9位: where it stands now is the rank; where it came from is not
                BigDecimal value = ChineseNumbers.parse(move.group(4));
                if (!fresh(move.start()) || value == null) {
                    continue;
                }
                String reference = Clauses.cleanReference(move.group(1));
                emit(clause, move.start(), "rank", move.group(3) != null ? value.negate() : value, "位",
                        subjectBefore(clause, move.start()), reference.isEmpty() ? null : reference);
                mark(move.start(), move.end());
            }
            Matcher m = matcher(RANK, clause);
            while (m.find()) {
                if (!fresh(m.start())) {
                    continue;
                }
                BigDecimal value = ChineseNumbers.parse(m.group(3));
                if (value == null) {
                    continue;
                }
                if (m.group(2) != null) {
                    value = value.negate();
                }
                String reference = Clauses.cleanReference(m.group(1));
                String subject = subjectBefore(clause, m.start());
                Matcher where = RANKED_WHERE.matcher(subject);
                if (!where.matches()) {
                    where = RANKED_AMONG.matcher(subject); // 增速在主城区排名第三位
                }
                if (reference.isEmpty() && where.matches()) {
                    // 优良天数在全市平原县排名第二; 进度全市排名第一: where it ranks is the reference
                    subject = where.group(1);
                    reference = where.group(2);
                    subject = ofLastSubject(subject, BARE_MEASURE); // 江水置换工程惠及28万人口，进度全市排名第一
                }
                if (reference.isEmpty() && PEER_GROUP.matcher(subject).matches()) {
                    // 地下水位上升1.88米，同类县排名第一: the peer group, and the rank of what came before
                    reference = subject;
                    subject = lastSubject != null ? lastSubject : subject;
                }
                Matcher peers = PEERS.matcher(text.substring(Math.max(span.start(), m.start() - 24), m.start()));
                if (peers.find()) {
                    // 增速在全市8个县（市、区）中排名第6: the peers are the reference; 8个县 is no count
                    if (reference.isEmpty()) {
                        reference = peers.group(1);
                    }
                    int peersStart = m.start() - (peers.end() - peers.start());
                    mark(peersStart, m.start());
                    String kept = Clauses.cleanSubject(Clauses.before(text, clause, Math.max(clause.start(), peersStart)));
                    subject = kept.isEmpty() ? null : kept;
                    if (subject == null || BARE_MEASURE.matcher(subject).matches()) {
                        String head = lastSubject != null ? lastSubject : previousClause == null ? ""
                                : Clauses.cleanSubject(TRAILING_VALUE.matcher(
                                        Clauses.before(text, previousClause, previousClause.end())).replaceFirst(""));
                        subject = head + (subject == null ? "" : subject);
                    }
                }
                List<String> listed = subject == null ? List.of()
                        : listBefore(clause, m.start()).stream().map(x -> x.replaceFirst("(均|都|分别)+$", "")).toList();
                // 总量和增速分别居第1位、第2位: a value each, zipped elsewhere
                boolean zipped = Clauses.before(text, clause, m.start()).endsWith("分别");
                List<String> shared = !zipped && BARE_MEASURE.matcher(subject == null ? "" : subject).find() ? listed : List.of();
                // 城镇、农村居民人均可支配收入均排名城区第一; 完成地区生产总值1477.7亿元，总量和增速均位居全省第3位
                boolean eachNamed = !Items.sharedHead(listed).isEmpty() || listed.size() > 1 && lastSubject != null
                        && listed.stream().allMatch(x -> BARE_MEASURE.matcher(x).matches());
                List<String> each = !zipped && eachNamed ? listSubjects(listed) : List.of();
                Matcher counted = subject == null ? null : COUNTED_BACK.matcher(subject);
                int back = counted != null && counted.matches() ? ChineseNumbers.parse(counted.group(1)).intValue() : 0;
                List<BigDecimal> values = zipped && listed.size() > 1 ? nextPlaces(m.end(), clause, value) : List.of();
                if (values.size() > 1 && values.size() == listed.size()) {
                    // 经济总量和增速分别居全省第1位、第2位: each its own place, the measures of the value said before
                    List<String> named = listSubjects(listed);
                    for (int k = 0; k < named.size(); k++) {
                        emit(clause, m.start(), "rank", values.get(k), "位", named.get(k), reference.isEmpty() ? null : reference);
                    }
                } else if (!each.isEmpty()) {
                    for (String item : each) {
                        emit(clause, m.start(), "rank", value, "位", item, reference.isEmpty() ? null : reference);
                    }
                } else if (back > 1 && sentenceSubjects.size() >= back) {
                    // 社会消费品零售总额增长12.6%，城镇居民人均可支配收入增长12.1%，两项指标增速均位居全市第二位: the
                    // subjects just said, each ranked by the measure the count names
                    String measureWord = counted.group(2) == null ? "" : counted.group(2);
                    for (String item : List.copyOf(sentenceSubjects.subList(sentenceSubjects.size() - back, sentenceSubjects.size()))) {
                        String named = item.replaceFirst("(增长|增速|增幅)$", "");
                        emit(clause, m.start(), "rank", value, "位", named + measureWord, reference.isEmpty() ? null : reference);
                    }
                } else if (shared.size() > 1 && shared.get(shared.size() - 1).endsWith(bareMeasureAtEnd(subject))) {
                    // 社会消费品零售总额、一般公共预算收入增速均列全市第4: one rank for each, the measure shared
                    String measureWord = bareMeasureAtEnd(subject);
                    for (String item : shared) {
                        String named = item;
                        emit(clause, m.start(), "rank", value, "位",
                                named.endsWith(measureWord) ? named : named + measureWord,
                                reference.isEmpty() ? null : reference);
                    }
                } else {
                    // ●位列全国市辖区高质量发展百强第8名: with nothing said before it, the list is what places
                    String what = (subject == null || subject.isBlank()) && !reference.isEmpty() ? reference : subject;
                    emit(clause, m.start(), "rank", value, "位", what, reference.isEmpty() ? null : reference);
                }
                mark(m.start(), m.end());
            }
        }

        private void shares(Clauses.Clause clause) {
            Matcher byPlace = matcher(PLACE_RATE, clause);
            while (byPlace.find()) {
                Matcher lead = RATE_LEAD.matcher(text.substring(span.start(), byPlace.start()));
                if (fresh(byPlace.start()) && lead.find()) {
                    // 各县区亿元以上新签约项目开工率分别为：金安区93.5%、叶集区89.5%: each place's rate
                    String rate = lead.group(1).replaceFirst("^(?:各县(?:（市、区）|市区|区|市)?|各区县?|各乡镇|各街道|全市|全县|全区)", "");
                    emit(clause, byPlace.start(), "share_pct", new BigDecimal(byPlace.group(2)), "%",
                            byPlace.group(1) + rate, null);
                    mark(byPlace.start(), byPlace.end());
                }
            }
            Matcher m = matcher(SHARE_OF, clause);
            while (m.find()) {
                if (fresh(m.start())) {
                    String of = m.group(1).replaceFirst("的$", "");
                    Matcher among = AMONG.matcher(text.substring(span.start(), m.start()));
                    while (of.isEmpty() && among.find()) {
                        of = among.group(1); // 在规上工业增加值中，制造业增加值占90.6%: a share of what the sentence set out
                    }
                    String subject = subjectBefore(clause, m.start()) + "占" + of + (m.group(2) == null ? "" : m.group(2));
                    emit(clause, m.start(), "share_pct", number(m.group(3)), "%", subject,
                            Clauses.cleanReference(of.replaceFirst("(比重|比例)$", "")));
                    mark(m.start(), m.end());
                }
            }
            Matcher c = matcher(COMPLETION, clause);
            while (c.find()) {
                if (fresh(c.start())) {
                    String subject = subjectBefore(clause, c.start()) + "完成" + c.group(1);
                    emit(clause, c.start(), "share_pct", number(c.group(2)), "%", subject, null);
                    mark(c.start(), c.end());
                }
            }
            Matcher r = matcher(SHARE_RATE, clause);
            while (r.find()) {
                if (fresh(r.start())) {
                    String before = Clauses.before(text, clause, r.start());
                    String subject = Clauses.cleanSubject(before + r.group(1));
                    List<BigDecimal> values = values(r.group(3));
                    Matcher rates = RATES_BEFORE.matcher(before);
                    if (BARE_RATE.matcher(subject).matches() && lastSubject == null && previousClause != null
                            && subject.endsWith("率") && subject.length() >= 3) {
                        // 加快推进“互联网政务服务”事项网上办理，办理率达85.4%: the rate of what the clause before does
                        String previous = Clauses.before(text, previousClause, previousClause.end());
                        if (previous.endsWith(subject.substring(subject.length() - 3, subject.length() - 1))) {
                            subject = Clauses.cleanSubject(previous.replaceFirst("^(?:加快|推进|全面|深入|大力|持续|积极)+", ""))
                                    + "率";
                        }
                    }
                    boolean bareRate = BARE_RATE.matcher(subject).matches() && lastSubject != null
                            && !lastSubject.endsWith("率") && !lastSubject.endsWith("度"); // not the rate of a rate
                    if (bareRate && values.size() == 1) {
                        // 已完成550项，正在办理29项，完成率95%: the rate of all the things counted, not of a part
                        String of = countedWhole != null && lastSubject.startsWith(countedWhole) ? countedWhole : lastSubject;
                        subject = of + subject; // 受理群众诉求7600余件，办结率100%: the rate of what came before
                    }
                    if (values.size() == 1 && rates.find()) {
                        ratesOfOneValue(clause, r.start(), before, rates, r.group(1), values.get(0));
                        subject = r.group(1);
                    } else if (values.size() > 1) {
                        // 基本医保、养老保险参保率分别达到94.9%、99.6%
                        List<String> subjects = Items.zip(subject, values.size());
                        if (subjects.size() != values.size() && !bareRate && BARE_RATE.matcher(subject).matches()) {
                            // 医疗废物、生活垃圾、城市污水处理能力不断提高，处理率分别达到95%、85%、80%
                            subjects = itemsBefore(subject, values.size());
                        }
                        if (bareRate && subjects.size() != values.size()) {
                            // 47件人大代表建议和政协提案全部办结，满意率分别达到98%和100%: one rate for each of them
                            String rate = subject;
                            subjects = Items.zip(DONE_AFTER.matcher(lastSubject).replaceFirst(""), values.size()).stream()
                                    .map(item -> item + rate).toList();
                        }
                        for (int k = 0; k < values.size(); k++) {
                            emit(clause, r.start(), "share_pct", values.get(k), "%",
                                    subjects.size() == values.size() ? subjects.get(k) : subject, null);
                        }
                    } else {
                        emit(clause, r.start(), "share_pct", values.get(0), "%", subject, null);
                    }
                    lastSubject = subject; // 优良天数比例为81.2%，同比提高2.3个百分点: the rate is what follows speaks of
                    mark(r.start(), r.end());
                }
            }
        }

        /**
         * The state a part of what was counted is named by, as written before its value (已开工建设, 达到和基本达到 —
         * cleaning would drop that last 达到 as a verb before a value), or null.
         */
        private static String stateOf(String before) {
            for (String s : List.of(before.strip(), Clauses.cleanSubject(before))) {
                if (STATE.matcher(s).matches()) {
                    return s;
                }
            }
            return null;
        }

        /**
         * A place's part of what the sentence counted before (…接通天然气172083户，其中东营区完成26866户、河口区完成6445户;
         * …项目344个，分别为：霍邱县52个、…): the place and that whole, or null when the item before the value at
         * {@code at} is no place with 完成, nor a place alone after words that share a total out (分别为：).
         */
        private String placed(String before, int at) {
            String item = Clauses.cleanSubject(before.substring(before.lastIndexOf('、') + 1));
            Matcher place = PLACE_DONE.matcher(item);
            if (!place.matches()) {
                // 全市…新签约项目344个，分别为：霍邱县52个、舒城县52个: a place alone in a list of the total's parts
                place = PLACE_ALONE.matcher(item);
                if (!place.matches() && lastPlace != null) {
                    place = BODY_ALONE.matcher(item); // …，港闸区58件，市公安局1件: a body among the places sharing the total
                }
                if (!place.matches() || !PARTS_LEAD.matcher(text.substring(span.start(), Math.min(text.length(), at + 1))).find()) {
                    return null;
                }
            }
            if (lastSubject == null) {
                return null;
            }
            String whole = lastPlace != null && lastSubject.startsWith(lastPlace)
                    ? lastSubject.substring(lastPlace.length()) : lastSubject;
            whole = whole.replaceFirst("^(?:该项目|该工程)?(?:已经?|累计|共)?", "");
            lastPlace = place.group(1);
            return whole.isEmpty() ? null : lastPlace + whole;
        }

        /**
         * The items listed in the clause before, one for each value of a rate said once (医疗废物、生活垃圾、城市污水处理
         * 能力不断提高，处理率分别达到…; 特色街区塑造工程、…等也都取得了显著成效，满意率分别为…): each item's rate, or
         * the rate alone when the clause before lists another number of items or the last item's end is not found.
         */
        private List<String> itemsBefore(String rate, int count) {
            if (previousClause == null) {
                return List.of(rate);
            }
            String[] parts = Clauses.cleanSubject(Clauses.before(text, previousClause, previousClause.end())).split("、");
            if (parts.length != count) {
                return List.of(rate);
            }
            String last = parts[count - 1];
            String stem = rate.substring(0, rate.length() - 1);
            int end = stem.length() >= 2 && last.indexOf(stem) > 0 ? last.indexOf(stem) : last.indexOf('等');
            if (end <= 0) {
                return List.of(rate);
            }
            parts[count - 1] = last.substring(0, end);
            List<String> out = new ArrayList<>();
            for (String part : parts) {
                if (part.length() < 2 || part.length() > 16) {
                    return List.of(rate);
                }
                out.add(part + rate);
            }
            return out;
        }

        /**
         * 办复率、满意率均达100%: one figure per rate, each of what they measure — the subject before the sentence's
         * rates (留言、投诉195条，回复率和满意度均达100%) or the words before the first rate, said once for all
         * (建议提案办复率、满意率均达100%: the rates are as long as the last one).
         */
        private void ratesOfOneValue(Clauses.Clause clause, int at, String before, Matcher rates, String last, BigDecimal value) {
            String of = rates.start() == 0 && lastSubject != null ? lastSubject : "";
            List<String> named = new ArrayList<>(List.of((rates.group(1) + last).split("[、和]")));
            int length = named.get(named.size() - 1).length();
            String first = named.get(0);
            if (first.length() > length && first.endsWith("率") && of.isEmpty()) {
                of = Clauses.cleanSubject(before.substring(0, rates.start())) + first.substring(0, first.length() - length);
                named.set(0, first.substring(first.length() - length));
            }
            for (String rate : named) {
                emit(clause, at, "share_pct", value, "%", of + rate, null);
            }
        }

        private void counts(Clauses.Clause clause, String clauseText) {
            boolean clausePast = TargetExtractor.PAST.matcher(clauseText).find();
            boolean clauseForward = past ? TargetExtractor.promisesInReview(clauseText)
                    : TargetExtractor.PROMISE.matcher(clauseText).find();
            for (Quantities.Quantity q : Quantities.find(passage, clause.start(), clause.end())) {
                if (q.unit().equals("%") || q.unit().equals("个百分点") || !fresh(q.start())
                        || insideOtherClause(clause, q.start())) {
                    continue;
                }
                if (q.value() != null && q.value().compareTo(BigDecimal.ONE) == 0 && !Character.isDigit(text.charAt(q.start()))) {
                    continue; // 一个: an article, not a count
                }
                // amounts: money, and physical measures (粮食总产量达到9.6万吨, 新建高标准农田1.2万亩)
                boolean money = Quantities.MONEY.matcher(q.unit()).matches()
                        || Quantities.MEASURE_UNITS.matcher(q.unit()).matches();
                if (!money && !Quantities.COUNT_UNITS.matcher(q.unit()).matches()) {
                    continue;
                }
                Matcher sized = SIZE_OF_NEXT.matcher(Clauses.before(text, clause, q.start()));
                if (Quantities.MONEY.matcher(q.unit()).matches() && sized.find()
                        && text.startsWith("的", q.end()) && !isTarget(q) && (clausePast || past && !clauseForward)) {
                    // 总投资20.8亿元的7个园区基础设施建设项目有序推进: the money is the size of what is counted next
                    String work = PROGRESS.matcher(TargetExtractor.object("", text.substring(q.end(), clause.end())))
                            .replaceFirst("");
                    if (!work.isEmpty()) {
                        emit(clause, q.start(), "amount", q.value(), q.unit(), work + sized.group(1), null);
                        mark(q.start(), q.end());
                        continue;
                    }
                }
                if (QUALIFYING.matcher(text.substring(q.end(), clause.end())).find()) {
                    continue; // 收入超过50万元的村占比为41%: the amount qualifies the subject of another value
                }
                String after = text.substring(q.end(), clause.end());
                // 市场监管174封（67.7%）: the count's share of the whole, in brackets right after it
                Matcher shareAfter = BRACKET_SHARE.matcher(after);
                boolean bracketShare = shareAfter.lookingAt() && fresh(q.end() + shareAfter.start(1));
                if (bracketShare) {
                    after = after.substring(shareAfter.end());
                }
                String before = Clauses.before(text, clause, q.start());
                // 惠及28万人口: people counted, 口 ends the word
                boolean people = q.unit().endsWith("人") && after.startsWith("口");
                if (people) {
                    after = after.substring(1);
                }
                // 易地搬迁516户1960人: two counts of one thing, side by side
                Matcher pairedBefore = PAIRED_BEFORE.matcher(before);
                if (pairedBefore.find() && pairedBefore.start() > 0) {
                    before = before.substring(0, pairedBefore.start());
                }
                boolean paired = PAIRED_AFTER.matcher(after).matches();
                if (after.endsWith("中") || after.contains("之一") || after.startsWith("“")
                        || after.startsWith("/") && !PAIRED_VALUE.matcher(after).lookingAt()
                        || TargetExtractor.ACTOR.matcher(after).find()) {
                    continue;
                }
                if (isTarget(q)) {
                    continue;
                }
                if (q.unit().equals("个") && (SPAN_AFTER.matcher(after).lookingAt() || before.endsWith("连续"))) {
                    continue; // 连续6个季度超过全国, 3个月来: a span of time, not a count
                }
                if (PAGE_STAT.matcher(after).lookingAt()) {
                    continue; // 0 人参与互动, 0浏览: the page's counters, not the text's
                }
                if (q.unit().equals("次") && SESSION_AFTER.matcher(after).lookingAt() && SESSION_BEFORE.matcher(before).find()) {
                    continue; // 区十九届人大四次会议: which session, not a count
                }
                if (q.unit().equals("位") && RANK_MOVE_BEFORE.matcher(before).find()) {
                    continue; // 位次较一季度前移7位: a rank's move, not a count
                }
                if (q.value() != null && before.indexOf('、') > 0
                        && before.split("、").length == q.value().intValue() && q.value().scale() <= 0
                        && !Character.isDigit(text.charAt(q.start())) && eachFollows(q.end())) {
                    // 医药制造业、专用设备制造业、电气机械和器材制造业三个行业…，分别增长…: the count of the list just
                    // said, whose values follow (两个地下商城投入使用 counts what was done)
                    continue;
                }
                Matcher from = FROM_VALUE.matcher(before);
                if (from.matches() && TO_VALUE.matcher(after).lookingAt()) {
                    // 生产总值从2015年的39.70亿元增长到2020年61.95亿元: where it started is a figure of the same subject
                    String of = nounBefore(from.group(1));
                    if (!of.isEmpty()) {
                        emit(clause, q.start(), money ? "amount" : "count", q.value(), q.unit(), of, null);
                        mark(q.start(), q.end());
                        continue;
                    }
                }
                Matcher zipped = ZIPPED_BEFORE.matcher(before);
                if (zipped.find() && after.matches("^[、和及与].*")) {
                    // 城镇和农村常住居民人均可支配收入分别完成52360元、28740元: values zipped with the subjects before 分别
                    List<Quantities.Quantity> values = new ArrayList<>(List.of(q));
                    for (Quantities.Quantity next : Quantities.find(passage, q.end(), clause.end())) {
                        Quantities.Quantity last = values.get(values.size() - 1);
                        boolean alike = next.unit().equals(q.unit()) || !money
                                && Quantities.COUNT_UNITS.matcher(next.unit()).matches()
                                && Quantities.COUNT_UNITS.matcher(q.unit()).matches(); // 6.4万头、1342头、1.2万只
                        if (alike && text.substring(last.end(), next.start()).matches("[、和及与]")) {
                            values.add(next);
                        } else {
                            break;
                        }
                    }
                    List<String> subjects = Items.zip(Clauses.cleanSubject(zipped.group(1))
                            + (zipped.group(3) == null ? "" : zipped.group(3)), values.size()); // …分别实现增加值63.46亿元、…
                    if (zipped.group(2) != null) {
                        // 生猪、牛、羊分别出栏6.4万头、1342头、1.2万只: each item with the verb said once for all
                        subjects = subjects.stream().map(x -> x + zipped.group(2)).toList();
                    }
                    if (values.size() > 1 && subjects.size() == values.size()) {
                        for (int k = 0; k < values.size(); k++) {
                            Quantities.Quantity v = values.get(k);
                            emit(clause, v.start(), money ? "amount" : "count", v.value(), v.unit(), subjects.get(k), null);
                            mark(v.start(), v.end());
                        }
                        lastItems = subjects;
                        continue;
                    }
                }
                if (!Character.isDigit(text.charAt(q.start())) && LABEL_THEN_NUMBER.matcher(after).lookingAt()) {
                    continue; // 十个常态化30项防控措施: a label in words, the count is the number after it
                }
                if (NOT_A_COUNT_AFTER.matcher(after).lookingAt() && !Character.isDigit(text.charAt(q.start()))
                        || NOT_A_COUNT_BEFORE.matcher(before).find()
                        || HEADCOUNT_BEFORE.matcher(before).find() && (q.unit().endsWith("人") || q.unit().endsWith("名"))
                        || AGENDA_BEFORE.matcher(before).find() && q.unit().equals("项")
                        || q.unit().equals("项") && Quantities.LIST_SUMMED.matcher(after).lookingAt()
                        && (before.indexOf('、') >= 0 || !Character.isDigit(text.charAt(q.start())))) {
                    continue; // 三项重点工作, 两点意见: a way of speaking; 提前两个月: a span of time
                }
                // 比上年190天增加19天: last year's value, the base of the change after it
                boolean base = BASE_BEFORE.matcher(before).find();
                boolean declines = DECLINE_PREDICATE.matcher(after).find() && !base;
                // 新建城市道路18条、公园游园26个: an item of a list of figures ends where the next item begins
                boolean listItem = after.startsWith("、") && QUANTITY_NEXT.matcher(after).find();
                boolean numberLast = after.isEmpty() || after.matches("^(以上|左右|余|多|大关)$") || listItem || paired
                        || base;
                boolean forwardBefore = past ? TargetExtractor.promisesInReview(text.substring(span.start(), q.start()))
                        : TargetExtractor.FORWARD.matcher(text.substring(span.start(), q.start())).find();
                boolean fact = clausePast || past && !clauseForward || declines || numberLast && !forwardBefore;
                if (!fact) {
                    continue;
                }
                String subject;
                String tail = after.replaceFirst("^(以上|左右|余|大关)", "");
                if (tail.startsWith("、") && !tail.matches(".*\\d.*")) {
                    tail = ""; // 总量1.75万亿元左右、继续保持全国前十: what follows is another clause, not what was counted
                }
                if (declines) {
                    subject = tail;
                } else if (tail.isEmpty() || listItem || paired || base) {
                    subject = nounBefore(before) + (people ? "人口" : "");
                    Matcher change = BASE_CHANGE.matcher(before);
                    String state = stateOf(before);
                    String placed = placed(before, q.start());
                    if (placed != null) {
                        subject = placed; // 已入户接通天然气172083户，其中东营区完成26866户、河口区完成6445户
                    } else if (countedWhole != null && !paired && state != null) {
                        subject = countedWhole + state; // 全县56个重点项目，已开工建设37个: 重点项目已开工建设
                    } else if (base && lastSubject != null) {
                        subject = lastSubject; // 优良天数209天，比上年190天增加19天: last year's value of the same
                    } else if (change.find() && lastSubject != null) {
                        subject = lastSubject + change.group(1); // …比上年190天增加19天: the change of the same
                    } else if (VALUE_NOUN.matcher(subject).matches() && lastSubject != null
                            && VALUE_NOUN_AT_END.matcher(lastSubject).find() && !lastSubject.endsWith(subject)) {
                        // 规模工业完成总产值13.29亿元，…；实现增加值4.29亿元: the value added of the same industry
                        subject = VALUE_NOUN_AT_END.matcher(lastSubject).replaceFirst("") + subject;
                    } else if (BARE_NOUN.matcher(subject).matches() && lastSubject != null) {
                        // 医保累计报销53.12万人次、金额2.89亿元; 优良天数245天，同比增加40天: of what came before
                        subject = lastSubject + (before.contains("同比") && CHANGE.matcher(subject).matches() ? "同比" : "")
                                + subject;
                    } else if (money && subject.equals("投资") && before.strip().equals("投资")) {
                        subject = TargetExtractor.spentOnNext(text, clause, subject); // 投资7215万元，完成雨污分流管网改造12.6公里
                    } else if (ITEM_BEFORE.matcher(before).find() && subject.length() <= 6) {
                        subject = listHead(clause) + subject; // 棚户区改造完成680套、主体施工229套: 棚户区改造主体施工
                    }
                    if (subject.isEmpty() && lastSubject != null) {
                        subject = lastSubject; // …突破两亿元大关，达到20034万元
                    }
                } else if (money && TargetExtractor.SPENT.matcher(before).find()
                        && TargetExtractor.ACTION.matcher(TargetExtractor.forWhom(after)).lookingAt()) {
                    subject = TargetExtractor.spentOn(after); // 投资1.7亿元完成…13个绿化亮化项目
                } else {
                    subject = CHANGE_THEN_NUMBER.matcher(TargetExtractor.object(before, after)).replaceFirst("");
                    if (!money && subject.length() <= 3 && !TargetExtractor.NOT_AN_OBJECT.matcher(subject).find()) {
                        subject = doneTo(before) + subject; // 完成生活污水治理65个村: not 村 alone, but what was done to them
                    }
                }
                subject = labelled(clause, q.start(), ofLastSubject(subject, TOTAL)); // 全年共谋划实施重点项目79项，总投资173.8亿元
                String listed = subject.length() <= 2 && before.endsWith("等" + subject)
                        ? firstListed(before.substring(0, before.length() - subject.length() - 1)) : "";
                if (!listed.isEmpty()) {
                    subject = listed + "等" + subject;
                }
                if (subject.isEmpty() || TargetExtractor.NOT_AN_OBJECT.matcher(subject).find()
                        || !Character.isDigit(text.charAt(q.start())) && TargetExtractor.SLOGAN_OBJECT.matcher(subject).find()) {
                    continue;
                }
                emit(clause, q.start(), money ? "amount" : "count", q.value(), q.unit(), subject, null);
                if (bracketShare) {
                    emit(clause, q.end() + shareAfter.start(1), "share_pct", new BigDecimal(shareAfter.group(1)), "%",
                            subject, null);
                    mark(q.end(), q.end() + shareAfter.end());
                }
                mark(q.start(), q.end());
                if (!money && (countedWhole == null || !subject.startsWith(countedWhole))) {
                    countedWhole = subject;
                }
            }
        }

        /**
         * 发放城乡低保金、城镇职工医保待遇…等资金8.4亿元: a generic noun after 等 is named by the first item of the list
         * before it (城乡低保金等资金), not by itself alone.
         */
        private static String firstListed(String listed) {
            String items = Clauses.cleanSubject(listed);
            Matcher verb = TargetExtractor.ACTION.matcher(items);
            if (verb.lookingAt()) {
                items = items.substring(verb.end());
            }
            int comma = items.indexOf('、');
            String first = comma < 0 ? items : items.substring(0, comma);
            return first.length() >= 2 && first.length() <= 12 ? first : "";
        }

        /**
         * What was done to the things counted, said before their number (成功承办省运会8项赛事 → 承办省运会), or "" when
         * the words before are no verb phrase.
         */
        private static String doneTo(String before) {
            String s = before.substring(before.lastIndexOf('、') + 1);
            s = Clauses.cleanSubject(s).replaceFirst("^(?:成功|顺利|圆满|全面|累计|共|新)+", "");
            Matcher verb = TargetExtractor.ACTION.matcher(s);
            if (s.length() < 2 || s.length() > 12 || s.indexOf('等') >= 0 || !(verb.find() && verb.start() <= 2) && !DONE_VERB.matcher(s).lookingAt()) {
                return "";
            }
            return s;
        }

        /**
         * What the items of a list of figures share, said before its first value: the subject of 棚户区改造完成680套、
         * 主体施工229套 (棚户区改造), or the verb of 承办人大议案1件、建议53件 (承办); "" when neither stands out.
         */
        private String listHead(Clauses.Clause clause) {
            List<Quantities.Quantity> values = Quantities.find(passage, clause.start(), clause.end());
            if (values.isEmpty()) {
                return "";
            }
            String head = Clauses.cleanSubject(Clauses.before(text, clause, values.get(0).start()));
            String verbFirst = doneTo(head);
            if (!verbFirst.isEmpty()) {
                Matcher verb = TargetExtractor.ACTION.matcher(verbFirst);
                Matcher done = DONE_VERB.matcher(verbFirst);
                int end = done.lookingAt() ? done.end() : verb.find() ? verb.end() : 0;
                return verbFirst.substring(0, end);
            }
            Matcher trailing = LIST_VERB_AT_END.matcher(head);
            return trailing.find() && trailing.start() >= 2 && trailing.start() <= 10 ? head.substring(0, trailing.start()) : "";
        }

        private boolean isTarget(Quantities.Quantity q) {
            for (Target t : targets) {
                if (q.start() >= t.start() && q.start() < t.end() && t.unit().equals(q.unit())
                        && (t.value() == null ? q.value() == null : q.value() != null && t.value().compareTo(q.value()) == 0)) {
                    return true;
                }
            }
            return false;
        }

        /** 拥有…等各类创新平台615家 → 创新平台; 上半年我区完成地方一般公共预算收入完成4.98亿元 → 地方一般公共预算收入. */
        private String nounBefore(String before) {
            String s = before;
            int item = Math.max(s.lastIndexOf('、'), -1);
            Matcher q = ITEM_BEFORE.matcher(s);
            if (item >= 0 && q.find()) {
                s = s.substring(item + 1); // …18条、公园游园 → 公园游园
            }
            s = TRAILING_VERB.matcher(s).replaceFirst("");
            Matcher verb = POSSESSION.matcher(s);
            int cut = 0;
            int verbAt = 0;
            while (verb.find()) {
                cut = verb.end();
                verbAt = verb.start();
            }
            if (cut > 0 && MEASURE_ONLY.matcher(s.substring(cut)).matches() && verbAt >= 2) {
                // 第一产业实现增加值72.61亿元: a bare measure after the verb is the measure of what came before it
                s = Clauses.cleanSubject(s.substring(0, verbAt)) + s.substring(cut);
                cut = 0;
            }
            // 村集体累计增收1000万元: what is left after 累计 is too short to say what was counted
            s = s.length() - cut <= 2 && cut > 0 ? s : s.substring(cut);
            int etc = s.lastIndexOf('等');
            if (etc >= 0) {
                s = s.substring(etc + 1);
            }
            return Clauses.cleanSubject(s.replaceFirst("^各类", ""));
        }

        private boolean insideOtherClause(Clauses.Clause clause, int pos) {
            int depth = 0;
            for (int i = clause.start(); i < pos; i++) {
                char c = text.charAt(i);
                if (c == '（') {
                    depth++;
                } else if (c == '）' && depth > 0) {
                    depth--;
                }
            }
            return depth > 0;
        }

        /** One figure per value; with several values, the subjects before 分别 are zipped with them. */
        private void add(Clauses.Clause clause, int start, int end, String measure, String unit, int sign,
                         List<BigDecimal> values, String reference) {
            String subject = subjectBefore(clause, start);
            List<String> subjects = values.size() > 1 ? Items.zip(subject, values.size()) : List.of(subject);
            String lead = Clauses.before(text, clause, start).strip();
            boolean bare = lead.isEmpty() || BASE_ONLY.matcher(lead).matches(); // 比2015年增长43.1%、48.8%
            if (values.size() == 1 && lastItems != null && lastItems.size() > 1 && EACH_LEAD.matcher(lead).matches()) {
                // 城镇和农村居民人均可支配收入分别达35512元、25689元，分别同比增长7.8%: one value said for each item
                values = java.util.Collections.nCopies(lastItems.size(), values.get(0));
                subjects = lastItems;
            }
            if (values.size() > 1 && subjects.size() != values.size() && lastItems != null
                    && lastItems.size() == values.size() && bare) {
                subjects = lastItems; // a clause with values but no subject goes on with the previous list
            } else if (values.size() > 1 && subjects.size() != values.size() && bare
                    && sentenceSubjects.size() >= values.size()) {
                // 接待游客1260万人次，实现旅游综合收入98.6亿元，分别增长15.2%和18.7%: the figures before, in order
                subjects = List.copyOf(sentenceSubjects.subList(sentenceSubjects.size() - values.size(), sentenceSubjects.size()));
            }
            for (int i = 0; i < values.size(); i++) {
                String item = subjects.size() == values.size() ? subjects.get(i) : subject;
                if (values.size() > 1 && subjects.size() == values.size() && !ownItem(subjects).test(item)) {
                    continue;
                }
                BigDecimal v = values.get(i);
                emit(clause, start, measure, sign < 0 ? v.negate() : v, unit, item,
                        reference == null || reference.isEmpty() ? null : reference);
            }
            lastItems = values.size() > 1 && subjects.size() == values.size() ? subjects : null;
            mark(start, end);
        }

        /** When the items are levels of government (中央、省、市、区), only the district's own is its figure. */
        private java.util.function.Predicate<String> ownItem(List<String> items) {
            boolean levels = items.stream().allMatch(i -> Items.LEVEL.matcher(i).find());
            if (!levels) {
                return i -> true;
            }
            return i -> i.startsWith(ownLevel) || i.startsWith("全" + ownLevel) || i.startsWith("我" + ownLevel)
                    || i.startsWith("本" + ownLevel);
        }

        /**
         * The subjects of a list that one rank or several share: short words with the last item's head (城镇、农村居民
         * 人均可支配收入), or each measure (总量, 增速) of the value said before.
         */
        private List<String> listSubjects(List<String> listed) {
            List<String> heads = Items.sharedHead(listed);
            if (!heads.isEmpty()) {
                return heads;
            }
            return listed.stream().map(x -> lastSubject != null && BARE_MEASURE.matcher(x).matches()
                    ? ofLastSubject(x, BARE_MEASURE) : x).toList();
        }

        /** The places listed after a first one (第1位、第2位和第5位), marked read; the first one's value leads them. */
        private List<BigDecimal> nextPlaces(int from, Clauses.Clause clause, BigDecimal first) {
            List<BigDecimal> values = new ArrayList<>(List.of(first));
            Matcher more = NEXT_PLACE.matcher(text).region(from, clause.end());
            while (more.lookingAt()) {
                values.add(ChineseNumbers.parse(more.group(1)));
                mark(more.start(), more.end());
                more.region(more.end(), clause.end());
            }
            return values;
        }

        /** The measure word a subject ends with (增速, 增幅, 总量…), or "" when none. */
        private static String bareMeasureAtEnd(String subject) {
            Matcher m = Pattern.compile("(增速|增幅|总量|总额|规模)$").matcher(subject);
            return m.find() ? m.group(1) : "";
        }

        /** The subjects of a list right before a shared value (A、B、C增速…), or one or none. */
        private List<String> listBefore(Clauses.Clause clause, int at) {
            String before = SUMMED_AT_END.matcher(Clauses.before(text, clause, at)).replaceFirst("");
            before = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf('：')) + 1); // 主要指标中，A、B…
            if (before.indexOf('、') < 0 && !MEASURES_JOINED.matcher(before).find() || SIZE_CLASS.matcher(before).replaceAll("").matches(".*[\\d%].*")) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : before.split("、|和|及")) {
                String cleaned = Clauses.cleanSubject(item);
                if (!cleaned.isEmpty()) {
                    items.add(cleaned);
                }
            }
            return items;
        }

        /** Money spent with no noun of its own, on a labelled line (改善民生和社会事业项目：累计完成投资7.86亿元): the label's. */
        private String labelled(Clauses.Clause clause, int at, String subject) {
            if (!BARE_SPENT.matcher(subject).matches()) {
                return subject;
            }
            int line = passage.paragraphStart(clause.start());
            Matcher label = LINE_LABEL.matcher(text).region(line, at);
            return label.lookingAt() ? label.group(1) + subject.replaceFirst("^累计", "") : subject;
        }

        /** A measure said with no noun of its own (增速, 进度, 总投资) is of the sentence's subject before it. */
        private String ofLastSubject(String subject, Pattern bare) {
            if (lastSubject == null || !bare.matcher(subject).matches()) {
                return subject;
            }
            // …增速较一季度提高7.9个百分点，增速居全省第7位: the rate said once, not 增速增速
            if (lastSubject.endsWith(subject)) {
                return lastSubject;
            }
            // 总量稳居全市第一；增速4%，增幅排名全市第二: each measure of the value said first, not of the one before
            String of = MEASURE_AT_END.matcher(lastSubject).replaceFirst("");
            return (of.isEmpty() ? lastSubject : of) + subject;
        }

        private String subjectBefore(Clauses.Clause clause, int at) {
            String before = Clauses.before(text, clause, at);
            Matcher valueBefore = VALUE_THEN_MARK.matcher(before);
            if (valueBefore.find()) {
                // 完成生产总值877.3亿元、增长7.5%: the change of the value just said
                String of = nounBefore(before.substring(0, valueBefore.start()));
                if (!of.isEmpty()) {
                    return of;
                }
            }
            Matcher item = PREVIOUS_ITEM.matcher(before);
            int cut = 0;
            while (item.find()) {
                cut = item.end(); // 万元GDP水耗下降12%、电耗下降7%: the second figure is about 电耗
            }
            String subject = Clauses.cleanSubject(TRAILING_VERB.matcher(before.substring(cut)
                    .replaceFirst("(分别|(?<!平)均|仅|只|也|还|则|" + Clauses.BASE + ")+$", "")).replaceFirst(""));
            subject = subject.replaceFirst("(连续[一二三四五六七八九十\\d]{1,2}年|多年来?|持续|始终|一直|稳定)+$", "");
            subject = ofLastSubject(subject, BARE_MEASURE); // …增长7.5%，增速居全市第3位 → …增速
            // 一般公共预算收入1.5亿元，较去年同期减少0.47亿元: the change of the subject just said
            subject = ofLastSubject(subject, BASE_AND_CHANGE);
            subject = labelled(clause, at, subject);
            if (subject.isEmpty() && clause.start() > clause.outerStart()) {
                // a bracketed aside speaks of the noun before the bracket
                subject = Clauses.cleanSubject(text.substring(clause.outerStart(), clause.start() - 1));
            }
            if (subject.isEmpty()) {
                subject = lastSubject != null ? lastSubject : previousClause == null ? ""
                        : Clauses.cleanSubject(TRAILING_VALUE.matcher(
                                Clauses.before(text, previousClause, previousClause.end())).replaceFirst(""));
            }
            return subject;
        }

        private void emit(Clauses.Clause clause, int at, String measure, BigDecimal value, String unit, String subject,
                          String reference) {
            String previousSubject = lastSubject;
            if (EVENT.matcher(subject).matches()) {
                event = subject;
            } else if (event != null && OUTCOME.matcher(subject).matches()) {
                subject = event + subject; // 矿山事故1起，…死亡1人，…伤3人: the dead and injured of that event
            }
            int colon = text.lastIndexOf('：', at); // 从四大片区完成任务情况来看：西津片区本期完成…
            Matcher topic = PLACE_TOPIC.matcher(text).region(colon >= span.start() ? colon + 1 : span.start(), at);
            if (topic.lookingAt() && subject != null && !subject.startsWith(topic.group(1)) && !measure.equals("rank")) {
                subject = topic.group(1) + subject; // 西津片区本期完成土地收储58亩，…；累计完成…: the area's own figures
            }
            String period = Clauses.periodBefore(text, span.start(), at);
            int outerEnd = clause.end();
            String clauseText = text.substring(clause.outerStart(), Math.max(outerEnd, clause.outerStart())).strip();
            Matcher places = PLACE_LIST_SUBJECT.matcher(subject);
            if (places.matches() && !SUMMED.matcher(clauseText).find()) {
                // 北湖区、资兴市、桂阳县、永兴县地区生产总值过100亿元: the value said of each place
                for (String place : places.group(1).split("、")) {
                    out.add(new Figure(nodeAt.apply(at), place + places.group(2), measure, value, unit, reference, period,
                            clauseText, at));
                }
            } else {
                out.add(new Figure(nodeAt.apply(at), subject, measure, value, unit, reference, period, clauseText, at));
            }
            if (sentenceSubjects.isEmpty() || !sentenceSubjects.get(sentenceSubjects.size() - 1).equals(subject)) {
                sentenceSubjects.add(subject);
            }
            // a share (…占年度计划的24.1%) describes the subject before it; what follows still speaks of that subject
            lastSubject = measure.equals("share_pct") && previousSubject != null ? previousSubject : subject;
        }

        /** Whether values said one for each item of a list (分别) follow within the sentence, soon after {@code at}. */
        private boolean eachFollows(int at) {
            int each = text.indexOf("分别", at);
            return each >= 0 && each < Math.min(span.end(), at + EACH_REACH);
        }

        private boolean fresh(int at) {
            return !used.contains(at) && !passage.quoted(at);
        }

        private void mark(int start, int end) {
            for (int i = start; i < end; i++) {
                used.add(i);
            }
        }

        private Matcher matcher(Pattern p, Clauses.Clause clause) {
            return p.matcher(text).region(clause.start(), clause.end());
        }

        /** The values of a list as written (4.5%左右和6%); a masked one (X) is null. */
        private static List<BigDecimal> values(String list) {
            List<BigDecimal> out = new ArrayList<>();
            for (String v : list.split("(?:[个%、和及与]|左右)+")) {
                if (!v.isEmpty()) {
                    out.add(number(v));
                }
            }
            return out;
        }

        private static BigDecimal number(String s) {
            return s.equals("X") ? null : new BigDecimal(s);
        }
    }
}
