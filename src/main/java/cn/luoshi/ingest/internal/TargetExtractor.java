package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target extraction (目标任务抽取): forward-looking quantified commitments — an action verb governs a quantity
 * (今年要完成115个老旧小区改造任务; 每年至少打造1条精品特色街区). Not targets: facts (完成了29个…), the actors of a
 * sentence (15个街道办事处要…), bodies set up to do the work (1个领导小组), ways of speaking (两个方面, 三点意见).
 */
final class TargetExtractor {

    static final Pattern ACTION = Pattern.compile(
            "完成|打造|建设|建成|新建|改建|扩建|实施|引进|布局|新增|实现|改造|培育|开工|推动|推进|整治|创建|举办|开展|招引"
                    + "|提升|增加|突破|签约|投产|竣工|培训|帮扶|安置|栽植|种植|筹建|组建|争创|引育|吸纳|创造|铺设|修建"
                    + "|安装|更新|发放|盘活|化解|处置|达到|新改建|建立|覆盖|解决|招商|储备|谋划|打通|淘汰|认定|加装|拆除|腾退|回收"
                    + "|组织|参加|使用|利用|通报|稳定在|保持在|编制|启动|启用|上线|配置|配备|安排|发展|整理|腾出|上市|挂牌|对接|承接|接入|治理|引入"
                    + "|维修|更换|升级|提档|购置|调整|缓解|筛查|体检|修剪|提供|完工|开设|增配|配建|减少|压减|削减|增设|新设|设置|加固|硬化|绿化|亮化|惠及"
                    + "|开通|投保|购买|救助|改善|导入|辅导|监测|接种|资助|布设"
                    + "|兴建|兴办|建造|开办|创办|配送|培养|招录|招聘|录用|举行|收储|出让|供应|清淤|疏浚|抽检|抽查|走访|慰问|救治"
                    + "|签订|落地|孵化|评定|命名|新植|补植|造林|推广|普及|新开");
    /** 为2000户困难老年人家庭实施适老化改造: the count is who benefits, the verb of doing follows it. */
    private static final Pattern BENEFICIARY_BEFORE = Pattern.compile("(?:^|[^\\p{IsHan}]|[^因认成作])(为|帮助|帮扶)(?:全[区县市州]|辖区)?$");
    static final Pattern SPENT = Pattern.compile("(?:^|[^总])投资$");
    /** 等13个绿化亮化项目 / 34公里供水管网: after the names or the size, what the work is on. */
    private static final Pattern NAMED_COUNT = Pattern.compile("^.*?(?:等|^)(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)(?:万|亿)?(?:"
            + Quantities.UNITS + ")");

    /**
     * What money spent goes on: 投资1.7亿元完成中科大道、县标广场等13个绿化亮化项目 → 绿化亮化项目投资;
     * 投资1.5亿元新建34公里供水、供热、排水管网 → 供水、供热、排水管网投资.
     */
    static String spentOn(String after) {
        String work = forWhom(after).replaceFirst("^(?:" + ACTION.pattern() + ")", "");
        Matcher named = NAMED_COUNT.matcher(work);
        if (named.find() && named.end() < work.length()) {
            work = work.substring(named.end());
        }
        return (work.length() > OBJECT_MAX ? work.substring(0, OBJECT_MAX) : work) + "投资";
    }
    /**
     * 环评报告书14个工作日内、环评报告表7个工作日内完成审批: a time limit — within so many days, then what is to be
     * done (a promise of service, at most that long).
     */
    private static final Pattern WITHIN = Pattern.compile(
            "^(?:之)?内[^，。；]{0,30}?(?:完成|予以|作出|给予)?(审批|办结|办理|答复|回复|反馈|整改|到位|受理|审核|核查|处理|审查)");

    /** What must be done within the days: the item before the number and the work (环评报告书审批). */
    private static String withinObject(String before, String work) {
        String item = Clauses.cleanSubject(before.substring(before.lastIndexOf('、') + 1));
        return (item.length() > OBJECT_MAX ? item.substring(item.length() - OBJECT_MAX) : item) + work;
    }

    /** A clause that only says what a measure reaches (…增长7.5%，达到309亿元). */
    private static final Pattern REACH_ONLY = Pattern.compile("^(?:达到|达|突破|超过|实现|为)$");
    /** A second, higher value of the same goal: …增长10%，力争11.5%. */
    private static final Pattern STRETCH = Pattern.compile("^(?:力争|争取|努力)(?:达到|实现)?$");
    /** A growth said with no measure of its own (…达到240亿元，同比增长21%). */
    private static final Pattern GROWTH_ONLY = Pattern.compile("^(?:同比|比上年)?(?:增长|增速)$");
    /** The measure of a growth target: 地区生产总值增长 → 地区生产总值. */
    private static final Pattern GROWTH_OF = Pattern.compile("^(.{2,}?)(?:按可比口径)?(?:增长|增速|增幅)$");
    /** 为全部学校配置教学触控一体机: who the work is for, said before the verb of doing. */
    private static final Pattern FOR_WHOM = Pattern.compile("^为[^，。；：\\d]{1,10}?(?=" + ACTION.pattern() + ")");

    /** The work after money spent, without who it is for (投资1330万元为全部学校配置… → 配置…). */
    static String forWhom(String after) {
        return FOR_WHOM.matcher(after).replaceFirst("");
    }

    /** The clause after money said first (建成邸北110千伏变电站, 完成雨污分流管网改造12.6公里), to its end. */
    private static final Pattern NEXT_WORK = Pattern.compile("([^，。；：！？（]{2,30})");
    /** A size inside the work named (12.6公里, 16个), not a name's number (110千伏, 10kV). */
    private static final Pattern SIZE_IN_WORK = Pattern.compile(
            "\\d+(?:\\.\\d+)?(?:余|多)?(?:万|亿)?(?:" + Quantities.UNITS + ")");

    /**
     * 投资1.7亿元，实施县城改造提升系列工程: money said first in its own clause is spent on the work the next clause
     * names (县城改造提升系列工程投资) — a fact in a review, a target in a plan; without a next clause it stays as it was.
     */
    static String spentOnNext(String text, Clauses.Clause clause, String fallback) {
        int from = clause.end() + 1;
        if (clause.end() >= text.length() || text.charAt(clause.end()) != '，') {
            return fallback;
        }
        Matcher next = NEXT_WORK.matcher(text).region(from, text.length());
        if (!next.lookingAt()) {
            return fallback;
        }
        String work = spentOn(next.group(1).replaceFirst("^(?:大力|全面|持续|着力|积极|扎实|集中)", ""));
        Matcher size = SIZE_IN_WORK.matcher(work);
        if (size.find()) {
            work = work.substring(0, size.start()) + "投资"; // 完成雨污分流管网改造12.6公里: not the size of the work
        }
        return work.length() < 4 ? fallback : work;
    }

    /** 对170个空心村分类实施: what is worked on, put before its verb with 对 (not 针对, 面对, 相对…). */
    /** 标准由每人每月1800元、1500元统一提高到2200元: the values raised from are where it stands, not what is promised. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?:由|从)[^，。；由从]{0,16}$");
    /** Raised or lowered to: (统一)提高到, 降至. */
    private static final String RAISED_TO = "(?:统一|分别)?(?:提高|提升|增加|增长|调整|上调|扩大|降低|下降|降|减少|压减|缩短)(?:到|至)";
    private static final Pattern RAISED_TO_AFTER = Pattern.compile("^[^，。；]{0,16}?" + RAISED_TO);
    /** What is raised (or lowered) to the value: the words before 由/从 (城乡低保标准由每人每月600元提高至…). */
    private static final Pattern RAISED_FROM = Pattern.compile(
            "^(?:将|把)?(.*?)(?:由|从)[^，。；由从]*?" + RAISED_TO + "$");
    /** A count right before another one with 以上: the second sizes what the first counts (230个50户以上…村寨). */
    private static final Pattern NESTED_SIZE = Pattern.compile("\\d+(?:\\.\\d+)?万?(?:个|户|家|所|座)$");
    /** 中 that begins a word after a count (12所中小学, 3个中心), not 在…N个…中 (among them). */
    private static final Pattern MIDDLE_WORD = Pattern.compile("中(?:小学|学|心|医|药|型|高|职|华|国|部|央|老年|青年)");
    /** Measure words of things counted one by one (not 万吨, 米, 期: the size or stage of one work). */
    private static final Pattern THINGS = Pattern.compile("[个座条所处家户套张台辆栋间项件名人批棵株盏块片口眼道孔]");
    private static final Pattern DONE_AT_END = Pattern.compile("[\\p{IsHan}“”]{2,12}?(?:" + ACTION.pattern() + "){1,2}");
    private static final Pattern TREATED_BEFORE = Pattern.compile(
            "(?:^|[^\\p{IsHan}]|[^针面相绝比核应反])对(?:辖区|全[区县市]|[\\p{IsHan}]{1,10}?的)?$"
                    + "|(?:^|[^\\p{IsHan}])在(?:全[区县市]|辖区|城区|市区)$");
    /** 对各乡镇老化破损闸门 (then the count, then 进行维修): what is worked on, named before its count. */
    private static final Pattern TREATED_NAMED_BEFORE = Pattern.compile("(?:^|[^\\p{IsHan}]|[^针面相绝比核应反])对([^，。；：\\d对]{2,14})$");
    private static final Pattern DONE_TO_AFTER = Pattern.compile("^(?:余|多)?(?:进行|予以|实施|开展)");
    /** 在5所公办幼儿园增设托班: the places the work is done at, counted right after 在. */
    private static final Pattern AT_COUNTED_BEFORE = Pattern.compile("(?:^|[^\\p{IsHan}]|[^存现实所正内外自])在$");
    /** 困扰群众出行的“断头路”: a description, 的, then the noun counted (quoted or not) ending the clause. */
    private static final Pattern DESCRIBED_HEAD = Pattern.compile("[^，。；、“”的\\d]{2,12}的(“[\\p{IsHan}]{1,10}”|[\\p{IsHan}]{1,8}$)");
    /** 省、市重点项目, 市、县两级: levels of government written as a list inside one noun. */
    private static final Pattern LEVELS = Pattern.compile("^([省市县区乡])、([市县区镇乡])");
    /**
     * 全力抓好总投资168.2亿元的38个产业项目建设: a verb that takes work in hand, the work named after what is counted
     * (…项目建设, …学校建设).
     */
    private static final String IN_HAND_VERBS = "抓好|抓实|抓紧|加快|加速|推进|推动|提速|力争|确保|争取|引导|鼓励|支持|带动";
    private static final Pattern IN_HAND = Pattern.compile("(?:" + IN_HAND_VERBS + ")(?:总投资|投资)?$");
    /** 抓好总投资638亿元、128个…: the size of the work taken in hand is promised with it. */
    private static final Pattern IN_HAND_SIZE = Pattern.compile("(?:" + IN_HAND_VERBS + ")(?:总投资|投资)$");
    /**
     * Sizes said before what is counted, not a verb's reach: 大力推进总投资226.7亿元的47个重点项目 (the verb governs the
     * projects), 抓好总投资638亿元、128个省市县重点项目建设.
     */
    private static final Pattern ATTRIBUTIVE_SIZE = Pattern.compile(
            "(?:总投资|投资|占地|总面积|建筑面积)(?:约|近|超)?(?:\\d+(?:\\.\\d+)?|X+)(?:万|亿)?(?:元|亩|平方米)(?:的|、)");
    /** 推动新强联齿轮箱、杭萧钢构等51个续建项目早日竣工, 打造伊敏河、六二六小河两条景观带: names the count sums up, the verb before them. */
    private static final Pattern NAMES_THEN_COUNT = Pattern.compile("[^，。；：]{1,40}(?:等|、[^，。；：、\\d]{2,12})$");
    /** 抓好北京联东、智能制造等4个科技产业社区建设: the same after a verb that takes work in hand. */
    private static final Pattern IN_HAND_NAMES = Pattern.compile("(?:" + IN_HAND_VERBS + ")[^，。；：]{1,40}等$");
    /** The governing verb stands close before the number: 今年要完成115个…, 实施总投资X亿元的…. */
    /** After a size said first, 的 and the count of what it sizes (总投资138亿元的…等25个). */
    private static final String SIZED_COUNT =
            "(?:的[^，。；]*?(?:等)?(?:\\d+|[一二两三四五六七八九十]+)(?:" + Quantities.UNITS + "))?";
    /**
     * What a parallel clause of a target says of the things it counts (…等25个项目开工; 的…等18个项目加速实施): the
     * count, then at most a noun, then what is to happen to them, ending the clause.
     */
    private static final Pattern PARALLEL_DONE = Pattern.compile("^" + SIZED_COUNT + "[\\p{IsHan}]{0,10}?"
            + "(?:加速|加快|全面|顺利|如期|全部)?(?:开工|竣工|投产|建成|实施|完工|签约|落地|开业|投用|达产)$");
    /** Nothing but a connective (特别是, 其中) or the size's own word before the number of a parallel clause. */
    private static final Pattern PARALLEL_LEAD = Pattern.compile("(?:特别是|尤其是|其中|以及|同时)?(?:总投资|投资)?");
    /** The rest of a parallel clause: what is counted (after a size, 的…N个), a short noun, nothing else. */
    private static final Pattern PARALLEL_ITEM = Pattern.compile("^" + SIZED_COUNT + "[\\p{IsHan}“”、]{2,14}$");
    /** A size or spending said with no noun of its own: of what the target before counted. */
    private static final Pattern BARE_SIZE = Pattern.compile("总投资|(?:当年|年度|计划)?完成投资|当年投资|投资");
    private static final Pattern ASIDE = Pattern.compile("（[^（）]*）");
    private static final Pattern SPENT_DONE = Pattern.compile(
            "^的([\\p{IsHan}“”、]{2,20}?)(?:(?:建成|投产|竣工|开工|完工|投用|达产|落地)+)$");
    private static final int VERB_REACH = 8;
    /** Percent targets need a verb of change or level right before the number (增长7%左右, 控制在3%以内). */
    private static final Pattern PERCENT_VERB = Pattern.compile("(增长|上涨|涨幅|提高|提升|达到|达|控制在|稳定在|下降|降低|减少|减量|压减|削减|保持在?|缩短|压缩|不低于|不高于|不超过|超过)[^，。；]{0,3}$");
    /** 新增纳税超1000万元企业2家: an amount after 超 that sizes the thing counted next. */
    private static final Pattern OVER = Pattern.compile("(?:超|超过)$");
    private static final Pattern SIZED_NEXT = Pattern.compile(
            "^的?[\\p{IsHan}]{1,8}?(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)(?:余|多)?(?:" + Quantities.UNITS + ")");
    private static final Pattern URBAN_AND_RURAL = Pattern.compile("城镇和农村(居民.+)");
    /** 分别 right before the one value of a measure: the value is said for each of what the subject holds. */
    private static final Pattern SAID_FOR_EACH = Pattern.compile("分别(?:增长|增速|提高|达到)?$");
    /** A list of subjects, then 均 and the measure they share: 城镇、农村居民人均可支配收入均增长. */
    private static final Pattern EACH_OF_LIST = Pattern.compile("^([^，。；]+[、和及与][^，。；]+?)均((?:增长|增速|增幅|提高|上升|下降)?)$");
    /** 1—2个, 3-5个: a range's lower end, right before the quantity. */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?<![\\d.])(\\d{1,6})[-—–~～至到]{1,2}$");
    /** 一个项目、一个领导、一套班子、一个方案: three or more "one X" in a row name a way of working. */
    private static final Pattern ONE_EACH = Pattern.compile(
            "一[个套名支项位][\\p{IsHan}]{1,4}、一[个套名支项位][\\p{IsHan}]{1,4}、一");
    /** What a share is of, after the rate: 以上的村生活垃圾得到治理, 的行政村农村生活污水得到有效治理. */
    private static final Pattern SHARE_OF_WHAT = Pattern.compile(
            "^(?:以上|左右)?的([\\p{IsHan}“”]{2,20}?(?:得到|达到|实现|完成|纳入|接受|享有)[\\p{IsHan}]{1,8})(?=[，。；]|$)");
    /** What comes before such a share: a promise or a floor (力争, 确保, 不低于, 实现). */
    private static final Pattern SHARE_LEAD = Pattern.compile("(?:力争|确保|争取|实现|不低于|不少于|超过|使)$");
    /** 拟 before work: what is intended (一季度拟开工重点项目28个). */
    static final String INTENDED = "拟(?=开工|实施|建设|新建|改建|投资|引进|安排|完成|启动|新增|建成)";
    /** A floor or a ceiling set (粮食播种面积不低于4.11万亩): a commitment, whatever the section. */
    static final String FLOOR = "不低于|不少于|不高于|不超过";
    /**
     * 计划 as a plan to do (计划新建…, 2019年计划减少…), not a plan's name (营养改善计划, 行动计划, 年计划投资) or its size
     * (计划总投资617亿元).
     */
    private static final String PLAN_VERB = "(?<!改善|行动|工作|年度|(?<![\\d〇零])年|专项|发展|五年|培养|扶持|提升|实施|振兴|推进)计划(?!总?投资)";
    static final Pattern FORWARD = Pattern.compile(
            "(?<![需重主只])要(?![求素点害闻]|看到|认识|意识|清醒|正视|承认)|将|力争|确保|争取|(?<!(?:低于|高于|落后|滞后|超过|超出|领先|完成|达到|比|较)(?:年度|全年|预期)?)目标(?!企业|客户|群体|人群|市场)|预期|" + PLAN_VERB + "|今年|明年|年底|年内|每年|全年|到20\\d\\d年|\\d{1,2}月(?:底|末)?前|" + FLOOR + "|" + INTENDED);
    /** The months of the year to date said in words (一至九月, 元至7月): a report's period. */
    static final String MONTHS_TO_DATE = "[一元]至(?:[二三四五六七八九十]{1,2}|\\d{1,2})月";
    static final Pattern PAST = Pattern.compile(
            "(?<![为除])了(?!解)(?![^，。；]{0,16}将)(?![^，。；]{0,6}(?:今年|明年|新一年)[^，。；]{0,10}(?:目标|任务|指标))|已|去年|上年|一年来|[两三四五六七八九十]年来|过去|截至|截止|同比|比上年|(?<!可)比增|超额完成|拥有|(?<!改造|提升|整合|利用|盘活|优化|改善|完善|升级|用好|依托|发挥|对|[个座家条所处实])现有|共有|曾|(?<!十四五”?|十五五”?)以来|近年|(?:^|[，；：])目前(?!期)"
                    // a period to date (今年1-6月, 前三季度) and 仅 (仅增长1.8%) report what is
                    + "|\\d{1,2}[-—~至]\\d{1,2}月|" + MONTHS_TO_DATE + "|前[一二三]季度|仅(?:增长|下降|为|有|占|完成|实现)"
                    // 完成投资5.6亿元，比年度计划高12个百分点: a result measured against its plan
                    + "|比(?:年度|全年|年初)?计划(?:高|低|多|少|超|增长|提高)|[比较]年初(?:增长|增加|下降|减少|提高|净增)|(?:高于|低于|超过|超出)(?:年度|全年|年初)计划"
                    // 完成投资144.77亿元，完成年度计划的77.7%: how much of its plan is done (and the plan itself: 计划投资N)
                    + "|(?:完成|占)(?:了)?(?:年度|全年|年)?(?:计划|目标|任务)(?:投资)?的?\\d"
                    // 圆满完成市下达增16%的目标任务: a target met is reported, not set (确保圆满完成… still promises)
                    + "|(?<!确保|力争|争取|要|努力|将|必须)(?:圆满|超额|全面|顺利)完成[^，。；]{0,16}目标任务");
    /** Bodies set up to do the work, and ways of speaking: counted, but not deliverables. */
    static final Pattern NOT_AN_OBJECT = Pattern.compile(
            "^(领导小组|工作组|专班|分?指挥部|督查组|小组|办公室|方面|意见|点(?!位)|关键词|层面|环节|要求|原则|举措|措施|规定"
                    + "|问题|大类|类|步|届|全会|会议|党代会|代表大会|常委会|代表|同志|工作)");
    /**
     * Slogans counted for rhetoric: 实现三个突破, 做到两个确保, 树牢四个意识. They are counted in Chinese numerals;
     * a figure in digits (到位资金150亿元以上) is a real quantity even when its words start the same way.
     */
    static final Pattern SLOGAN_OBJECT = Pattern.compile(
            "^(突破|提升|转变|确保|坚持|到位|率先|一流|全覆盖|意识|自信|维护|字|方针|结合|统筹|战略|驱动|理念|定位|导向)");
    private static final Pattern OBJECT_STOP = Pattern.compile("[，。；：、！？（）“”]|等|并|以(?![上下内])|通过|让|使|为(?![老民])");
    /** A short name quoted inside an object, words going on after it: 社区“宝宝屋”扩优提质. */
    private static final Pattern QUOTED_INSIDE = Pattern.compile("(?<=[\\p{IsHan}])“([^“”，。；]{1,10})”(?=[\\p{IsHan}])");
    /** 15个街道办事处要…: a counted noun followed by what it must do. */
    /** 确保12个城市更新项目年内全部开工: what is counted, then all of it done. */
    private static final Pattern ALL_DONE = Pattern.compile(
            "^([\\p{IsHan}]{2,14}?)(?:年内|年底前|今年|本年度|今年上半年|上半年|年底)?(?:全部|全面|如期|按期|按时|顺利)(?:稳定|实现)?(?:开工|复工|复产|完工|建成|投产|竣工|完成|达标|交付|投用|开业|落地|签约|通车|运营|脱贫|清零|销号)");
    /** A year's planned investment (年度计划投资, 今年计划投资), not a work's planned total (计划总投资). */
    private static final String PLANNED = "计划投资(?:额)?";
    private static final Pattern PLANNED_SUM = Pattern.compile("(?:年度|全年|今年|本年)?" + PLANNED + "(?:为|达|约)?\\d");
    private static final Pattern PLANNED_SUM_BEFORE = Pattern.compile(PLANNED + "(?=(?:为|达|约)?$)");
    /** What a number that opens a clause of a plan counts, then what they will become (…建制镇年内全部开工建设). */
    private static final Pattern NUMBER_FIRST_DONE = Pattern.compile(
            "^([\\p{IsHan}“”]{2,14}?)(?:年内|年底前|今年|本年度|年底)?(?:全部|全面|如期|按期|按时|顺利)?(?:稳定|实现)?"
                    + "(开工建设|开工|复工|完工|建成|投产|竣工|达标|交付|投用|开业|通车|运营|达到|改造成为|成为)");
    private static final Pattern ENSURE_BEFORE = Pattern.compile("(确保|力争|争取|保证|推动|推进)(?:剩余|其余|余下|所有)?$");
    static final Pattern ACTOR = Pattern.compile("^[\\p{IsHan}*X]{1,10}?(要|须|必须|应当|负责)");
    private static final Pattern SHORTEN = Pattern.compile("(压缩|缩短|控制)[^，。；]{0,6}$");
    private static final Pattern LEADING_QUANTITY = Pattern.compile(
            "^(?:\\d{1,15}(?:\\.\\d{1,8})?|[一二两三四五六七八九十百千万]{1,10}|X)(?:余|多)?(?:" + Quantities.UNITS + ")");
    private static final Pattern ANY_QUANTITY = Pattern.compile(
            "(\\d|X|[一二两三四五六七八九十])(余|多)?(" + Quantities.UNITS + ")");
    private static final Pattern GOAL_NAMED_AFTER = Pattern.compile("的?(?:年度|全年)?(?:目标任务|目标)$");
    private static final Pattern NOTHING_AFTER = Pattern.compile("^(以上|左右|以内|以下|余|多)?$");
    /** Words that make a bare figure a promise: 力争引进亿元以上项目30个. */
    static final Pattern PROMISE = Pattern.compile(FLOOR + "|" + INTENDED + "|力争|确保|争取|(?<!(?:低于|高于|落后|滞后|超过|超出|领先|完成|达到|比|较)(?:年度|全年|预期)?)目标(?!企业|客户|群体|人群|市场)|预期|" + PLAN_VERB + "|(?<![需重主只])要(?![求素点害闻]|看到|认识|意识|清醒|正视|承认)|将");
    private static final Pattern BOUND_AT_END = Pattern.compile(
            "(不少于|至少|不低于|不超过|不高于|超过|突破|超|达到|达|控制在|稳定在|保持在|提高到|提升到|增加到|为|约|共|累计)+$");
    private static final Pattern MODAL_AT_START = Pattern.compile(
            "^(其中|全年|今年|明年|年内|要|力争|确保|争取|计划|努力|推动|助力|促进|带动|力促|全区|全县|全市|我区|共|累计)+");
    private static final Pattern AT_LEAST = Pattern.compile("(至少|不少于|不低于|(?<!不)超过|最少|突破)[^，。；]{0,4}$");
    private static final Pattern AT_MOST = Pattern.compile("(控制在|不超过|最多|压缩到|压缩至|缩短到|缩短至)[^，。；]{0,4}$");
    private static final Pattern VERB_THEN_NUMBER = Pattern.compile("(实现|完成|达到|达)[^，。；\\d]{0,10}[\\dX]");
    private static final Pattern AND = Pattern.compile("[和及与]");
    /** Between two items of one list: …X个老旧小区改造提升、X等X条… */
    private static final Pattern LIST_ITEM = Pattern.compile("[^，。；：]{0,24}[、和及与][^，。；：、]{0,8}");
    /** 引进5亿元以上项目12个: an amount with 以上 in front of a noun and another quantity sizes the thing counted. */
    private static final Pattern QUALIFIER = Pattern.compile(
            "^(?:以上|以下|及以上)的?[\\p{IsHan}]{1,8}?(?:\\d+(?:\\.\\d+)?|X+|[一二两三四五六七八九十]+)(?:余|多)?(?:" + Quantities.UNITS + ")");
    private static final String VALUE = "(?:\\d+(?:\\.\\d+)?|X|[一二两三四五六七八九十百千]{1,4})(?:余|多)?(?:万|亿)?(?:" + Quantities.UNITS + ")";
    /** …分别为12公里和8公里: more values of a list follow, and nothing else. */
    private static final Pattern VALUES_AFTER = Pattern.compile(
            "^(?:[、和及与]" + VALUE + ")+(?:以上|左右|以内|以下)?$");
    /** Earlier values of a list before this one: 分别为12公里和8公里; 分别新增学位4.68万和7000个 (the unit said once). */
    private static final Pattern VALUES_BEFORE = Pattern.compile(
            "(?:(?:" + VALUE + "|\\d+(?:\\.\\d+)?[万亿])[、和及与])+$");
    /**
     * A list of things each with its own count, one verb for all (建成智能工厂5个、数字化车间20个; 建成5G基站300个和公共
     * 充电桩500个): after this count only further such pairs follow …
     */
    private static final Pattern PAIRS_AFTER = Pattern.compile(
            "^(?:以上|左右|以内|以下)?(?:[、和及与][^，。；、]{1,20}?" + Clauses.FOOTNOTE + "?" + VALUE + "(?:以上|左右|以内|以下)?)+$");
    /** … and before a later count, the words up to the previous pair belong to that pair, not to this count. */
    private static final Pattern PAIRS_BEFORE = Pattern.compile("^.*" + VALUE + "(?:以上|左右|以内|以下)?[、和及与]");
    private static final Pattern PERCENT_BOUND_AFTER = Pattern.compile("^(以上|以内|以下|左右)");
    /** A rate or share as the last word before a percent: 失业率, 涨幅, 比重. */
    private static final Pattern RATE_NOUN = Pattern.compile("(率|涨幅|增幅|增速|降幅|比例|比重|占比)$");
    private static final Pattern PERCENT_LEVEL = Pattern.compile(
            "(达到|提高到|提升到|增加到|控制在|稳定在|保持在|不低于|不高于|不超过)[^，。；]{0,3}$");
    /** Limits for days (重污染天数不超过5天, 审批时间控制在60天以内) besides shortening. */
    private static final Pattern DAY_LIMIT = Pattern.compile("(不超过|不少于|不低于|达到|控制在|稳定在|至少)[^，。；]{0,3}$");
    /** Within a number-last clause a list of objects may stand between verb and number (新建改扩建中小学、幼儿园8所). */
    private static final int VERB_REACH_NUMBER_LAST = 16;
    /**
     * The longest object kept; a longer one is cut from the far end. 20 keeps a measure with its base whole
     * (高新技术产业增加值占规上工业增加值比重, 19).
     */
    private static final int OBJECT_MAX = 20;
    private static final Pattern TRAILING_MODAL = Pattern.compile("(要|力争|确保|争取|将|努力)+$");
    /** An object that names only what is done (完工, 新开工, 完成改造), not what it is done to. */
    private static final Pattern VERB_ONLY = Pattern.compile("^(?:新|再|累计|全部|全面|已)?(?:" + ACTION.pattern() + ")+$");
    /** An object that names only a size (占地, 总面积, 建筑面积, 全长), not what is that big. */
    /** …智能服务终端，不少于1800户: a clause of only a floor or ceiling is the size of the work said before it. */
    private static final Pattern FLOOR_ONLY = Pattern.compile("^(?:" + FLOOR + ")$");
    private static final Pattern SIZE_ONLY = Pattern.compile("^(?:总|地上|地下)?(?:占地面积|占地|建筑面积|面积|全长|长度|总长|套数)$");
    private static final Pattern TOPIC_EDGES = Pattern.compile(
            "^(?:(?:持续|继续|加快|全力|大力|着力|积极)?(?:" + ACTION.pattern() + "))+|(?:(?:新|再)?(?:" + ACTION.pattern() + ")|工作|工程|(?:总|地上|地下)?(?:占地面积|占地|建筑面积|面积|全长|总长))+$");

    /** What a sentence's work is on: 推动既有住宅加装电梯建设 → 既有住宅加装电梯; 新建学校食堂 → 学校食堂. */
    private static String topic(String said) {
        return said == null ? "" : TOPIC_EDGES.matcher(Clauses.cleanSubject(said.strip())).replaceAll("");
    }

    /** Nothing before a count but a bullet or an item marker. */
    private static final Pattern BULLET_ONLY = Pattern.compile("^\\s*(?:[*＊▶►●■◆◇★☆•▪]|\\d{1,2}[.．、]|[\\u2460-\\u2487])?\\s*$");
    /** An object that is only what is done (续建, 新开工 — the last one said counts): a part of a whole said before. */
    private static final String PART_VERBS = "续建|新建|新开工|开工|竣工|完工|改造|改建|扩建|在建|新增|投产|建成";
    private static final Pattern PART_VERB_ONLY = Pattern.compile("(?:" + PART_VERBS + ")*(" + PART_VERBS + ")");
    /** The clause before 其中 that names the whole (将实施“十大”重点水利工程建设): its words, what is done to it removed. */
    private static final Pattern PARTS_AFTER = Pattern.compile("([^，。；：]{2,40})[，,]其中");
    private static final Pattern WORK_WORDS = Pattern.compile(
            "^(?:20\\d\\d年|今年|明年|全年)?(?:将|要|计划|拟|力争)?(?:实施|推进|推动|开展|抓好|启动|谋划|安排)?|“[^”]{1,8}”|(?:建设|工作|任务)$");

    private static String wholeBeforeParts(String text, int sentenceStart, int at) {
        Matcher m = PARTS_AFTER.matcher(text).region(sentenceStart, at);
        String whole = null;
        while (m.find()) {
            whole = m.group(1);
        }
        if (whole == null) {
            return null;
        }
        String head = whole;
        String previous;
        do {
            previous = head;
            head = WORK_WORDS.matcher(head).replaceAll("");
        } while (!head.equals(previous));
        return head.length() >= 2 && head.length() <= 12 ? head : null;
    }

    /** A noun phrase and nothing more after a count (长者照护之家, 农村睦邻互助点), to the clause's end. */
    private static final Pattern COUNTED_THING = Pattern.compile("^(?![^的将要由如得]*[的将要由如得])[\\p{IsHan}“”（）]{2,16}$");
    private static final Pattern LEADING_MARKER = Pattern.compile("^(?:\\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|[\\u2460-\\u2487])");
    private static final Pattern TRAILING_NOISE = Pattern.compile("(任务|工作|目标|的|以上|左右|以内|以下)+$");
    private static final Pattern PER = Pattern.compile("每(?:个|家|所|座|条|名|位)?([\\p{IsHan}]{2,6}?)(?=每年|每季度|每月|要|都|均|至少|每)");

    private TargetExtractor() {}

    /**
     * @param looksAhead whether an offset lies in a section that sets goals (主要目标, 2009年工作安排…)
     * @param looksBack whether an offset lies in text that reports the past (a review or problem section, a
     *                  paragraph opening with 去年/一年来…): numbers there are facts unless a clause says otherwise
     */
    static List<Target> extract(Passage passage, IntFunction<String> nodeAt, IntPredicate looksBack,
                                IntPredicate looksAhead, LocalDate directiveDate) {
        return extract(passage, nodeAt, looksBack, looksAhead, offset -> null, offset -> nodeAt.apply(offset) != null,
                directiveDate);
    }

    /** @param headingPeriod the period a goal heading above an offset names (二、2024年工作安排 → 2024年), or null */
    static List<Target> extract(Passage passage, IntFunction<String> nodeAt, IntPredicate looksBack,
                                IntPredicate looksAhead, IntFunction<String> headingPeriod, IntPredicate inSection,
                                LocalDate directiveDate) {
        String text = passage.text;
        List<Target> out = new ArrayList<>();
        java.util.Set<String> home = Places.home(passage.text); // 今年河北预计…: 河北 is the text's own place
        java.util.Map<Integer, Boolean> underGoal = new java.util.HashMap<>(); // per paragraph
        java.util.Map<Integer, Boolean> continuesPlan = new java.util.HashMap<>(); // per paragraph
        for (Passage.Span sentence : passage.sentences()) {
            if (Quantities.find(passage, sentence.start(), sentence.end()).isEmpty()) {
                continue; // most sentences hold no number at all
            }
            String sentenceText = sentence.of(text);
            if (Places.aboutElsewhere(sentenceText, home)) {
                continue;
            }
            String actorPer = null;
            int paragraph = passage.paragraphStart(sentence.start());
            boolean led = GOAL_LEAD.matcher(text).region(paragraph, sentence.end()).find()
                    || underGoal.computeIfAbsent(paragraph, p -> underGoalLead(passage, p)); // 今年经济社会主要指标 ⏎ …
            // 在推进乡村振兴方面，今年计划新建…。实施乡村建设行动，…提升153个村生活污水处理设施: the paragraph's first
            // sentence says what this year will do, and the sentences after it go on with it
            int firstStop = text.indexOf('。', paragraph);
            boolean paragraphAhead = firstStop >= 0 && firstStop < sentence.start()
                    && PARAGRAPH_PLAN_LEAD.matcher(text).region(paragraph, firstStop).find()
                    || continuesPlan.computeIfAbsent(paragraph, p -> continuesPlan(passage, p));
            boolean sentencePast = past(sentenceText, led);
            boolean oneEach = ONE_EACH.matcher(sentenceText).find();
            String lastObject = null;
            String topicClause = null;
            boolean previousClauseTarget = false;
            for (Clauses.Clause clause : Clauses.of(text, sentence.start(), sentence.end())) {
                String clauseText = text.substring(clause.start(), clause.end());
                List<Quantities.Quantity> quantities = Quantities.find(passage, clause.start(), clause.end());
                if (quantities.isEmpty()) {
                    topicClause = clauseText; // the work a sentence is about, said before its numbers
                }
                boolean backward = sentencePast || looksBack.test(clause.start());
                // 年度计划投资295.16亿元: a year's planned sum is its target, in a progress report too
                boolean plannedSum = PLANNED_SUM.matcher(clauseText).find();
                if (!plannedSum && (past(clauseText, led) || backward && !led && !promisesInReview(clauseText))) {
                    previousClauseTarget = false;
                    continue;
                }
                int lastTargetEnd = -1;
                boolean clauseTarget = false;
                for (Quantities.Quantity q : quantities) {
                    if (oneEach && q.value() != null && q.value().compareTo(BigDecimal.ONE) == 0
                            && !Character.isDigit(text.charAt(q.start()))) {
                        continue; // 一个项目、一个领导、一套班子: a way of working, not a count
                    }
                    // 谋划实施省市重点项目26项（其中省重点4项、市重点22项）: the aside is a clause of its own
                    String after = ASIDE.matcher(text.substring(q.end(), clause.end())).replaceAll("");
                    if (!q.unit().equals("个") && !q.unit().equals("项")) {
                        // 确保完成新增就业3万人次、…2万人次目标任务: the goal named after its values, not what they count
                        after = GOAL_NAMED_AFTER.matcher(after).replaceFirst("");
                    }
                    // 新建、改建农村道路分别为12公里和8公里: the values before this one are not what it counts
                    String before = VALUES_BEFORE.matcher(Clauses.before(text, clause, q.start())).replaceFirst("");
                    boolean listContinues = lastTargetEnd >= 0
                            && LIST_ITEM.matcher(text.substring(lastTargetEnd, q.start())).matches();
                    if (isActor(after)) {
                        actorPer = objectAfter(after);
                        continue;
                    }
                    boolean percent = q.unit().equals("%") || q.unit().equals("‰") || q.unit().equals("个百分点");
                    boolean numberLast = NOTHING_AFTER.matcher(after).matches() || VALUES_AFTER.matcher(after).matches()
                            || PAIRS_AFTER.matcher(after).matches();
                    boolean promised = numberLast && PROMISE.matcher(text.substring(sentence.start(), q.start())).find();
                    boolean ahead = looksAhead.test(q.start()) && !looksBack.test(q.start());
                    // inside the body, a section that does not report (no review, problem or past-lead paragraph) speaks
                    // of what is to be done: 二、2025年重点工作 …实施重点项目150个; 一是抓好重点企业。规上工业增加值
                    // 增长7%，新增规上工业企业25家 — a bare rate of change there is a target as much as a count is
                    // (a fact says when it was measured: 同比, 上年, 1-10月, and is dropped above as past)
                    // — unless it is dated without looking ahead (上半年…GDP分别实现增长3.4%: a result, whatever the
                    // directive's date; 全年固定资产投资增长7% looks ahead)
                    boolean inTaskSection = inSection.test(q.start()) && !looksBack.test(q.start())
                            && (!percent || PERCENT_BOUND_AFTER.matcher(after).find() || PERCENT_LEVEL.matcher(before).find()
                            || Clauses.periodBefore(text, sentence.start(), q.start()) == null
                            || FORWARD.matcher(sentenceText).find());
                    boolean forwardWords = ahead || FORWARD.matcher(sentenceText).find() || paragraphAhead || led;
                    boolean forward = forwardWords || inTaskSection;
                    // 新增规模以上工业企业25家，新认定高新技术企业30家以上: a number-last clause that goes on from a
                    // target clause of the same sentence, or stands in a goal section, is one more item of the list
                    // 年内打通断头路8条: a number-last clause in a sentence that looks ahead is one too
                    boolean goesOn = numberLast && !percent && (previousClauseTarget || forwardWords)
                            || previousClauseTarget && !percent && parallel(before, text.substring(q.end(), clause.end()));
                    // 确保32个省市重点项目全部开工: the number sits inside the noun phrase of what is ensured
                    Matcher done = ALL_DONE.matcher(after);
                    String ensuredObject = !percent && done.lookingAt() && ENSURE_BEFORE.matcher(before).find()
                            ? done.group(1) : null;
                    Matcher planned = PLANNED_SUM_BEFORE.matcher(before);
                    if (ensuredObject == null && plannedSum && backward && Quantities.MONEY.matcher(q.unit()).matches()
                            && planned.find()) { // (in a plan the year's sum is read with the rest of its sentence)
                        ensuredObject = Clauses.cleanSubject(before.substring(0, planned.end()));
                    }
                    if (ensuredObject == null && !percent && forward && before.isBlank()) {
                        // 69个没有污水处理设施的建制镇年内全部开工建设; 200家城镇农贸市场改造成为“放心市场”: in a plan,
                        // a clause that opens with its number says what that many things will become
                        Matcher first = NUMBER_FIRST_DONE.matcher(after);
                        ensuredObject = first.lookingAt() && Quantities.COUNT_UNITS.matcher(q.unit()).matches()
                                ? first.group(1) + first.group(2) : null; // 400万吨褐煤提质建成投产: a size, not a count
                    }
                    boolean ensured = ensuredObject != null;
                    // 投资1.8亿元的桃木疙瘩屠宰加工项目建成投产: money that sizes work said to be finished this year
                    Matcher spentDone = SPENT_DONE.matcher(after);
                    boolean sizedDone = forward && Quantities.MONEY.matcher(q.unit()).matches() && SPENT.matcher(before).find()
                            && spentDone.matches();
                    boolean stretch = percent && previousClauseTarget && STRETCH.matcher(before).matches();
                    // （三）规上工业增加值增速11%。 under a goal heading or lead: a rate that ends its clause is the goal
                    boolean goalRate = percent && (ahead || led) && numberLast && RATE_NOUN.matcher(before).find();
                    // 力争90%以上的村生活垃圾得到治理: the share of what is to reach a state, said after the rate
                    Matcher shareOf = SHARE_OF_WHAT.matcher(after);
                    boolean share = percent && forward && shareOf.lookingAt() && SHARE_LEAD.matcher(before).find();
                    if (!ensured && !sizedDone && !stretch && !share && !goalRate && !isCommitment(q, before, after, forward, numberLast,
                            listContinues || promised && !percent || goesOn)) {
                        continue;
                    }
                    Matcher within = WITHIN.matcher(after);
                    String object = within.lookingAt() && (q.unit().equals("天") || q.unit().equals("个工作日"))
                            ? withinObject(before, within.group(1))
                            : sizedDone ? spentDone.group(1) + "投资" : ensured ? ensuredObject
                            : share ? shareOf.group(1) : percent ? percentObject(before)
                            : numberLast ? objectBefore(PAIRS_BEFORE.matcher(before).replaceFirst("")) : object(before, after);
                    Matcher treated = TREATED_NAMED_BEFORE.matcher(before);
                    Matcher doneTo = DONE_TO_AFTER.matcher(after);
                    if (treated.find() && doneTo.lookingAt()) {
                        // 对各乡镇老化破损闸门467处进行维修: what is worked on, then the work
                        Matcher work = ACTION.matcher(after).region(doneTo.end(), after.length());
                        object = treated.group(1).replaceFirst("^各[\\p{IsHan}]{0,3}?(?:乡镇|街道|村|社区)", "")
                                + (work.lookingAt() ? work.group() : "");
                    }
                    Matcher raised = RAISED_FROM.matcher(before);
                    if (raised.matches() && !raised.group(1).isBlank()) {
                        object = Clauses.cleanSubject(raised.group(1)); // 将城乡低保标准由每人每月600元提高至650元
                    }
                    boolean floorOnly = object.isBlank() && FLOOR_ONLY.matcher(before.strip()).matches();
                    Matcher partOf = PART_VERB_ONLY.matcher(object);
                    String whole = !percent && numberLast && partOf.matches()
                            ? wholeBeforeParts(text, sentence.start(), q.start()) : null;
                    if (whole != null) {
                        // 实施“十大”重点水利工程建设，其中续建5项，新开工5项: the part of the work the clause before names
                        object = partOf.group(1) + whole;
                    } else if (!percent && numberLast && (VERB_ONLY.matcher(object).matches() || SIZE_ONLY.matcher(object).matches()
                            || floorOnly)) {
                        // 推动既有住宅加装电梯建设，新开工400台，完工150台: the work named before, then what is done to it
                        // (实施安置小区建设工程，占地132亩: how big that work is); …智能服务终端，不少于1800户: the size of
                        // the work in the clause right before, unless that clause was a target of its own
                        String topic = topic(lastObject != null && (!floorOnly || previousClauseTarget) ? lastObject
                                : topicClause);
                        if (topic.length() >= 2) {
                            object = topic + object;
                        }
                    }
                    if (percent && object.isEmpty() && lastObject != null && STRETCH.matcher(before).matches()
                            && GROWTH_OF.matcher(lastObject).matches()) {
                        object = lastObject; // 地区生产总值增长10%，力争11.5%: the stretch goal of the same measure
                    } else if (percent && lastObject != null && GROWTH_ONLY.matcher(object).matches()
                            && !GROWTH_OF.matcher(lastObject).matches()) {
                        // 地区生产总值达到240亿元，同比增长21%: the growth of the level said before it
                        object = lastObject.replaceFirst("(?:完成|达到|实现)$", "") + "增长";
                    } else if (!percent && lastObject != null && object.endsWith("类") && object.length() <= 5
                            && text.substring(sentence.start(), q.start()).contains("其中")) {
                        // 安排重点项目105个，其中，工业类3个、农业类21个: the kinds of what was counted
                        object = object + lastObject.replaceFirst("^.*?(?:" + ACTION.pattern() + ")", "")
                                .replaceFirst("^[\\p{IsHan}]{1,4}类", "");
                    } else if (object.isEmpty() && !percent && lastObject != null && REACH_ONLY.matcher(before).matches()) {
                        // 地区生产总值增长7.5%，达到309亿元: the level the growth reaches is of what grows
                        Matcher grown = GROWTH_OF.matcher(lastObject);
                        object = grown.matches() ? grown.group(1) : object;
                    } else if (object.equals("投资") && before.strip().equals("投资")) {
                        object = spentOnNext(text, clause, object); // 投资6.6亿元，实施景区基础设施建设
                    }
                    boolean digits = Character.isDigit(text.charAt(q.start()));
                    if (object.isEmpty() || NOT_AN_OBJECT.matcher(object).find()
                            || !digits && SLOGAN_OBJECT.matcher(object).find()) {
                        continue;
                    }
                    if (after.startsWith("中") && !MIDDLE_WORD.matcher(after).lookingAt() || after.contains("之一")
                            || QUALIFIER.matcher(after).find()
                            || after.startsWith("制") // 3人制篮球场: a kind, not a count
                            || FROM_BEFORE.matcher(before).find() && RAISED_TO_AFTER.matcher(after).lookingAt() // 由1800元提高到…
                            || q.unit().equals("项") && Quantities.LIST_SUMMED.matcher(after).lookingAt() && before.indexOf('、') >= 0
                            || NESTED_SIZE.matcher(before).find() && after.startsWith("以上") // 230个50户以上木质房屋村寨
                            || OVER.matcher(before).find() && SIZED_NEXT.matcher(after).lookingAt()) {
                        continue;
                    }
                    String period = Clauses.periodBefore(text, sentence.start(), q.start());
                    if (period == null && ahead) {
                        period = headingPeriod.apply(q.start()); // 二、今年工作安排 → 今年
                    }
                    if (period == null) {
                        period = rowDeadline(passage, q.start()); // a task table's row: 完成时限：2025年12月底
                    }
                    if (SPENT.matcher(before).find() && Quantities.MONEY.matcher(q.unit()).matches()
                            && ACTION.matcher(after).lookingAt()) {
                        // 投资6000万元启动天生桥游客中心、停车场建设 → 天生桥游客中心、停车场建设投资
                        object = spentOn(after);
                    }
                    if (object != null && object.indexOf('\t') >= 0) {
                        object = object.substring(object.lastIndexOf('\t') + 1); // not the row's number
                    }
                    // 全年 under 二、2025年工作安排 is 2025's, whatever day the text is pasted
                    LocalDate due = Deadlines.resolve(period, ahead
                            ? Deadlines.planDate(headingPeriod.apply(q.start()), directiveDate) : directiveDate);
                    String per = per(text.substring(sentence.start(), q.start()), period, actorPer);
                    lastTargetEnd = q.end();
                    clauseTarget = true;
                    if (BARE_SIZE.matcher(object).matches() && lastObject != null) {
                        // 谋划实施市以上重点项目20个，总投资82.8亿元; …的14个省市重点项目，完成投资18.5亿元
                        // (of what was counted, not of the total said before it: …项目26项，总投资355亿元，计划投资15亿元)
                        object = lastObject.replaceFirst("(?:" + BARE_SIZE.pattern() + ")$", "") + object;
                    }
                    BigDecimal value = q.value();
                    String bound = bound(before, after, q);
                    Matcher range = RANGE_BEFORE.matcher(text.substring(Math.max(sentence.start(), q.start() - 8), q.start()));
                    if (range.find() && value != null) {
                        value = new BigDecimal(range.group(1)); // 培育1—2个农业品牌: at least the lower end
                        bound = "at_least";
                    }
                    lastObject = object;
                    List<String> objects = List.of(object);
                    Matcher both = URBAN_AND_RURAL.matcher(object);
                    Matcher each = percent ? EACH_OF_LIST.matcher(percentSubject(before)) : null;
                    if (percent && !clauseText.contains("分别") && both.matches()) {
                        // 城镇和农村居民人均可支配收入增长9%左右: one value for each
                        objects = List.of("城镇" + both.group(1), "农村" + both.group(1));
                    } else if (percent && object.startsWith("城乡居民") && clauseText.contains("分别")) {
                        String perHead = object.substring(2).replace("分别", "");
                        int percents = clauseText.split("%", -1).length - 1;
                        if (percents == 1 && SAID_FOR_EACH.matcher(before).find()) {
                            // 城乡居民人均可支配收入分别增长7.5%: one value said for 城镇 and 农村 each
                            objects = List.of("城镇" + perHead, "农村" + perHead);
                        } else if (percents == 2) {
                            // 城乡居民人均可支配收入分别增长8%、9%: 城镇 first, 农村 second
                            boolean first = text.substring(clause.start(), q.start()).indexOf('%') < 0;
                            objects = List.of((first ? "城镇" : "农村") + perHead);
                        }
                    } else if (each != null && each.matches()) {
                        // 城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%: the value said once for each
                        String measure = each.group(2);
                        List<String> items = Items.zip(each.group(1), each.group(1).split("[、和及与]").length);
                        if (items.size() > 1) {
                            objects = items.stream().map(item -> item + measure).toList();
                            lastObject = objects.get(objects.size() - 1);
                        }
                    }
                    for (String o : objects) {
                        out.add(new Target(nodeAt.apply(q.start()), value, q.unit(), o, period,
                                bound, per, q.masked(), clauseText.strip(), due, clause.start(), clause.end()));
                    }
                }
                previousClauseTarget = clauseTarget;
            }
        }
        return out;
    }

    /**
     * Whether a clause of a review promises after all (今年力争…): 争取上级转移支付31.8亿元 there is money secured, and
     * 争取 promises only where the text looks ahead.
     */
    static boolean promisesInReview(String clause) {
        Matcher m = PROMISE.matcher(clause);
        while (m.find()) {
            // 预计地区生产总值将达到1400亿元, said of the year reviewed: an estimate of what was, not a promise
            boolean estimated = m.group().equals("将") && clause.lastIndexOf("预计", m.start()) >= 0;
            if (!m.group().equals("争取") && !estimated) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param forward        the sentence or its section looks ahead (要, 力争, 今年…, or a heading such as 主要目标)
     * @param listContinues  the previous item of the same list was a target, or a promise governs a bare figure
     */
    private static boolean isCommitment(Quantities.Quantity q, String before, String after, boolean forward,
                                        boolean numberLast, boolean listContinues) {
        if (q.unit().equals("个百分点") || q.unit().equals("%") || q.unit().equals("‰")) {
            // 城镇调查失业率5%以内, 居民消费价格涨幅3%左右: a rate named right before a bounded value is set, too
            return forward && (PERCENT_VERB.matcher(before).find()
                    || RATE_NOUN.matcher(before).find() && PERCENT_BOUND_AFTER.matcher(after).find());
        }
        if (q.unit().equals("天") || q.unit().equals("个工作日")) {
            return SHORTEN.matcher(before).find() || forward && DAY_LIMIT.matcher(before).find()
                    || forward && WITHIN.matcher(after).lookingAt();
        }
        if (!forward) {
            return false; // 规模以上工业企业达到186家, in a section that reports: a fact said without 了 or 已
        }
        if (BULLET_ONLY.matcher(before).matches() && COUNTED_THING.matcher(after).matches() && !ACTION.matcher(after).find()) {
            return true; // *366张养老床位, a line of a plan that names what is to be: the count and the thing counted
        }
        if (BENEFICIARY_BEFORE.matcher(before).find()) {
            Matcher act = ACTION.matcher(after);
            if (act.find() && act.start() <= 16) {
                return true;
            }
        }
        if (TREATED_BEFORE.matcher(before).find()) {
            Matcher act = ACTION.matcher(after);
            // 对4条主干道、13条背街小巷进行优化提升
            if (act.find() && act.start() <= 20) {
                return true;
            }
        }
        // 将对各乡镇老化破损闸门467处进行维修; 在5所公办幼儿园增设托班: what the work is done to or at, counted
        if (TREATED_NAMED_BEFORE.matcher(before).find() && DONE_TO_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        if (AT_COUNTED_BEFORE.matcher(before).find() && !ANY_QUANTITY.matcher(after).find()) {
            Matcher act = ACTION.matcher(after);
            if (act.find() && act.start() <= 12) {
                return true;
            }
        }
        // 投资6000万元启动游客中心建设: money spent on work named right after it
        if (SPENT.matcher(before).find() && Quantities.MONEY.matcher(q.unit()).matches()) {
            Matcher act = ACTION.matcher(after);
            if (act.find() && act.start() <= 2) {
                return true;
            }
        }
        // 力争1--2家企业挂牌上市: the range's lower end is no part of what comes before
        String unsized = ATTRIBUTIVE_SIZE.matcher(RANGE_BEFORE.matcher(before).replaceFirst("")).replaceAll("");
        if (IN_HAND_SIZE.matcher(unsized).find() && Quantities.MONEY.matcher(q.unit()).matches()
                || IN_HAND_NAMES.matcher(unsized).find()) {
            return true;
        }
        Matcher inHand = IN_HAND.matcher(unsized);
        if (inHand.find()) {
            Matcher act = ACTION.matcher(after);
            if (act.find() && act.start() <= 12 && after.substring(0, act.start()).matches("[\\p{IsHan}、]*")) {
                return true;
            }
            if (after.matches("[\\p{IsHan}“”]{2,12}")) {
                return true; // 抓好总投资321亿元的53个重点项目: the verb in hand takes what is counted itself
            }
        }
        if (DONE_AT_END.matcher(after).matches() && unsized.strip().length() <= 8 && !ACTION.matcher(unsized).find()
                && THINGS.matcher(q.unit()).matches()) {
            return true; // 农村公路90座三类桥梁加固维修: a plan's item named as a noun, what is done to it at its end
        }
        Matcher verb = ACTION.matcher(unsized);
        while (verb.find()) {
            String between = unsized.substring(verb.end());
            if (NAMES_THEN_COUNT.matcher(between).matches()) {
                return true;
            }
            if (between.length() <= VERB_REACH && between.indexOf('、') < 0
                    || numberLast && between.length() <= VERB_REACH_NUMBER_LAST) {
                return true;
            }
        }
        return listContinues;
    }

    /**
     * Whether a clause after a target clause of the same sentence is one more item of it: …等10个项目竣工；总投资138亿元的
     * …等25个项目开工 (what is to happen to the things counted), 力争打造3—5个…，10—20个百万级销售单品 (only the next
     * item), …完成投资39.7亿元；特别是总投资157.2亿元的14个省市重点项目 (a connective, the size, what is counted).
     */
    private static boolean parallel(String before, String rest) {
        return PARALLEL_DONE.matcher(rest).find()
                || RANGE_BEFORE.matcher(before).replaceFirst("").isBlank()
                || PARALLEL_LEAD.matcher(ATTRIBUTIVE_SIZE.matcher(before).replaceAll("")).matches()
                        && PARALLEL_ITEM.matcher(rest).find();
    }

    /** 15个街道办事处要…, 5个区委督查组要…: the counted thing is who acts. */
    private static boolean isActor(String after) {
        Matcher m = ACTOR.matcher(after);
        return m.find() && !ACTION.matcher(after.substring(0, m.start(1))).find();
    }

    private static String objectAfter(String after) {
        Matcher m = ACTOR.matcher(after);
        return m.find() ? after.substring(0, m.start(1)) : null;
    }

    /** What is counted: the words after the unit; after 的, the head noun plus what precedes (总投资X亿元的X个项目). */
    static String object(String before, String after) {
        String head = LEVELS.matcher(after).replaceFirst("$1$2"); // 26个省、市重点项目: one noun, not a list
        Matcher modifiers = MODIFIERS.matcher(head);
        if (modifiers.lookingAt()) {
            // 34公里供水、供热、排水管网: short modifiers of one head noun are not a list of things
            head = modifiers.group(1).replace('、', JOINED) + head.substring(modifiers.end());
        }
        return objectOf(before, head).replace(JOINED, '、');
    }

    private static final char JOINED = '\u00b7';
    private static final Pattern MODIFIERS = Pattern.compile("((?:[\\p{IsHan}]{1,3}、){1,5}[\\p{IsHan}]{3,10})(?=$|[，。；])");

    private static String objectOf(String before, String head) {
        // 总投资310亿元、64个重点项目: the amount sizes what is counted next, as 总投资X亿元的X个项目 does
        boolean attributive = head.startsWith("的") || head.startsWith("、") && before.endsWith("总投资");
        if (attributive) {
            head = head.substring(1);
            // 总投资53亿元的英利5GW光伏电池、永红铸机等10个项目竣工: the names before 等N个 are examples of what is counted
            Matcher named = NAMED_COUNT.matcher(head);
            Matcher q = LEADING_QUANTITY.matcher(head);
            if (q.find()) {
                head = head.substring(q.end());
            } else if (named.find()) {
                head = head.substring(named.end());
            }
        }
        Matcher described = DESCRIBED_HEAD.matcher(head);
        if (!attributive && described.lookingAt() && !ACTION.matcher(described.group(1)).find()) {
            // 6条困扰群众出行的“断头路”: what is counted is the noun after 的, not what describes it (but in
            // 15条背街小巷的环境整治 what follows 的 is the work done to what is counted)
            head = described.group(1) + head.substring(described.end());
        }
        if (head.startsWith("“") && head.indexOf('”') > 1) {
            // 打造10个“15分钟便民生活圈”: the quoted name is what is counted, quotes left out
            head = head.substring(1, head.indexOf('”')) + head.substring(head.indexOf('”') + 1);
            return cutObject(head, before, attributive);
        }
        head = splitBeforeNextQuantity(head);
        Matcher next = VERB_THEN_NUMBER.matcher(head);
        if (next.find() && next.start() > 0) {
            head = head.substring(0, next.start()); // 202家规模以上工业企业实现总产值45.05亿元 → 规模以上工业企业
        }
        return cutObject(head, before, attributive);
    }

    private static String cutObject(String head, String before, boolean attributive) {
        head = QUOTED_INSIDE.matcher(head).replaceAll("$1"); // 社区“宝宝屋”扩优提质: the quoted name is part of the object
        Matcher stop = OBJECT_STOP.matcher(head);
        if (stop.find()) {
            head = head.substring(0, stop.start());
        }
        head = head.replaceFirst("^(以上|左右|以内|以下|的)", "").replaceAll(Clauses.FOOTNOTE, "");
        head = TRAILING_NOISE.matcher(head).replaceAll("");
        if (head.length() > OBJECT_MAX) {
            head = head.substring(0, OBJECT_MAX);
        }
        if (attributive) {
            Matcher verb = ACTION.matcher(before);
            int cut = 0;
            while (verb.find()) {
                cut = verb.end();
            }
            String modifier = before.substring(cut).replaceAll("[的地]+$", "")
                    .replaceFirst("^(?:特别是|尤其是|其中|以及|同时)", "")
                    .replaceFirst("^(?:全力|大力|着力|持续)?(?:" + IN_HAND_VERBS + ")", ""); // 抓好总投资…: 总投资
            if (!modifier.isEmpty() && modifier.length() <= 6) {
                head = head + modifier;
            }
        }
        return head.strip();
    }

    /** 新建幼儿园5所, 其中新开工项目不少于50个: the number comes last and the words before it say what it counts. */
    static String objectBefore(String before) {
        String s = LEADING_MARKER.matcher(before).replaceFirst("").replaceFirst("分别(?:为|是|达到|达)?$", "");
        s = BOUND_AT_END.matcher(s).replaceFirst("");
        s = TRAILING_MODAL.matcher(s).replaceFirst("");
        s = MODAL_AT_START.matcher(s).replaceFirst("");
        s = Clauses.cleanSubject(s);
        s = MODAL_AT_START.matcher(s).replaceFirst("");
        return s.length() > OBJECT_MAX ? s.substring(s.length() - OBJECT_MAX) : s;
    }

    /** 地区生产总值要增长7%左右 → 地区生产总值增长: what changes, and how. */
    /** Words that promise in any sentence (not 目标 alone: 超额完成50微克/立方米年度目标 reports). */
    private static final Pattern STRONG_PROMISE = Pattern.compile("力争|确保|争取|预期|(?<![需重主只])要(?![求素点害闻])|将");
    /** A paragraph that goes on with the one before it: 具体来看，…; 具体而言，…. */
    private static final Pattern CONTINUES = Pattern.compile("^[ \u3000]*具体(?:来看|而言|来说|看)[，,：:]");

    /**
     * Whether a paragraph goes on with the plan of the paragraph before it (2024年，陕西将推动…，规上工业增加值增长6%。 ⏎
     * 具体来看，…煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上，…能源工业增加值增长5%).
     */
    private static boolean continuesPlan(Passage passage, int paragraph) {
        String text = passage.text;
        if (paragraph < 2 || !CONTINUES.matcher(text).region(paragraph, passage.paragraphEnd(paragraph)).lookingAt()) {
            return false;
        }
        int end = paragraph - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        int start = passage.paragraphStart(end);
        return PARAGRAPH_PLAN_LEAD.matcher(text).region(start, end + 1).find();
    }

    /** A paragraph that opens with what this year will do: 今年计划…, 今年将…, 2024年要…. */
    private static final Pattern PARAGRAPH_PLAN_LEAD = Pattern.compile(
            "(?:今年|明年|新的一年|20\\d\\d年)[^。；]{0,12}?(?:计划|将(?!近)|要(?![求素点])|力争)");
    /**
     * Whether a paragraph stands in a list of goals: the line before it heads them (今年经济社会主要指标), or a line above
     * ends with a goal lead (…定下这些具体目标:) and only short lines without a full stop come between — the list's
     * items and its group headings (经济◢, 新增规上工业企业超300家…).
     */
    private static boolean underGoalLead(Passage passage, int paragraph) {
        int start = paragraph;
        for (int lines = 0; lines < GOAL_BLOCK_LINES; lines++) {
            int end = start - 1;
            while (end >= 0 && Character.isWhitespace(passage.text.charAt(end))) {
                end--;
            }
            if (end < 0) {
                return false;
            }
            start = passage.paragraphStart(end);
            String line = passage.text.substring(start, end + 1).strip();
            // 主要预期目标 ⏎ ●地区生产总值增长6% ⏎ ●规模以上工业增加值增长6.5%: a heading of goals (not of 主要指标, a
            // table of results) holds every short line below it
            if (GOAL_LINE.matcher(line).matches() && (lines == 0 || line.contains("目标"))
                    || GOAL_LEAD_AT_END.matcher(line).find()) {
                return true;
            }
            if (line.length() > GOAL_ITEM_MAX || line.indexOf('。') >= 0) {
                return false;
            }
        }
        return false;
    }

    private static final int GOAL_BLOCK_LINES = 40;
    private static final int GOAL_ITEM_MAX = 60;

    /** A line of its own that heads the year's goals: 今年经济社会主要指标, 2024年主要预期目标. */
    private static final Pattern GOAL_LINE = Pattern.compile(
            "[【（(]?(?:今年|明年|20\\d\\d年)?[\\p{IsHan}]{0,8}(?:主要|预期)(?:预期)?(?:目标|指标)(?:任务)?[】）)：:]?");
    /** The words that lead a plan's goals: 主要预期目标是, 具体目标, 指标体系安排，具体为. */
    private static final String GOAL_WORDS =
            "(?:(?:主要|预期|发展|具体)(?:预期)?(?:目标|指标)|目标任务|指标(?:体系)?安排[，,]?(?:具体)?)(?:是|为)?";
    /** A goal lead: the words, then a colon (…具体为：) or 包括 (主要目标，包括…). */
    static final Pattern GOAL_LEAD = Pattern.compile(GOAL_WORDS + "(?:[：:]|[，,]包括)");
    /** A goal lead that ends its line (…定下这些具体目标:), the goals on the lines below. */
    private static final Pattern GOAL_LEAD_AT_END = Pattern.compile(GOAL_WORDS + "[：:]$");

    /** What a promise is compared with (同比, 上年): said with 力争 or 确保 it is the base of a target, not a report. */
    private static final Pattern BASE = Pattern.compile("同比|比上年|较上年|上年|去年同期|比增");

    /**
     * Whether a sentence or clause reports what was: a word of the past — but 力争固定资产投资同比增长7%以上 and
     * 能耗确保不高于上年 promise, their 同比 and 上年 only the base.
     */
    static boolean past(String s) {
        return past(s, false);
    }

    /** 同比增长8%以上: a change against last year with a bound is a goal's way of saying it (a result says its value). */
    private static final Pattern BOUNDED_CHANGE = Pattern.compile("(?:同比|比上年)(?:增长|提高)\\d+(?:\\.\\d+)?%(?:以上|左右)");

    /** A place stated (稳居全市第一, 增速排名城区第一, 位列全省第3): a report's way of saying where a value stands. */
    static final Pattern RANK_STATED = Pattern.compile("(?:稳居|位居|居于?|排名|排在|位列)[^，。；]{0,8}?第[一二三四五六七八九十\\d]{1,3}");

    /** @param led the sentence stands after a goal lead of its paragraph (主要预期目标是：…；…同比增长15.5%；…) */
    static boolean past(String s, boolean led) {
        Matcher m = PAST.matcher(s);
        boolean promised = led || STRONG_PROMISE.matcher(s).find() || BOUNDED_CHANGE.matcher(s).find();
        if (!promised && RANK_STATED.matcher(s).find()) {
            return true; // 一般公共预算收入完成27.9亿元，总量稳居全市第一: where a value places says what it was
        }
        while (m.find()) {
            if (!promised || !BASE.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    static String percentObject(String before) {
        String s = percentSubject(before);
        return s.length() > OBJECT_MAX ? s.substring(s.length() - OBJECT_MAX) : s;
    }

    /** What a rate is of, whole: the words before it without the words of promising or reaching. */
    private static String percentSubject(String before) {
        return Clauses.cleanSubject(before.replaceAll("(要|力争|确保|争取|预计|预期|目标|将|实现|保持在?|控制在|稳定在|不低于|不高于|不超过|(?:提高|提升|增加)到|达到|达)", ""));
    }

    /** X个城市游园和X分校等X所学校建设: 和 ends the object when another quantity follows. */
    private static String splitBeforeNextQuantity(String head) {
        Matcher and = AND.matcher(head);
        while (and.find()) {
            String rest = head.substring(and.end());
            if (ANY_QUANTITY.matcher(rest).find()) {
                return head.substring(0, and.start());
            }
        }
        return head;
    }

    private static String bound(String before, String after, Quantities.Quantity q) {
        if (after.startsWith("左右") && q.approx() == null) {
            return "about"; // 居民消费价格涨幅控制在3%左右: the words after the number say how exact it is
        }
        if (after.startsWith("以上") || AT_LEAST.matcher(before).find() || q.approx() != null) {
            return "at_least";
        }
        if (after.startsWith("以内") || after.startsWith("以下") || after.startsWith("之内") || after.startsWith("内")
                || AT_MOST.matcher(before).find()) {
            return "at_most";
        }
        if (after.startsWith("左右") || before.endsWith("约")) {
            return "about";
        }
        return "exact";
    }

    /** 每个办事处每年… → 办事处; 15个街道办事处要…每年至少… → 街道办事处. */
    private static String per(String sentenceBefore, String period, String actor) {
        Matcher m = PER.matcher(sentenceBefore);
        String found = null;
        while (m.find()) {
            if (!m.group(1).matches("^[年月季周天].*")) {
                found = m.group(1);
            }
        }
        if (found != null) {
            return found;
        }
        return period != null && period.startsWith("每") ? actor : null;
    }

    private static final java.util.regex.Pattern ROW_DEADLINE = java.util.regex.Pattern.compile("完成时限：([^。\\n]{2,20})。");

    /** The 完成时限 a task table's row states (Tables writes it into the row's paragraph). */
    private static String rowDeadline(Passage passage, int at) {
        String text = passage.text;
        int start = passage.paragraphStart(at);
        int end = passage.paragraphEnd(at);
        if (start >= text.length() || !Character.isDigit(text.charAt(start)) || text.indexOf('\t', start) < 0
                || text.indexOf('\t', start) > Math.min(end, start + 4)) {
            return null;
        }
        java.util.regex.Matcher m = ROW_DEADLINE.matcher(text).region(start, end);
        return m.find() ? m.group(1) : null;
    }
}
