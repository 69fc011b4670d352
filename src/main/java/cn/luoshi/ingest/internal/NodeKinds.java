package cn.luoshi.ingest.internal;

import java.util.regex.Pattern;

/**
 * Node kinds (节点类型): area (a heading that groups tasks), task, rationale (第一，抓好城市提质，是…),
 * problem (一是产业发展基础不牢), review (六是作风形象持续改进; 一是机遇更大 — how things stand).
 */
final class NodeKinds {

    /** A web page's clutter saved with its text (设为首页, 当前位置, 发布时间：…所属栏目：…点击次数：1621返回上页). */
    static final Pattern PAGE_CLUTTER = Pattern.compile(
            "设为首页|加入收藏|当前位置|网站地图|无障碍|打印本页|关闭窗口|发布时间|浏览次数|点击次数|阅读次数|所属栏目|返回上页|分享到");
    /** A sentence that is a page's clutter, never a task: words no sentence of a text holds (not 无障碍, 首页). */
    static final Pattern CLUTTER_SENTENCE = Pattern.compile(
            "设为首页|加入收藏|当前位置[：:]|打印本页|关闭窗口|发布时间[：:]|浏览次数|点击次数|阅读次数|所属栏目|返回上页");

    /** Sentences that ask for something to be done; used when a text has no markers at all. */
    static final Pattern TASK_LIKE = Pattern.compile(
            "要|必须|确保|力争|加快|推进|推动|加强|强化|抓好|完成|实施|开展|落实|建设|打造|提升|做好|深化");

    /** 抓好城市提质，是…: a topic, a comma, then 是 — the sentence says why, not what to do. */
    private static final Pattern RATIONALE = Pattern.compile("^[^，]{2,24}，是|^是");
    private static final Pattern PROBLEM = Pattern.compile(
            "不牢|不足|不够|乏力|偏慢|偏弱|放缓|趋缓|不强|不优|不高|不快|不力|不实|不到位|偏大|偏低|压力|风险|差距|短板|薄弱|滞后|困难(?!家庭|群众|群体|人员|职工|学生|老人|老年人|户|残疾人|儿童|党员|企业)|隐患|矛盾|下滑|欠账|瓶颈|问题|缺口|难度");
    /** 取得明显成效: what was achieved (取得新成效 is a goal). */
    static final Pattern ACHIEVED = Pattern.compile("取得.*(?<!新|更大|更好|更多)(成效|成绩|进展|突破)");
    private static final Pattern REVIEW = Pattern.compile(
            "(改进|改善|提升|增强|优化|向好|提高|巩固|好转|扩大|壮大|加快|突破|见效|明显|显著)$|" + ACHIEVED.pattern());
    /** A heading that says how things stand: 一、基本情况, （一）项目推进情况, 总体情况. */
    private static final Pattern SITUATION = Pattern.compile("^[\\p{IsHan}]{0,8}(?:基本|总体|进展|推进|执行|完成|运行|开展)情况[。：:]?$");
    /**
     * A short comparison that states how things stand — 机遇更大、动力更强、后劲更足 (a work report's 潜力优势) — not
     * what to do; 让城市更美 (让/使/把 …) is a goal and stays a task.
     */
    private static final Pattern STANDING = Pattern.compile("^(?![让使令把将])[^，。、]{2,4}更[^，。、]{1,2}$");
    /** An imperative opening makes a heading a task even when it names a problem (在“防风险”上鼓实劲). */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(要|坚定不移|奋力|加强|强化|推进|推动|着力|坚持|聚焦|抓好|解决|破解|补齐|防范|化解|提升|加快|坚决|全力|切实|深化|狠抓|严格"
                    + "|努力|持续|全面|大力|积极|扎实|进一步|不断|围绕|突出|以|在|立足|紧盯|培育|打造|正视|直面|客观|正确|清醒|做好|抓住|把握"
                    + "|开展|实施|完善|建立|健全|落实|压实|抓实|加大|组织|推行|整治|排查|督促|严格|确保|力争|完成"
                    + "|抓|聚力|夯实|筑牢|守牢|守住|用好|优化|提高|增强|拓展|扩大|壮大|激发|统筹|深入|加速|办好|稳住|稳定|促进)");

    /** A demand inside the heading: 外贸外资要突破, 项目建设必须提速 — what must happen, not what happened. */
    private static final Pattern MODAL = Pattern.compile("(?<![主重需只])要(?![求素点闻害])|必须|务必|须");

    /** A sentence that tells of the meeting itself: held, chaired, attended, heard (召开、主持、出席、参加、听取). */
    private static final Pattern MEETING_NEWS = Pattern.compile("召开|举行|主持|出席|列席|参加|参会|开幕|闭幕|听取|审议");
    /** Reported speech: 张三指出，… / 会议强调，…. */
    private static final Pattern REPORTED_LEAD = Pattern.compile("^[^，。]{1,24}?(指出|强调|表示|认为|要求|提出)，");
    /** Words besides {@link #MODAL} that make a sentence a directive. */
    private static final Pattern DIRECTIVE = Pattern.compile("确保|力争|应当|决定|由.{2,20}(牵头|负责)");

    /** Headings of sections that report: 回顾过去一年…, 认真总结成绩…, 第一季度经济运行的基本特点, 客观看待去年工作. */
    static final Pattern REVIEW_HEADING = Pattern.compile(
            "回顾|总结|(?<!取得[^，。]{0,10}新)(?:成绩|成效)|运行情况|基本情况|总体情况|进展情况|推进情况|执行情况|基本特点|主要特点|工作情况|开展情况|落实情况|完成情况|态势|形势|来之不易|去年工作|过去一年|上年工作");

    private NodeKinds() {}

    static boolean imperative(String title) {
        return IMPERATIVE.matcher(title).find();
    }

    /**
     * What a news report (新闻稿) says about its meeting rather than what the meeting asked for: a sentence about the
     * meeting itself (召开、主持、出席、参加) or reported speech (张三指出，做好…关系到…), with no directive in it (要、必须、
     * 确保、决定、由…牵头…).
     */
    static boolean aboutTheMeeting(String sentence) {
        if (MODAL.matcher(sentence).find() || DIRECTIVE.matcher(sentence).find()) {
            return false;
        }
        return MEETING_NEWS.matcher(sentence).find() || REPORTED_LEAD.matcher(sentence).find();
    }

    static String classify(String family, String title, boolean hasChildren) {
        if (RATIONALE.matcher(title).find()) {
            return "rationale";
        }
        boolean imperative = IMPERATIVE.matcher(title).find() || MODAL.matcher(title).find();
        if (!imperative && PROBLEM.matcher(title).find()) {
            return "problem";
        }
        if (!imperative && (REVIEW.matcher(title).find() || STANDING.matcher(title).find()
                || SITUATION.matcher(title).find())) {
            return "review";
        }
        if (hasChildren || family.equals("dun") || family.equals("paren")) {
            return "area";
        }
        return "task";
    }
}
