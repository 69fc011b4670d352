package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.UnitMention;
import cn.luoshi.ingest.KnownUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Responsible units (责任单位识别): names from the unit list (full or short) that are made responsible —
 * 区委宣传部要全面负责 (lead), 由…牵头 (lead), …配合 (co), 组织部、各办事处，住建、发改…等部门要各司其职 (owner, each).
 * Two-character short names (规划, 财政) are ordinary words too, so they count only inside a list of units or right
 * before 部门/局 or a role word.
 *
 * <p>Each mention keeps the name as written (区住建局, 各街道, 县直各部门) and the unit it was matched to, never one of
 * another body or level: a name that goes on past a known short name (科技和经信局 after 科技) is another body and
 * stays unmatched; a 县 name never becomes a 区 unit — a gazetteer unit takes the written level (县发展和改革委员会),
 * an organisation's unit of another level is no match. Collective addressees (各街道, 县直各部门, 各有关部门) and
 * bodies the lists do not know (县广电网络公司, 县就业服务中心, 区审改办) count when a role or label makes them responsible.
 *
 * <p>Meeting reports address units in prose (session 16): a clause of a list of tasks goes on with the unit of the
 * clause before it (…财政局要保障资金，资规局做好用地报批), 请X…/要求X… ask X, 联合X joins X (co), X作为…，要… and X对…要…
 * keep X the subject, and units that work with each other (协同/密切/相互配合) with no lead named own the work together.
 */
public final class UnitMatcher {

    /** What closes a list of units: 等其他相关单位, 等相关街镇, 两镇 (东坝、西河两镇). */
    private static final String LIST_CLOSE = "等(?:其他)?(?:相关|有关|行业主管|主管)?(?:责任|成员)?(?:职能部门|职能(?=要)|部门|单位|街道|乡镇|街镇|镇街)"
            + "|[两三四五六七八九十]个?(?:镇|乡|街道|乡镇|镇街)";
    /** The leaders of a body, addressed for it: 班子成员, “一把手”. */
    /** A deadline said between a body and its role: 王家河街道项目部12月15日前要完成清零. */
    private static final String DUE_FIRST = "(?:\\d{1,2}月(?:\\d{1,2}日?|底|末|中旬|上旬|下旬)?(?:之?前))?";
    private static final String LEADERS =
            "(?:[“\"]?(?:书记|主任|(?:党政)?主要负责(?:同志|人)|负责同志|负责人|主要领导|(?:党政)?一把手|全体班子成员|班子成员|镇长|乡长)[”\"]?)?";
    /** The verbs of reported speech a clause starts after: 县长要求东坝、西河两镇要…. */
    private static final String SPEECH = "要求|强调|指出|提出";
    private static final Pattern SPEECH_WORD = Pattern.compile(SPEECH);
    /** What a body is, then what it must do: 开发区作为经济转型的主阵地，要勇于承担责任. */
    private static final String AS_ROLE = "作为[^。；]{2,30}?[，,](?:要|须|必须|务必)";
    /** An ordinal or a linking word a clause may start with before its subject: 一是, 三要, 同时. */
    private static final String ORDINAL_WORD = "第?(?:[一二三四五六七八九十]+|其)[是要]|首先|其次|同时|此外|另外|最后";
    private static final String ORDINAL = "(?:" + ORDINAL_WORD + ")?";
    /** An ordinal or linking word right before an offset (一是, 第二是, 同时). */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:" + ORDINAL_WORD + ")$");
    /** Between the units of one list: 、 and the like, or 等部门， closing one part of it (…区水务局等部门，区国投公司…配合). */
    private static final Pattern SEPARATOR = Pattern.compile(
            "^(?:（[^）]{1,16}）)?" + LEADERS + "[、，,和及与 ]*(?:等(?:相关|有关)?(?:部门|单位)?[，,及和])?(?:以及)?(各|相关)?[、，,和及与 ]*(区)?$");
    private static final Pattern ROLE = Pattern.compile(
            "^(?:（[^）]{1,8}）)?(?:(?:" + LIST_CLOSE + ")(?:之间)?)?" + LEADERS + DUE_FIRST + "(?:(?:针对|对|就)[^，。；,;]{1,24}?(?=要))?"
                    + "(?:都|也|还|均|一定|更|一(?=要))?(要|须|必须|需要|需|应当|应|务必|将)?(?:按照?(?:各自)?职责(?:分工)?)?(?:与[^，。；、]{1,8}?(?=(?:密切|积极|主动|全力|加强)?(?:配合|协作)))?(全面|具体|主要|共同|分别|密切|积极|主动|全力|协同|协调|持续|切实|充分|加强|相互|互相)?(?:发挥(?:好|其)?|做好)?"
                    + "(负总责|负起(?:主体|主要|全部)?责任|负责(?!人)|牵头|抓总|主办|领办|配合(?!单位|部门)|协助|协办|参与|各司其职|各负其责|落实(?=[，。；,;]))?");
    /** A unit that does something at fixed times (区委督查室每周开展一次暗访) is given that work: owner. */
    private static final Pattern RECURRING = Pattern.compile("^(?:每(?:周|月|旬|半月|季度|季|年|两周|天|日)|定期)");
    /** The words of a label field's name, before 单位 or 部门 (牵头单位, 主要责任单位, 协同配合单位). */
    private static final String LABEL_WORDS = "牵头责任|牵头|主办|主责|主要责任|责任|协同配合|配合|主要协作|协作|协同|协办|协助";
    private static final Pattern LABEL = Pattern.compile("(" + LABEL_WORDS + ")(?:单位|部门)[：:]\\s?$");
    /** A label field: the label, then its units up to the end of the field (。；, a line end, a bracket, the next label). */
    private static final Pattern FIELD = Pattern.compile(
            "(?:" + LABEL_WORDS + ")(?:单位|部门)[：:]\\s?((?:[^。；;\\n］\\]）】：:（]|（[^）]{1,8}）){2,200})");
    private static final Pattern FIELD_LABEL = Pattern.compile("(?:" + LABEL_WORDS + ")(?:单位|部门)[：:]|完成时限|时间节点");
    /** One unit of a label field, between 、，, (or 和 between two names). */
    private static final Pattern FIELD_ITEM = Pattern.compile("(?:[^、，,（]|（[^）]{0,8}）)+");
    /**
     * A list of short names closed by 等…部门 or 及各乡镇 and a role (环保、住建、城管、环卫等相关部门要…), after a clause
     * start; or a bracketed list of bodies and their role (区住建委、热电中心、自来水服务中心负责).
     */
    private static final Pattern LISTED = Pattern.compile(
            "(?<=^|[，。；：,;:（\\n]|" + SPEECH + "|组织|抽调|会同|联合)((?:[\\p{IsHan}]{2,4}、){1,8}[\\p{IsHan}]{2,4}(?:及[\\p{IsHan}]{2,4})?)(?:" + LIST_CLOSE
                    + "|(?=及各(?:乡镇|街道|镇街|部门|单位)))"
                    + "|(?<=（)((?:[\\p{IsHan}]{2,10}?(?:局|委|办|中心|所|站|院|公司|集团|室|县|区|街道|镇|乡)、){0,8}"
                    + "[\\p{IsHan}]{2,10}?(?:局|委|办|中心|所|站|院|公司|集团|室|县|区|街道|镇|乡))(?=(?:按照?职责)?(?:负责|牵头|配合))");
    /**
     * A verb that sends bodies to work (组织, 抽调, 联合: they do it; 会同: they help whoever does): a list closed by
     * 等部门 after it names them.
     */
    private static final Pattern MOBILISED = Pattern.compile("组织|抽调|会同|联合");
    /** Before {@link #MOBILISED} in its sentence: the sending is still to come. */
    private static final Pattern WILL_SEND = Pattern.compile("将|要|拟|计划|负责|由|请");
    private static final Pattern FIELD_ITEM_SHORT = Pattern.compile("[^、]+");
    /** One short name of a {@link #LISTED} list, whose last may follow 及 (交通、水务、电力及乡镇等部门). */
    private static final Pattern LISTED_ITEM = Pattern.compile("[^、及]+");
    /** What a clause starts after: the places {@link #LISTED} and {@link #BARE_BODY} are tried at. */
    private static final String CLAUSE_OPENERS = "，。；：,;:（\n";
    /** A sector's department (气象部门, 县建设部门, 公安交管部门), not a collective (相关部门, 主管部门, 牵头部门). */
    private static final String SECTOR_NAME = "[区县市]?(?!各|相关|有关|职能|主管|其他|涉及|成员|责任|所有|全|行业|执法|业务|涉农|综合|牵头|配合|协办|主办|承办|由|多)"
            + "[\\p{IsHan}&&[^各的及与和个等]]{2,6}?(?<!主管|职能|相关|有关)部门";
    /** A sector's department that starts a sentence, its role to be read from what follows (气象部门密切关注天气变化). */
    private static final Pattern SECTOR_AT_START = Pattern.compile(ORDINAL + "(" + SECTOR_NAME + ")(?=[\\p{IsHan}])");
    /** One body named without its level: 第一河务局, 爱卫办, 九重镇, 督导组, 政府督查室. */
    private static final String BARE_NAME =
            "(?![由对向将把在与和及请])(?!要求|责成|督促)(?!第?[一二三四五六七八九十]+[是要])(?:(?:(?!部门|单位)[\\p{IsHan}&&[^各的及与]]){2,8}?(?:局|委|办公室|(?<![会督交承协查主领包催转])办|公司|大队|中队|开发区|高新区|管委会|居委会|村委会|派出所|党校|街道|镇|(?<!城)乡|镇政府|人民政府|(?:镇|乡)党委(?:政府)?|街道党工委)|[\\p{IsHan}]{0,6}?(?:督导组|工作组|督查组|巡查组|考核组|检查组|追究组|专班|督查室|指挥部|项目部)|开发区|高新区|报社|电视台|融媒体中心|(?:包抓|包联|包保|帮扶|挂钩|结对|共建)单位"
                    // the parties to a building project (业主单位、施工方要…)
                    + "|(?:业主|建设|施工|监理|参建)(?:单位|方)|施工企业|物业(?:企业|公司)"
                    // a township's own offices and its government (人社所, 农技站, 镇政府要…)
                    + "|(?:财政|人社|劳保|司法|国土|规划|农技|农经|农机|林业|水利|水务|畜牧|兽医|文化|计生|民政|社保|城建|环卫|安监|综治|便民服务|为民服务)(?:所|站|中心)"
                    + "|(?:镇|乡)(?:人民)?政府|(?:镇|乡)党委"
                    + "|" + SECTOR_NAME + "|(?:[区县市]委)?(?:组织|宣传|统战|政法|武装|人武)部)";
    /** One body of a list named without their level, up to 、 or 和 (自然资源局和城关镇政府, not 县发展和改革局). */
    /** A body of a list after the first written as short as can be (市发展改革委、经委、农办、统计局负责): one character and 委 or 办. */
    private static final String SHORT_IN_LIST = "[\\p{IsHan}&&[^各的及与和]](?:委|办)";
    private static final Pattern BARE_ITEM = Pattern.compile("(?:" + BARE_NAME + "|(?<=、)" + SHORT_IN_LIST + ")(?=[、和]|$)");
    /**
     * Bodies named without their level at the start of a clause, their role right after them (第一河务局要…发挥牵头作用;
     * 政府督查室、监察局要跟踪问效).
     */
    private static final Pattern BARE_BODY = Pattern.compile(
            "(?<=^|[，。；：,;:\\n由及和、]|" + SPEECH + ")" + ORDINAL + "((?:" + BARE_NAME + "[、和])(?:(?:" + BARE_NAME + "|" + SHORT_IN_LIST + ")[、和]){0,5}(?:" + BARE_NAME + "|" + SHORT_IN_LIST + ")|" + BARE_NAME + ")"
                    + "(?=(?:" + LIST_CLOSE + ")?" + LEADERS + DUE_FIRST + "(?:(?:一定|都|也|还|均|更)?要(?![素求点害闻])|须|必须|负责|负总责|牵头|配合(?!单位|部门)|协助|落实[，。；,;])|" + AS_ROLE + ")");
    /** Bodies a leader asks to act, the verb right after them: 要求业主单位、施工方严格落实安全生产责任制. */
    private static final Pattern ASKED_BODY = Pattern.compile(
            "(?<=要求|责成|督促)((?:" + BARE_NAME + "[、和]){0,6}" + BARE_NAME + ")"
                    + "(?=" + LEADERS + "(?:严格|切实|认真|加快|抓紧|全力|进一步|立即|尽快|迅速|做好|落实|加强|确保|按照|对照))");
    /** What closes a field's list: 等部门, 等相关单位. */
    private static final Pattern FIELD_TAIL = Pattern.compile("等(?:相关|有关)?(?:部门|单位)?$|(?:分别|共同)?牵头$");
    /** 责任单位：市人力社保局、市农业农村局分别牵头 — a field whose units are said to lead. */
    private static final Pattern FIELD_LEADS = Pattern.compile("^[^。；;\\n（(“]*?(?:分别|共同)?牵头(?=[。；;\\n]|$)");
    private static final Pattern BODY = Pattern.compile(
            "(?:区|县|市)(?:(?!室|局|组成)[\\p{IsHan}]){0,10}?(领导小组|指挥部|工作组|督查组|督导组|起草组|专班)(?:成员单位)?");
    /** A body the lists do not know, named with its level: 县广电网络公司, 县就业服务中心, 县经济开发区管委会, 区审改办. */
    private static final Pattern OTHER_BODY = Pattern.compile(
            "[区县市](?:人民)?政府(?=抓总|统筹|牵头|负总责)|[区县市][\\p{IsHan}]{2,12}?执法(?:大|中|支)?队|[区县市](?:委)?(?![各直])(?:[\\p{IsHan}]|“[\\p{IsHan}]{1,8}”){1,9}?(?:部门|管委会|委员会|服务中心|中心|公司|局|办公室|督查室|集团|机构|大队|中队|支队|交警队|派出所|办(?![理好事结件学法])|委(?![托屈员婉办]))");
    /** Collectives named by their role: 各牵头单位, 各配合单位, 各责任（配合）单位 (the role is group 1). */
    private static final String ROLE_NAMED = "各(牵头承办|牵头|配合|协办|协作和配合|协作|责任（配合）)单位";
    /** Collective addressees: 各街道 is a known short name with 各; these are not units of any list. */
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?:全[区县市])?(?:各级)?(?:[区县市]直)?各(?:有关|相关)?(?:责任|成员|职能|行管|执法|起草|组成|主要责任|项目责任|牵头(?=部门)|承办|实施)?(?:部门单位|部门|单位|企业|学校|医院|社区|地区|园区|林场|股室站所|站办所|站所|股室|科室|村委|地(?=[、，要])|村(?=[、，要（])|镇办|镇街|街镇|乡镇街道|镇（街道）|乡镇办|街办|乡镇(?=（|要|[、和及，])|乡(?=（)|镇)(?:人民政府)?(?:（[\\p{IsHan}、]{1,4}）)?"
                    + "|" + ROLE_NAMED + "|各[\\p{IsHan}]{1,4}?办(?=[要、和及，])|(?<=、)园区(?=[要、和及，])|各[\\p{IsHan}]{1,3}?学校(?=[要、和及])|[区县市][直级](?:有关|相关)?(?:部门|单位)|[区县市]{2}两级(?:有关|相关)?(?:部门|单位)|[区县市]政府(?:有关|相关|各)(?:部门|单位)|属地(?:街道|乡镇|镇街)"
                    + "|各[\\p{IsHan}]{1,4}?(?:成员单位|工作组|专班|指挥部)|各(?:行业主管|行业|主管)部门|"
                    // 各经济部门要…, 各施工单位要…, 各指标承担部门要…: a collective named by what its members do, told to act
                    + "各(?!级|有关|相关)(?![\\p{IsHan}]{0,3}(?:牵头|配合|协同|协办|协作|责任))[\\p{IsHan}&&[^的和与及各]]{1,5}?(?:部门|单位)(?=(?:一定|都|也|还|均|更)?(?:要(?![素求点])|须|必须|务必|负责|牵头))|各乡镇场|全[区县市](?:政府)?系统(?=要|[、和及])|各(?:有关|相关)[区县市]直(?:部门|单位)|(?:乡村|镇村|县乡|区街|乡镇村)两级(?=要|[、和及])|(?:全[区县市])?所有[\\p{IsHan}]{0,2}?(?:单位|部门|企业)(?=[要、和及必务])|各[\\p{IsHan}]{1,6}?(?:市场|企业|商户|景区|商超)(?=[要、和及])|(?<![\\p{IsHan}])(?:乡镇|镇街)(?=要)|各级[\\p{IsHan}]{2,4}?部门(?=[要、和及])|各(?:旗县|县|区|市)(?:（(?:市、)?区）|区|市区)(?:人民政府|政府)?|各[市县区](?=[要尽、和及]|按照?|根据)|各[市县区](?!按|根据|要|在|对)[\\p{IsHan}]{1,4}?(?:委|局|办)|[区县市]?政府各组成(?:部门|单位)|各级(?:有关|相关)?部门|(?<=、)部门(?:（单位）)?(?=要|[、和及])|(?<=(?:乡镇|街道|部门|单位)[和及])(?:部门|镇)(?=要)"
                    + "|(?:(?<![\\p{IsHan}])|(?<=[及和与、请])|(?<=要求|责令|督促|压实)|(?<=[一二三四五六七八九十][是要]))(?:(?:有关|相关)(?:职能|执法|行业|责任|成员)?(?:单位和部门|部门和单位|部门|单位)(?:（单位）|（部门）)?|(?:有关|相关)(?:街道|乡镇|镇街)|(?:职能|执法)(?:部门|单位)|其他(?:涉及|相关|有关)?(?:单位部门|部门单位|部门|单位)|(?:项目)?(?:责任|涉及|牵头|承办|承建|参建|施工|供热|供水|供气|监理|物业)单位(?=[要和及、]|主要负责|负责同志)|(?:施工|供热|供水|供气|供电|物业|燃气)(?:企业|公司)(?=[要和及、]|主要负责|负责同志)|各项目业主(?:单位)?(?=[要和及、]))");
    /** How a body's name ends; a short name that goes on to one of these within a few characters was part of another. */
    private static final Pattern NAME_GOES_ON = Pattern.compile(
            "^[和及与]?[\\p{IsHan}]{1,5}?(?:局|委员会|委|中心|办公室)");
    static final String NAME_ENDS = "局委部办室会心处队院所站馆社团联司";

    /** What may stand before a known name inside a field's item and keep it that unit: a level, 各, 全区. */
    private static final Pattern LEVEL_OR_EACH = Pattern.compile("(?:全?[区县市]|各)?");
    /** What a progress cell opens with (已完成, 正在施工, 目前…): never a unit. */
    private static final Pattern PROGRESS_CELL = Pattern.compile("已|完成|正在|目前|暂未|尚未|截至|截止");
    /** A person's name of three characters with a common surname (刘福利), ending in nothing a body ends with. */
    private static final Pattern PERSON = Pattern.compile(
            "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]"
                    + "[\\p{IsHan}][\\p{IsHan}&&[^" + NAME_ENDS + "府镇乡村区县市厅组院校场馆园行厂]]");

    private record Alias(String text, KnownUnit unit, boolean weak, boolean generic) {}

    private record Mention(int start, int end, String name, String unit, boolean weak) {}

    private final Map<Character, List<Alias>> byFirstChar = new HashMap<>();
    private final Set<KnownUnit> generic;

    public UnitMatcher(List<KnownUnit> units) {
        this(units, Set.of());
    }

    /** {@code generic}: the gazetteer's units, whose level follows the text (区 in a 区 text, 县 in a 县 text). */
    public UnitMatcher(List<KnownUnit> units, Set<KnownUnit> generic) {
        this.generic = Set.copyOf(generic);
        for (KnownUnit unit : units) {
            Set<String> names = new LinkedHashSet<>();
            names.add(unit.name());
            names.addAll(unit.shortNames());
            for (String name : names) {
                if (name.isEmpty()) {
                    continue;
                }
                byFirstChar.computeIfAbsent(name.charAt(0), k -> new ArrayList<>())
                        .add(new Alias(name, unit, name.length() <= 2, this.generic.contains(unit)));
            }
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed()));
    }

    List<UnitMention> match(Passage passage, IntFunction<String> nodeAt) {
        return match(passage, nodeAt, "区");
    }

    /** {@code ownLevel}: the level of government the text speaks for (区, 县, 市). */
    List<UnitMention> match(Passage passage, IntFunction<String> nodeAt, String ownLevel) {
        String text = passage.text;
        List<Mention> found = mentions(passage, ownLevel);
        List<int[]> bracketed = unitBrackets(text, found);
        List<Mention> mentions = withoutAsides(text, withUnlistedBodies(text, found, bracketed));
        List<UnitMention> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Addressed previous = null;
        boolean firstLeads = FIRST_LEADS.matcher(text).find(); // 责任单位：…（首位单位为牵头单位，下同）
        boolean namesLeads = LEAD_FIELD.matcher(text).find(); // 牵头单位：… (a task list that names its leads)
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size()
                    && SEPARATOR.matcher(text.substring(mentions.get(j).end(), mentions.get(j + 1).start())).matches()) {
                j++;
            }
            List<Mention> group = mentions.subList(i, j + 1);
            int groupEnd = group.get(group.size() - 1).end();
            String after = text.substring(groupEnd, Math.min(text.length(), groupEnd + 30));
            Matcher role = ROLE.matcher(after);
            String roleName = role.lookingAt() ? role(role) : null;
            if (roleName == null && RECURRING.matcher(after).lookingAt()) {
                roleName = "owner";
            }
            int groupStart = group.get(0).start();
            if ("mutual".equals(roleName)) {
                // 区市场监管局牵头，卫健、教体等部门密切配合: they help the lead; with no lead named they work together
                roleName = LEAD_NAMED.matcher(sentenceOf(text, groupStart)).find() ? "co" : "owner";
            }
            if (roleName == null && group.size() == 1 && HEADING_COLON.matcher(after).lookingAt()
                    && (groupStart == 0 || text.charAt(groupStart - 1) == '\n')
                    && !COLLECTIVE_START.matcher(group.get(0).name()).lookingAt() && group.get(0).name().indexOf('各') < 0) {
                // 市交通运输局：⏎（1）狠抓重点项目建设…: one unit heading the tasks below it (a notice's addressees,
                // 各街道办事处、区直部门：, are whom it is sent to)
                roleName = "owner";
            }
            if (roleName == null && groupStart >= 2 && MOBILISED.matcher(text).region(groupStart - 2, groupStart).matches()
                    && (group.size() > 1 || after.startsWith("等")) && WILL_SEND.matcher(text)
                    .region(Math.max(0, sentenceStartBefore(text, groupStart)), groupStart - 2).find()) {
                // 将组织自然资源、城管、公安等部门对违章建筑予以拆除; 由区住建局会同财政、审计等部门…: work to be done
                // (a report that they did it — 联合教育、财政等部门进行了督导 — names no one responsible)
                roleName = text.startsWith("会同", groupStart - 2) ? "co" : "owner";
            }
            if (roleName == null && bracketed.stream().anyMatch(b -> b[0] <= groupStart && groupEnd <= b[1])) {
                roleName = "owner"; // 1、地区生产总值增长11%（市发改委，各县市区政府）: the units the item is given to
            }
            if (roleName == null) {
                roleName = roleInProse(text, groupStart, after, previous);
            } else if (roleName.equals("owner") && role.group(3) == null && supports(text, groupEnd, mentions, j + 1)) {
                roleName = "co"; // 相关部门要提前谋划，做好支持与配合
            }
            if (roleName != null && group.size() == 1) {
                Matcher named = ROLE_IN_NAME.matcher(group.get(0).name());
                if (named.matches() && namesLeads) {
                    i = j + 1; // a task list names its leads: 各牵头单位要对照任务细化措施 speaks to them again
                    continue;
                }
                if (named.matches() && !named.group(1).startsWith("牵头")) {
                    roleName = "co"; // 各配合单位要…: they help; 各牵头单位要… are addressed, as the sentence says
                }
            }
            String labelled = labelledRole(text, groupStart, nodeAt);
            if (labelled != null) {
                roleName = labelled; // （牵头单位：区发改局；责任单位：各街道）
            }
            boolean listed = group.size() > 1 || after.startsWith("等") || after.matches("^(部门|局|委).*") || labelled != null;
            previous = roleName == null ? null : new Addressed(groupStart, groupEnd, roleName);
            if (roleName != null) {
                for (Mention m : group) {
                    if (m.weak() && !listed) {
                        continue;
                    }
                    String node = nodeAt.apply(m.start());
                    String given = firstLeads ? firstLeadsRole(text, m, group, roleName) : roleName;
                    String paragraph = "|" + given + "|" + passage.paragraphStart(m.start());
                    // 各相关部门要…，相关部门要…: a collective said again, shorter, in the same paragraph is the same one
                    boolean again = m.unit() == null && out.stream().anyMatch(u -> u.unit() == null && u.name().endsWith(m.name())
                            && u.name().substring(0, u.name().length() - m.name().length()).equals("各")
                            && seen.contains(u.node() + "|" + u.name() + paragraph));
                    if (!again && seen.add(node + "|" + m.name() + paragraph)) {
                        out.add(new UnitMention(node, m.name(), m.unit(), given, m.start()));
                    }
                }
            }
            i = j + 1;
        }
        return out;
    }

    /** Where the sentence holding {@code at} starts: after the last 。！？； or line end before it. */
    private static int sentenceStartBefore(String text, int at) {
        int k = at - 1;
        while (k >= 0 && SENTENCE_ENDS.indexOf(text.charAt(k)) < 0) {
            k--;
        }
        return k + 1;
    }

    private static final String SENTENCE_ENDS = "。！？；\n";

    private static final Pattern AS_ROLE_AFTER = Pattern.compile("^" + AS_ROLE);
    /** A breakdown's rule that the first unit of a 责任单位 field leads it (首位单位为牵头单位, 排在第一位的为牵头单位). */
    private static final Pattern FIRST_LEADS = Pattern.compile(
            "(?:首位|排(?:在|名)?(?:首位|第一位?)的?)(?:单位|部门)?(?:为|是)?牵头(?:单位|部门)?");
    private static final Pattern DUTY_FIELD = Pattern.compile("责任单位[：:]");

    /**
     * A unit's role in a breakdown whose first unit of each list leads: its place in a 责任单位 field, or in a list given
     * a role together (由市发展改革委、经委、统计局负责（由排名首位的部门牵头负责）: the first leads, the rest help).
     */
    private static String firstLeadsRole(String text, Mention m, List<Mention> group, String role) {
        if (role.equals("owner") && DUTY_FIELD.matcher(text).region(text.lastIndexOf('\n', m.start()) + 1, m.start()).find()) {
            return placeInField(text, m.start(), role);
        }
        return group.size() > 1 && (role.equals("owner") || role.equals("lead")) ? (m == group.get(0) ? "lead" : "co") : role;
    }

    /**
     * Where a unit stands in a 责任单位 field of a breakdown whose first unit leads: lead if first, co after it; the role
     * given when the unit is in no such field.
     */
    private static String placeInField(String text, int at, String role) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        Matcher field = DUTY_FIELD.matcher(text).region(lineStart, at);
        int end = -1;
        while (field.find()) {
            end = field.end();
        }
        if (end < 0) {
            return role;
        }
        String between = text.substring(end, at).replaceAll("（[^）]*）", "");
        return between.indexOf('、') >= 0 || between.indexOf('，') >= 0 ? "co" : "lead";
    }
    /** A collective named by its role: 各配合单位 and 各责任（配合）单位 help; 各牵头单位 takes its sentence's role. */
    private static final Pattern ROLE_IN_NAME = Pattern.compile(ROLE_NAMED);
    /** A task list's field or column of the units that lead (牵头单位：…, 牵头单位⇥责任单位). */
    private static final Pattern LEAD_FIELD = Pattern.compile("牵头(?:责任)?(?:单位|部门)(?:[：:]|\t)|\t牵头(?:单位|部门)");

    /** A leader's demand said before its addressee: 会议要求，各相关部门…; 责令相关单位整改; 压实相关部门主体责任. */
    private static final Pattern DEMANDED = Pattern.compile("(?:要求[，,：:]|责令|督促|压实|希望)$");
    /** How a collective addressee starts (各…, 相关…, 全区…): after 会议要求， it is who is asked, where a named body may be telling. */
    private static final Pattern COLLECTIVE_START = Pattern.compile("各|相关|有关|全[区县市]");
    /** A unit on a line of its own with a colon, its tasks on the lines below. */
    private static final Pattern HEADING_COLON = Pattern.compile("^[：:][ \\t]*\\n");
    /** A comma, then the duty: 各相关单位和涉农部门，要加快推进…. */
    private static final Pattern DUTY_AFTER_COMMA = Pattern.compile("^(?:[和及与][\\p{IsHan}]{1,6}?(?:部门|单位))?[，,](?:要|须|必须|务必|需)");

    /** A group of units given a role, where it stands. */
    private record Addressed(int start, int end, String role) {}

    /** What a clause goes on with after a unit when it is its subject: a verb, not 的 or another name. */
    private static final Pattern GOES_ON_AS_SUBJECT = Pattern.compile("^(?![的和与及、等对在是为之])[\\p{IsHan}]");
    /** Who a unit works with, said before it: 联合县委督查室, 会同施工单位. */
    private static final Pattern JOINED = Pattern.compile("(?:联合|会同|协同)$");
    /** What a body after 由 is to do (由县劳务移民局汇总建档), not who of it (会议由区人大常委会主任…主持). */
    private static final Pattern GIVEN_WORK = Pattern.compile(
            "^(?:统一|具体|定期|及时|全面|直接|另行)?(?:汇总|统筹|组织|制定|组成|承担|督促|跟踪|督办|实施|开展|研究|审核|收集|整理|建立|编制|对接|协调|核实|调度|通报|通知|综合|下发)");
    /**
     * A role said later in the clause of a unit that is to do something: 做好支持与配合 (not 加强协作配合, mutual; not
     * 积极配合，统筹推进…, a way of doing its own work).
     */
    private static final Pattern SUPPORTS = Pattern.compile("^[^。；;\\n]{0,30}?(?:(?:做好|搞好|积极|主动|全力)(?:支持与|支持和|服务)?配合(?!单位|部门)(?![，,](?:统筹|推进))|协助)");

    /**
     * The role of units that no role word follows, from the prose around them: a clause of a list of tasks that goes on
     * with the unit of the clause before it (水利局要加快修复，财政局要保障资金，资规局做好用地报批: owner, like the
     * one before); units asked to do something (请各乡镇、县直各单位紧扣目标任务, 要求相关单位研究…: owner); a unit another is to work with
     * (交通局要联合县委督查室做好督导: co). Otherwise none.
     */
    private static String roleInProse(String text, int groupStart, String after, Addressed previous) {
        String before = text.substring(Math.max(0, groupStart - 3), groupStart);
        if (AS_ROLE_AFTER.matcher(after).lookingAt()) {
            return "owner"; // 黄略镇作为园区管理的主体单位，…要加强沟通协作
        }
        if (before.endsWith("由") && GIVEN_WORK.matcher(after).lookingAt()) {
            return "owner"; // 由县劳务移民局汇总建档: the body the work is given to does it
        }
        if (DEMANDED.matcher(before).find() && GOES_ON_AS_SUBJECT.matcher(after).lookingAt()
                && (!before.endsWith("，") && !before.endsWith(",") || COLLECTIVE_START.matcher(text).region(groupStart, text.length()).lookingAt())
                || DUTY_AFTER_COMMA.matcher(after).lookingAt() && sentenceStart(text, groupStart)) {
            return "owner"; // 会议要求，各相关部门继续巩固…; 各相关单位和涉农部门，要加快推进…
        }
        if (before.endsWith("请") && (groupStart < 2 || CLAUSE_OPENERS.indexOf(text.charAt(groupStart - 2)) >= 0)
                || before.endsWith("要求")) {
            return "owner"; // 请各乡镇…紧扣, 请各乡镇、县直有关单位在剩下的半年时间里…, 要求相关单位研究制定整改措施
        }
        // 交通局要联合县委督查室做好督导: co of a unit that is given the work; 县督查办会同县双创办进行了督查: news
        boolean joined = JOINED.matcher(before).find() && previous != null && groupStart - previous.end() <= 6;
        if (!GOES_ON_AS_SUBJECT.matcher(after).lookingAt()) {
            return joined ? "co" : null;
        }
        if (joined) {
            return "co";
        }
        if (previous != null && previous.role().equals("owner") && groupStart > 0
                && "，,；;".indexOf(text.charAt(groupStart - 1)) >= 0
                && text.substring(previous.end(), groupStart).chars().noneMatch(ch -> ch == '。' || ch == '\n')
                && sentenceStart(text, previous.start())) {
            return "owner";
        }
        // 林业部门应进一步加大巡护力度…。气象部门密切关注天气变化…: the next sentence goes on with the next unit's work
        if (previous != null && previous.role().equals("owner") && groupStart > 0 && text.charAt(groupStart - 1) == '。'
                && text.substring(previous.end(), groupStart).chars().filter(ch -> ch == '。').count() == 1
                && text.substring(previous.end(), groupStart).indexOf('\n') < 0
                && sentenceStart(text, previous.start()) && (previous.start() == 0 || text.charAt(previous.start() - 1) != '由')) {
            return "owner";
        }
        return null;
    }

    /** A bracket that closes an item's line: （市发改委，各县市区政府，荆州开发区）。⏎ */
    private static final Pattern CLOSING_BRACKET = Pattern.compile("（([^（）\\n]{2,160})）(?=[。；]?[ \\t]*(?:\\n|$))");
    /** A line that is an item of a list: 1、 2. （一） 一、 or a table's row number and tab. */
    private static final Pattern ITEM_LINE = Pattern.compile("[ \\t\u3000]*(?:\\d{1,3}[、.．\\t]|（[一二三四五六七八九十\\d]{1,3}）|[一二三四五六七八九十]{1,3}、)");
    /** Each of a kind of body: 各乡镇人民政府, 各县市区政府, 各开发区管委会. */
    private static final Pattern EACH_BODY = Pattern.compile("各[\\p{IsHan}]{1,8}?(?:人民政府|政府|部门|单位|管委会)");
    private static final Pattern ROLE_CLOSES = Pattern.compile("(?:主办|牵头|负责|配合|协办|参与)$");
    /** One name of a bracketed list, between 、 and ，. */
    private static final Pattern BRACKET_ITEM = Pattern.compile("[^、，]+");
    private static final Pattern BARE_WHOLE = Pattern.compile(BARE_NAME);
    private static final Pattern SHORT_BODY = Pattern.compile(SHORT_IN_LIST);

    /**
     * The brackets that close an item's line with nothing but units in them, unlabelled (a breakdown writes the units
     * an item is given to after it: 地区生产总值增长11%（市发改委，市政府相关部门，各县市区政府，荆州开发区）。): each
     * name a body found by name (with its level or 各 before it), a body named as bodies are named, or a collective;
     * at least one of them found by name. As {start, end} of what the brackets hold.
     */
    private static List<int[]> unitBrackets(String text, List<Mention> found) {
        List<int[]> out = new ArrayList<>();
        if (text.indexOf('（') < 0) {
            return out;
        }
        Matcher m = CLOSING_BRACKET.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (m.start() == lineStart || !ITEM_LINE.matcher(text).region(lineStart, m.start()).lookingAt()
                    || ROLE_CLOSES.matcher(m.group(1)).find()) {
                continue; // a news line's （县新闻采访中心）: who wrote it; （区发改委、区财政局主办）: a role the list says itself
            }
            int known = 0;
            boolean all = true;
            Matcher item = BRACKET_ITEM.matcher(text).region(m.start(1), m.end(1));
            while (item.find() && all) {
                int a = item.start();
                int b = item.end();
                boolean byName = found.stream().anyMatch(f -> f.end() == b && f.start() >= a
                        && LEVEL_OR_EACH.matcher(text.substring(a, f.start())).matches());
                known += byName ? 1 : 0;
                String name = item.group();
                all = name.length() <= 16 && (byName || BARE_WHOLE.matcher(name).matches() || OTHER_BODY.matcher(name).matches()
                        || COLLECTIVE.matcher(name).matches() || EACH_BODY.matcher(name).matches() || known > 0 && SHORT_BODY.matcher(name).matches());
            }
            if (all && known > 0) {
                out.add(new int[] {m.start(1), m.end(1)});
            }
        }
        return out;
    }

    /** Without a body named in brackets right after another, as its other name: 县委督查室（县目标办）. */
    private static List<Mention> withoutAsides(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean aside = last != null && m.start() == last.end() + 1 && text.charAt(last.end()) == '（'
                    && m.end() < text.length() && text.charAt(m.end()) == '）';
            if (!aside) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether a clause starts at the offset (after 。，；：, a line, an ordinal such as 一是). */
    private static boolean sentenceStart(String text, int at) {
        int k = at;
        Matcher ordinal = ORDINAL_BEFORE.matcher(text).region(Math.max(0, at - 4), at);
        if (ordinal.find()) {
            k = ordinal.start();
        }
        return k == 0 || CLAUSE_OPENERS.indexOf(text.charAt(k - 1)) >= 0;
    }

    /** Whether the clause of a unit that is to do something says it supports, before another unit is named. */
    private static boolean supports(String text, int groupEnd, List<Mention> mentions, int next) {
        Matcher m = SUPPORTS.matcher(text).region(groupEnd, Math.min(text.length(), groupEnd + 40));
        if (!m.lookingAt()) {
            return false;
        }
        return next >= mentions.size() || mentions.get(next).start() >= m.end();
    }

    /**
     * The mentions found by name, with the bodies no list knows that the way a text is written makes units: the
     * items of a label field, of a list closed by 等…部门, and of a list of bodies named without their level. Where one
     * of those covers a mention found by name, it replaces it.
     */
    private static List<Mention> withUnlistedBodies(String text, List<Mention> found, List<int[]> bracketed) {
        List<Mention> items = fieldItems(text, found);
        clauseStartItems(text, found, items);
        for (int[] b : bracketed) {
            // every name of a bracketed list of units is one, known or not (荆州供电公司, 市人口和计生委)
            addItems(text, b[0], b[1], BRACKET_ITEM, items, (x, y) -> !overlaps(items, x, y)
                    && found.stream().noneMatch(m -> m.start() == x && m.end() == y));
        }
        if (items.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(items);
        for (Mention m : found) {
            if (!overlaps(items, m.start(), m.end())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Every item of a label field is a unit, whether or not a list knows it (牵头单位：区发改局；责任单位：立山经济开发区，
     * 全区经济运行各专班，税务局): a field names no one else. An item that a known name covers whole keeps that mention;
     * one that holds a known name among other words is the item as written, matched as that name was (各乡镇人民政府).
     */
    private static List<Mention> fieldItems(String text, List<Mention> found) {
        List<Mention> items = new ArrayList<>();
        if (!text.contains("单位") && !text.contains("部门")) {
            return items;
        }
        Matcher field = FIELD.matcher(text);
        int from = 0;
        while (field.find(from)) {
            // the field ends where the next label starts (牵头单位：区发改局 责任单位：…, on one line once joined)
            Matcher nextLabel = FIELD_LABEL.matcher(text).region(field.start(1), Math.min(text.length(), field.end(1) + 1));
            int end = nextLabel.find() ? nextLabel.start() : field.end(1);
            from = end;
            Matcher item = FIELD_ITEM.matcher(text).region(field.start(1), end);
            while (item.find()) {
                int a = item.start();
                String name = FIELD_TAIL.matcher(item.group().strip()).replaceFirst("");
                if (name.indexOf('（') >= 0 && name.indexOf('）') < 0 && text.startsWith("）", a + name.length())) {
                    name = name + "）"; // 各街办（新区）: the aside closes the name, not the field
                }
                int b = a + name.length();
                if (name.length() < 2 || name.length() > 16 || !TextDecoder.isHan(name.charAt(0))
                        || PROGRESS_CELL.matcher(name).lookingAt() || name.chars().anyMatch(Character::isDigit)) {
                    continue; // 已完成: a progress cell that slid into the unit column of a row missing its unit
                }
                Mention inside = found.stream().filter(m -> m.start() >= a && m.end() <= b).findFirst().orElse(null);
                if (inside == null && PERSON.matcher(name).matches()) {
                    continue; // 刘福利: the leader in charge, whose column slid into the unit's
                }
                if (inside != null && inside.start() == a && inside.end() == b) {
                    continue; // a known name, found already
                }
                // 各乡镇人民政府 is matched as 乡镇 was; 科商经信局 (科技商务经济信息化局) is a merged bureau, not 经信局
                boolean merged = inside != null && !LEVEL_OR_EACH.matcher(text.substring(a, inside.start())).matches();
                items.add(new Mention(a, b, name, inside == null || merged ? null : inside.unit(), false));
            }
        }
        return items;
    }

    /**
     * The bodies a clause starts with (after 。，；： or （, not at every character of the text): a list of short names
     * closed by 等…部门 and a role (环保、住建、城管、环卫等相关部门要…), and bodies named without their level with their
     * role right after them (第一河务局要切实发挥牵头作用; 政府督查室、监察局要…).
     */
    private static void clauseStartItems(String text, List<Mention> found, List<Mention> items) {
        Matcher listed = LISTED.matcher(text).useTransparentBounds(true);
        Matcher bare = BARE_BODY.matcher(text).useTransparentBounds(true);
        Matcher asked = ASKED_BODY.matcher(text).useTransparentBounds(true);
        Matcher sector = SECTOR_AT_START.matcher(text).useTransparentBounds(true);
        for (int i = 0; i < text.length(); i++) {
            final int at = i;
            // …各有关部门及狮山镇要…: a body named without its level right after a unit found and 及
            boolean afterUnit = i > 1 && "及和、".indexOf(text.charAt(i - 1)) >= 0
                    && found.stream().anyMatch(m -> m.end() == at - 1);
            // 将组织自然资源、城管、公安等部门对违章建筑予以拆除: the bodies sent to do the work
            boolean sent = i > 1 && MOBILISED.matcher(text).region(i - 2, i).matches();
            if (i > 0 && CLAUSE_OPENERS.indexOf(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != '由' && !afterUnit
                    && !sent && !(i > 1 && "求调出".indexOf(text.charAt(i - 1)) >= 0
                    && SPEECH_WORD.matcher(text).region(i - 2, i).matches())) {
                continue;
            }
            // a list starts with a short name and 、 (环保、…), or right after （
            boolean mayList = i > 0 && text.charAt(i - 1) == '（';
            for (int k = i + 2; k <= i + 4 && k < text.length() && !mayList; k++) {
                mayList = text.charAt(k) == '、';
            }
            listed.region(i, Math.min(text.length(), i + 160));
            if (mayList && listed.lookingAt()) {
                int g = listed.start(1) >= 0 ? 1 : 2;
                // a weak short name inside a longer item (街道 in 三水街道) is part of that item
                addItems(text, listed.start(g), listed.end(g), g == 1 ? LISTED_ITEM : FIELD_ITEM_SHORT, items, (a, b) -> found.stream().noneMatch(m -> m.start() < b
                        && a < m.end() && !(m.weak() && (m.start() > a || m.end() < b))));
            }
            if (sent) {
                continue; // after 组织 only a list closed by 等部门 is read: 组织群众 names no body
            }
            bare.region(i, Math.min(text.length(), i + 60));
            sector.region(i, Math.min(text.length(), i + 14));
            boolean sentenceOpens = i == 0 || "。\n".indexOf(text.charAt(i - 1)) >= 0;
            if (sentenceOpens && sector.lookingAt() && !overlaps(items, sector.start(1), sector.end(1))
                    && found.stream().noneMatch(m -> m.start() < sector.end(1) && sector.start(1) < m.end())) {
                items.add(new Mention(sector.start(1), sector.end(1), sector.group(1), null, false));
            } else {
                asked.region(i, Math.min(text.length(), i + 60));
                Matcher body = bare.lookingAt() ? bare : asked.lookingAt() ? asked : null;
                if (body != null) {
                    // a known name inside a longer one (督查室 in 政府督查室) is part of another body, named as written
                    addItems(text, body.start(1), body.end(1), BARE_ITEM, items, (a, b) -> found.stream().noneMatch(m -> m.end() == b
                            && m.start() >= a && text.substring(a, m.start()).matches("[区县市]?委?")) && !overlaps(items, a, b));
                }
            }
        }
    }

    /** The 、-separated names between two offsets, each a unit matched to none when {@code keep} lets it. */
    private static void addItems(String text, int from, int to, List<Mention> items,
                                 java.util.function.BiPredicate<Integer, Integer> keep) {
        addItems(text, from, to, FIELD_ITEM_SHORT, items, keep);
    }

    private static void addItems(String text, int from, int to, Pattern between, List<Mention> items,
                                 java.util.function.BiPredicate<Integer, Integer> keep) {
        Matcher item = between.matcher(text).region(from, to);
        while (item.find()) {
            if (keep.test(item.start(), item.end())) {
                items.add(new Mention(item.start(), item.end(), item.group(), null, false));
            }
        }
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /**
     * Task lists name units after a label: 牵头单位：…, 责任单位：…, 配合单位：…. 责任单位 beside a 牵头单位 of the same
     * item helps (co); beside a 配合单位 with no 牵头单位 it leads; standing alone it names who does it (owner).
     */
    private static String labelledRole(String text, int groupStart, IntFunction<String> nodeAt) {
        Matcher m = LABEL.matcher(text.substring(Math.max(0, groupStart - 8), groupStart));
        if (!m.find()) {
            return null;
        }
        if (FIELD_LEADS.matcher(text).region(groupStart, Math.min(text.length(), groupStart + 80)).lookingAt()) {
            return "lead";
        }
        return switch (m.group(1)) {
            case "牵头责任", "牵头", "主办", "主责", "主要责任" -> "lead";
            case "配合", "协同配合", "协同", "协办", "协助", "主要协作", "协作" -> "co";
            // 责任单位 beside a 牵头单位 helps; beside a 配合单位 (with no 牵头) it is the one helped; alone it does the work
            default -> beside(text, groupStart, nodeAt, LEAD_LABELS) ? "co"
                    : beside(text, groupStart, nodeAt, CO_LABELS) ? "lead" : "owner";
        };
    }

    private static final List<String> LEAD_LABELS =
            List.of("牵头单位：", "牵头部门：", "主办单位：", "牵头单位:", "牵头责任单位：", "主要责任单位：");
    private static final List<String> CO_LABELS = List.of("配合单位：", "配合部门：", "协办单位：", "协同单位：", "协作单位：", "配合单位:", "配合部门:");

    /** Whether a label of the same item (its node, or its line or the next when outside any) stands near the offset. */
    private static boolean beside(String text, int at, IntFunction<String> nodeAt, List<String> labels) {
        String node = nodeAt.apply(at);
        for (String label : labels) {
            for (int k = text.indexOf(label, Math.max(0, at - 400)); k >= 0 && k < at + 400; k = text.indexOf(label, k + 1)) {
                if (java.util.Objects.equals(nodeAt.apply(k), node)
                        && (node != null || linesBetween(text, Math.min(k, at), Math.max(k, at)) <= 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many line breaks lie between two offsets (a field's label and its units may stand on lines of their own). */
    private static int linesBetween(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += text.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    /** A lead named in a sentence: 牵头, 负责, 主办. */
    private static final Pattern LEAD_NAMED = Pattern.compile("牵头|负总责|负责(?!人)|主办");

    /** The sentence an offset lies in, from the stop before it to the stop after it. */
    private static String sentenceOf(String text, int at) {
        int to = at;
        while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(sentenceStartBefore(text, at), to);
    }

    /** Cooperation among those addressed, not help to a lead: 协同配合, 密切配合, 相互配合. */
    private static final Pattern MUTUAL = Pattern.compile("协同|密切|相互|互相");

    private static String role(Matcher m) {
        String must = m.group(1);
        String verb = m.group(3);
        if (verb == null) {
            return must != null ? "owner" : null;
        }
        if (verb.startsWith("负起")) {
            return "lead"; // 责任单位要切实负起责任
        }
        String how = m.group(2);
        boolean withSomeone = m.group(1) != null && m.group().startsWith("与", m.end(1) - m.start());
        if (verb.equals("配合") && how != null && MUTUAL.matcher(how).matches() && !withSomeone) {
            return "mutual"; // 县城管、住建部门及相关乡镇要协同配合: with each other, unless a lead is named (see match)
        }
        return switch (verb) {
            case "负总责", "负责", "牵头", "抓总", "主办", "领办" -> "lead";
            case "配合", "协助", "协办", "参与" -> "co";
            default -> "owner";
        };
    }

    private List<Mention> mentions(Passage passage, String ownLevel) {
        String text = passage.text;
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Mention found = null;
            char c = text.charAt(i);
            if (passage.quoted(i)) {
                i++;
                continue;
            }
            if ("各区县市属有相全".indexOf(c) >= 0 || mayStartCollective(text, i, c)) {
                Matcher collective = COLLECTIVE.matcher(text).region(i, Math.min(text.length(), i + 14))
                        .useTransparentBounds(true);
                if (collective.lookingAt()) {
                    found = new Mention(i, collective.end(), collective.group(), null, false);
                }
            }
            List<Alias> candidates = byFirstChar.get(c);
            if (found == null && candidates != null) {
                for (Alias a : candidates) {
                    if (text.startsWith(a.text(), i) && !(i > 0 && text.startsWith("人民政府", i - 1))) { // not 民政 in 人民政府
                        // 各街道, 各乡镇: with 各 in front a short name is a list of units, not a word
                        boolean each = i > 0 && text.charAt(i - 1) == '各';
                        // 区住建局: the level in front belongs to the name
                        // (县委宣传部: the level and 委 in front)
                        int levelAt = levelBefore(text, i, a, out);
                        int start = levelAt >= 0 ? levelAt : each ? i - 1 : i;
                        int end = i + a.text().length();
                        String written = text.substring(start, end);
                        String unit = matched(a, levelAt >= 0 ? text.charAt(levelAt) : 0, ownLevel);
                        int sector = NAME_ENDS.indexOf(a.text().charAt(a.text().length() - 1)) < 0 ? sectorEnd(text, end, a) : -1;
                        if (a.text().endsWith("警") && (text.startsWith("队", end) || text.startsWith("大队", end))) {
                            end += text.startsWith("队", end) ? 1 : 2; // 区交警队: the 交警大队 as it is called
                            written = text.substring(start, end);
                        } else if (sector > 0) {
                            end = sector; // 区财政部门, 住建部门, 交通运输部门: the short name (as the unit's name goes on) and 部门
                            written = text.substring(start, end);
                        } else if (text.startsWith("委办", end) || a.text().endsWith("委") && text.startsWith("办", end)) {
                            end += text.startsWith("委办", end) ? 2 : 1; // 区城管委办: a committee's office, another body
                            written = text.substring(start, end);
                            unit = null;
                        } else if (NAME_ENDS.indexOf(a.text().charAt(a.text().length() - 1)) < 0) {
                            Matcher more = NAME_GOES_ON.matcher(text).region(end, Math.min(text.length(), end + 8));
                            if (more.lookingAt() && !more.group().startsWith("委") && !more.group().equals("局")) {
                                // 科技和经信局 is not 科学技术局: another body, named as written, matched to none
                                end = more.end();
                                written = text.substring(start, end);
                                unit = null;
                            }
                        }
                        found = new Mention(start, end, written, unit, a.weak() && !each && written.length() <= 2);
                        break;
                    }
                }
            }
            if (found == null && (c == '区' || c == '县' || c == '市') && startsName(text, i)
                    && !aliasAt(text, i + 1) && !(i + 1 < text.length() && text.charAt(i + 1) == '委' && aliasAt(text, i + 2))) {
                Matcher body = BODY.matcher(text).region(i, Math.min(text.length(), i + 16));
                Matcher other = OTHER_BODY.matcher(text).region(i, Math.min(text.length(), i + 16));
                if (body.lookingAt()) {
                    found = new Mention(i, body.end(), body.group(), body.group(), false);
                } else if (other.lookingAt()) {
                    found = new Mention(i, other.end(), other.group(), null, false);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static final Pattern SECTOR = Pattern.compile("[\\p{IsHan}]{0,4}?(?:部门|系统)");

    /**
     * Where a sector's 部门 ends after a short name (住建部门; 交通运输部门 when the unit's name goes on with 运输), or -1.
     */
    private static int sectorEnd(String text, int end, Alias a) {
        Matcher m = SECTOR.matcher(text).region(end, Math.min(text.length(), end + 6));
        if (!m.lookingAt()) {
            return -1;
        }
        String between = text.substring(end, m.end() - 2);
        return between.isEmpty() || a.unit().name().contains(a.text() + between) ? m.end() : -1;
    }

    /** The rarer first characters of a collective, each with what must follow or precede it (a cheap test first). */
    private static boolean mayStartCollective(String text, int i, char c) {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        return switch (c) {
            case '职' -> next == '能';
            case '涉' -> next == '及';
            case '责' -> next == '任';
            case '牵' -> next == '头';
            case '所' -> next == '有';
            case '乡' -> next == '镇' || next == '村';
            case '镇' -> next == '街' || next == '要' && i > 0 && "和及".indexOf(text.charAt(i - 1)) >= 0;
            case '政' -> next == '府';
            case '执' -> next == '法';
            case '其' -> next == '他';
            case '部' -> i > 0 && "、和及".indexOf(text.charAt(i - 1)) >= 0 && next == '门';
            case '项' -> next == '目';
            case '承' -> next == '办' || next == '建';
            case '参' -> next == '建';
            case '施' -> next == '工';
            case '供' -> next == '热' || next == '水' || next == '气' || next == '电';
            case '监' -> next == '理';
            case '物' -> next == '业';
            case '燃' -> next == '气';
            case '园' -> next == '区' && i > 0 && text.charAt(i - 1) == '、';
            default -> false;
        };
    }

    /** Where the level character of a name written before an alias is (区住建局, 县委宣传部), or -1. */
    private static int levelBefore(String text, int i, Alias a, List<Mention> out) {
        int lastEnd = out.isEmpty() ? -1 : out.get(out.size() - 1).end();
        if (i > 0 && "区县市".indexOf(text.charAt(i - 1)) >= 0 && lastEnd < i
                && !a.text().startsWith(String.valueOf(text.charAt(i - 1)))) {
            return i - 1;
        }
        if (i > 1 && text.charAt(i - 1) == '委' && "区县市".indexOf(text.charAt(i - 2)) >= 0 && lastEnd < i - 1
                && a.unit().name().contains("委") && !a.text().startsWith("委")) {
            return i - 2;
        }
        return -1;
    }

    private boolean aliasAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        List<Alias> candidates = byFirstChar.get(text.charAt(i));
        return candidates != null && candidates.stream().anyMatch(a -> !a.weak() && text.startsWith(a.text(), i));
    }

    /** A level character that starts a name: not inside a word (全区, 城区, 开发区). */
    private static boolean startsName(String text, int i) {
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return !TextDecoder.isHan(prev) || "由和与及请、".indexOf(prev) >= 0
                || i >= 2 && JOINED.matcher(text.substring(i - 2, i)).matches(); // 县发改委要会同县督查落实办…
    }

    /**
     * The unit a name is matched to: the alias's unit when its level is the written one (or the text's own, when
     * the name has none); a gazetteer unit takes the written level; an organisation's unit of another level: none.
     */
    private static String matched(Alias a, char writtenLevel, String ownLevel) {
        // an organisation's unit named without a level (住建, 组织部) is the organisation's: it uploaded the text
        String name = a.unit().name();
        int own = levelAt(a.text());
        if (writtenLevel == 0 && own >= 0) {
            writtenLevel = a.text().charAt(own); // the alias states its level: 区委宣传部
        }
        int at = levelAt(name);
        if (at < 0) {
            return name;
        }
        if (!a.generic()) {
            // the organisation's own unit: a name written with another level is another body
            return writtenLevel == 0 || name.charAt(at) == writtenLevel ? name : null;
        }
        char level = writtenLevel != 0 ? writtenLevel : ownLevel.charAt(0);
        String leveled = name.charAt(at) == level ? name : name.substring(0, at) + level + name.substring(at + 1);
        // a district's police is a 分局 of the city's; a county's is its own 县公安局 (and so are its traffic police)
        return level == '区' ? leveled : leveled.replace("公安分局", "公安局");
    }

    /** Where a unit's name states its level (区委宣传部 → 0, 团区委 → 1), or -1. */
    private static int levelAt(String name) {
        if (name.startsWith("区") || name.startsWith("县") || name.startsWith("市")) {
            return 0;
        }
        return name.startsWith("团") && name.length() > 1 && "区县市".indexOf(name.charAt(1)) >= 0 ? 1 : -1;
    }
}
