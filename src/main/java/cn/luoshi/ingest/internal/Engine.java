package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft;
import cn.luoshi.ingest.DirectiveDraft.Gap;
import cn.luoshi.ingest.DirectiveDraft.Node;
import cn.luoshi.ingest.DirectiveDraft.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pipeline behind {@code DirectiveDrafter}: normalise, structure, targets, units, figures. */
public final class Engine {

    private static final Pattern PAST_LEAD = Pattern.compile(
            "(?:本报讯\\s?(?:（[^）]{1,24}）\\s?)?|据[^，。]{1,10}消息[，,]?)?(去年|上年|过去的?一年|一年来|这一年[，,]|今年以来|年初以来|近年来|近几年|过去\\d+年|(?:今年)?上半年以来"
                    + "|(?:今年)?上半年[，,]|(?:今年)?前[一二三]季度|(?:今年)?1[-—~至]\\d{1,2}月|" + TargetExtractor.MONTHS_TO_DATE + ")");
    /** What a meeting decided (会议议定：, 会议要求：, 会议研究决定如下：): the items after it are commitments. */
    private static final Pattern DECISION_LEAD = Pattern.compile(
            "会议(?:研究)?(?:议定|决定|要求|明确|同意|确定|强调)(?:如下)?[^。！？：\\n]{0,12}：");
    /**
     * The lead of a list of what is to be done (not how it went): 18项惠民实事如下：, 民生实事项目为10项，分别是：. What
     * follows it looks ahead, in the sentences after it as well when they stand on their own (no marker).
     */
    private static final Pattern PLAN_LIST_LEAD = Pattern.compile(
            "(?:实事|事项|目标任务|重点任务|工作任务)(?:项目)?(?:清单)?(?:[为共有]?[\\d一二三四五六七八九十]+[项件个条])?[，,]?"
                    + "(?:具体内容)?(?:如下|分别是|分别为|具体是|具体为|主要有|包括)：");
    /** Headings of sections that set goals: （一）主要目标, 二、2009年工作安排, 明确目标任务. */
    private static final Pattern AHEAD_HEADING = Pattern.compile("目标|安排|计划|打算|思路|部署|重点工作|主要任务|重点任务");
    /** The title of a plan as a whole: 工作要点, 实事项目, 重点工程安排, 实施方案, 任务分解 (not how one went). */
    private static final Pattern PLAN_TITLE = Pattern.compile(
            "工作要点|实事|工作安排|工程安排|项目安排|工作计划|项目计划|实施方案|工作方案|任务清单|任务分解|责任分解|(?:任务|责任|工作)分工|目标任务|民生事项");
    private static final Pattern NOT_A_PLAN_TITLE = Pattern.compile(
            "进展|完成情况|执行情况|落实情况|成效|回顾|总结|报告$|(?:全面|圆满|顺利|超额)完成");

    /** What a text's title says the whole of it is: a plan, a report of what was, or neither. */
    enum Whole { PLAN, REPORT, NEITHER }

    /**
     * The first line names a plan (…年政府实事项目和重点工程安排: all it states is to be done), or a report (…统计公报,
     * …实事项目进展情况: all it states was), or neither.
     */
    static Whole titleSays(Passage passage) {
        String first = passage.paragraphs().isEmpty() ? "" : passage.paragraphs().get(0).of(passage.text).strip();
        if (STATISTICS_BULLETIN.matcher(first).find() || ECONOMY_TITLE.matcher(first).matches()
                || first.length() <= 60 && HOW_IT_WENT_TITLE.matcher(first).find() && !NEXT_PLAN.matcher(first).find()) {
            return Whole.REPORT;
        }
        if (RESULTS_BULLETIN.matcher(heading(passage)).find()) {
            return Whole.REPORT; // 关于2013年上半年产业大转型考核结果的通报: results, ranked
        }
        if (first.length() <= 60 && PLAN_TITLE.matcher(first).find() && !NOT_A_PLAN_TITLE.matcher(first).find()
                && !first.endsWith("。")) {
            return Whole.PLAN;
        }
        return Whole.NEITHER;
    }

    /** A bulletin of results: 考核结果的通报, 考评情况通报, 排名通报. */
    private static final Pattern RESULTS_BULLETIN = Pattern.compile(
            "(?:考核|考评|评比|排名|测评|观摩)(?:结果|情况|排名)?的?通报|(?:结果|排名)(?:情况)?的?(?:通报|公示)");
    /** The short lines a text opens with before its first sentence (a document number, the issuer, a title broken over lines), joined. */
    private static String heading(Passage passage) {
        StringBuilder sb = new StringBuilder();
        for (Passage.Span p : passage.paragraphs()) {
            String line = p.of(passage.text).strip();
            if (line.length() > 60 || sb.length() > 200) {
                break;
            }
            sb.append(line);
        }
        return sb.toString().replaceAll("\\s+", "");
    }

    /** A measured change stated as a fact: 增长4.6%, 下降7.7%. */
    private static final Pattern STATED_CHANGE = Pattern.compile("(?:增长|下降|回落|提高)\\d+(?:\\.\\d+)?%");
    private static final int STATED_CHANGES_OF_A_REPORT = 3;

    /**
     * A text that states measured changes (一季度，全县实现地区生产总值56.82亿元，增长4.6%…) and never a word of promise
     * — no 要, 将, 力争, 确保, 目标, 预期, 计划, 不低于 (but in closing advice without a number), no heading line with a
     * word of a plan such as 安排 or 重点工作 — reports,
     * whatever its title says (it may have none).
     */
    static boolean onlyReports(String text) {
        Matcher m = STATED_CHANGE.matcher(text);
        int n = 0;
        while (n < STATED_CHANGES_OF_A_REPORT && m.find()) {
            n++;
        }
        return n >= STATED_CHANGES_OF_A_REPORT && !promises(text)
                && text.lines().noneMatch(line -> line.strip().length() <= HEADING_MAX
                        && !SENTENCE_STOPS.matcher(line.strip()).find() && AHEAD_HEADING.matcher(line).find());
    }

    /**
     * Whether a text promises anything before its last paragraph, or in its last with a number after the promise: a
     * statistics note's closing advice (…同比增长18.1%。当前应…，确保工业经济稳中有升) promises none.
     */
    private static boolean promises(String text) {
        String body = text.strip();
        int last = body.lastIndexOf('\n');
        if (last < 0) {
            return TargetExtractor.PROMISE.matcher(body).find();
        }
        if (TargetExtractor.PROMISE.matcher(body.substring(0, last)).find()) {
            return true;
        }
        String closing = body.substring(last + 1);
        Matcher promise = TargetExtractor.PROMISE.matcher(closing);
        return promise.find() && DIGIT.matcher(closing).region(promise.start(), closing.length()).find();
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** The longest line read as a heading when a text is searched for a plan's heading word (贯彻…决策部署 is none). */
    private static final int HEADING_MAX = 30;
    private static final Pattern SENTENCE_STOPS = Pattern.compile("[，。；！？]");

    private static final Pattern HOW_IT_WENT_TITLE = Pattern.compile("进展情况|完成情况|执行情况|落实情况|推进情况");
    /**
     * A title that adds the next plan to a report (…执行情况与2025年计划草案的报告), or a register whose rows are still
     * the tasks with their planned dates (…民生实事进展情况登记表, …进展情况汇总表).
     */
    private static final Pattern NEXT_PLAN = Pattern.compile("草案|安排|下一步|明年|工作打算|表$|清单");
    /** The title of a statistics bulletin, which states only what was. */
    private static final Pattern STATISTICS_BULLETIN = Pattern.compile("统计公报|主要统计指标|统计快报|统计月报");
    /** A short title of a month's or a quarter's economy (叶集区2024年3月经济运行情况), not a speech at a meeting on it. */
    private static final Pattern ECONOMY_TITLE = Pattern.compile("^[^，。：:]{0,24}经济运行(?:情况|简况)$");
    /** A heading that reports how goals or plans went: 完成情况, 执行情况, 落实情况, 进展情况. */
    private static final Pattern HOW_IT_WENT = Pattern.compile("(?:完成|执行|落实|进展|推进|实施)情况");
    /** A line that opens a work report's plan part: 2023年工作目标任务, 今年工作安排, 二、2024年重点工作. */
    private static final Pattern PLAN_LINE = Pattern.compile(
            "(?:[二三四五六七八九十]、)?(?:20\\d\\d年|今年|明年)[^。！？；，：]{0,10}(?:工作安排|目标任务|主要任务|重点工作|工作目标|工作打算|工作思路|工作计划)");
    /** The second or a later part of a text (二、 三、 …): what comes before it is not its plan. */
    private static final Pattern LATER_PART = Pattern.compile("[二三四五六七八九十]{1,2}、");
    private static final Pattern CLUTTER = NodeKinds.PAGE_CLUTTER;
    private static final Pattern NOT_A_TITLE = Pattern.compile("[。！？；]|^同志们");

    private final UnitMatcher units;

    public Engine(UnitMatcher units) {
        this.units = units;
    }

    public DirectiveDraft run(String fileName, String decoded, String encoding, LocalDate directiveDate) {
        NormalisedText normalised = TextNormaliser.normalise(decoded);
        String text = normalised.text();
        Passage passage = new Passage(text);
        StructureParser.Result structure = StructureParser.parse(passage);
        Whole whole = titleSays(passage);
        List<Node> nodes = whole == Whole.PLAN ? planned(structure.nodes()) : structure.nodes();
        IntFunction<String> nodeAt = nodeLocator(nodes, text.length());
        List<String> warnings = new ArrayList<>();
        if (structure.flat() && !nodes.isEmpty()) {
            warnings.add("未发现层次标记，已按句拆分为任务节点 / no enumeration markers: one task node per task-like sentence");
        }
        if (nodes.isEmpty()) {
            warnings.add("未发现任务 / no tasks found");
        }
        if ("mixed".equals(encoding)) {
            warnings.add("文件混用 UTF-8 与 GB18030 编码，已逐行解码 / mixed UTF-8 and GB18030, decoded line by line");
        }
        for (Gap gap : normalised.gaps()) {
            warnings.add(switch (gap.kind()) {
                case "omitted" -> "原文有省略（" + gap.chars() + "字）/ text omitted in source at " + gap.offset();
                case "truncated" -> "原文不完整 / source is truncated at " + gap.offset();
                default -> "原文有乱码 / garbled text at " + gap.offset();
            });
        }
        String ownLevel = Places.ownLevel(text);
        // a report's items name on their own heading lines the works as they were set (1.新增200张家庭照护床位)
        IntPredicate itemLines = whole == Whole.REPORT ? itemLines(passage, nodes) : offset -> false;
        IntPredicate looksBack = looksBack(passage, nodes, nodeAt, whole, itemLines);
        IntPredicate looksAhead = headedBy(nodes, nodeAt, Engine::setsGoals).or(afterDecisionLead(passage, nodes, nodeAt))
                .or(underGoalLine(passage));
        if (whole == Whole.PLAN) {
            looksAhead = offset -> !looksBack.test(offset); // 2019年崇明区政府实事项目和重点工程安排: the title sets the goals
        } else {
            looksAhead = looksAhead.or(itemLines);
        }
        // a text without markers split into one node per sentence has no sections: its sentences do not look ahead
        // because a node holds them (望城区…工业增加值占GDP比重达到32%, a news report's result)
        boolean sections = !structure.flat()
                || PLAN_TITLE.matcher(text.substring(0, Math.min(text.length(), TOP_OF_TEXT))).find()
                || looksAheadMostly(passage);
        IntPredicate inSection = sections ? offset -> nodeAt.apply(offset) != null : offset -> false;
        var targets = TargetExtractor.extract(passage, nodeAt, looksBack, looksAhead, headingPeriod(nodes, nodeAt),
                inSection, directiveDate);
        var figures = FigureExtractor.extract(passage, nodeAt, looksBack, looksAhead, targets, ownLevel);
        var mentions = units.match(passage, nodeAt, Places.unitLevel(text));
        Source source = new Source(fileName, encoding, normalised.script(), text.codePointCount(0, text.length()));
        return new DirectiveDraft(DirectiveDraft.FORMAT, source, title(passage, structure), normalised.gaps(), nodes,
                targets, mentions, figures, warnings, text);
    }

    /** How far from its start a text names what it is (2025年民生实事出炉…): its title and lead. */
    private static final int TOP_OF_TEXT = 300;

    /** Whether more of a text's sentences look ahead (将, 力争, 今年…) than report (了, 已, 同比…). */
    private static boolean looksAheadMostly(Passage passage) {
        int ahead = 0;
        int back = 0;
        for (Passage.Span s : passage.sentences()) {
            String t = s.of(passage.text);
            ahead += TargetExtractor.FORWARD.matcher(t).find() ? 1 : 0;
            back += TargetExtractor.PAST.matcher(t).find() || TargetExtractor.RANK_STATED.matcher(t).find()
                    && !TargetExtractor.PROMISE.matcher(t).find() ? 1 : 0;
        }
        return ahead > back;
    }

    /**
     * Under a title that names a plan (2026年政府民生实事项目), a heading that ends in 提升 or 改善 names a work
     * (“一老一小”服务保障能力提升), not how things went: only a heading that says it reviews (回顾, 完成情况, 取得…成效)
     * stays a review.
     */
    private static List<Node> planned(List<Node> nodes) {
        java.util.Set<String> parents = new java.util.HashSet<>();
        nodes.forEach(n -> parents.add(n.parent()));
        return nodes.stream().map(n -> !n.kind().equals("review") || NodeKinds.REVIEW_HEADING.matcher(n.title()).find()
                || NodeKinds.ACHIEVED.matcher(n.title()).find() ? n
                : new Node(n.id(), n.parent(), n.depth(), n.marker(), parents.contains(n.id()) ? "area" : "task",
                        n.title(), n.text(), n.start(), n.end())).toList();
    }

    /** The first line when it is short, has no sentence punctuation and is not yet the body. */
    private static String title(Passage passage, StructureParser.Result structure) {
        if (passage.paragraphs().isEmpty()) {
            return null;
        }
        // a page saved from the web starts with its clutter (设为首页, 当前位置…): the title is the first line after it
        int k = 0;
        while (k + 1 < Math.min(passage.paragraphs().size(), 6) && CLUTTER.matcher(passage.paragraphs().get(k).of(passage.text)).find()) {
            k++;
        }
        Passage.Span first = passage.paragraphs().get(k);
        String line = first.of(passage.text).strip();
        boolean beforeBody = first.end() <= structure.bodyStart() && passage.paragraphs().size() > 1;
        if (!beforeBody || line.length() > 50 || line.length() < 4 || NOT_A_TITLE.matcher(line).find()) {
            return null;
        }
        return line;
    }

    /**
     * Text that reports the past: inside a review or problem node (or under one, or under a heading such as 回顾 or
     * 总结成绩), or in a paragraph that opens with 去年/一年来/今年以来…. Its numbers are facts, not commitments.
     */
    static IntPredicate looksBack(Passage passage, List<Node> nodes, IntFunction<String> nodeAt, Whole whole,
                                  IntPredicate itemLines) {
        // (a review- or problem-like item under a heading that sets goals — 二、今年重点工作 › 第二，聚力民生改善 — is a task)
        Map<String, Boolean> ahead = inherited(nodes, n -> setsGoals(n.title()));
        int written = yearWritten(passage.text);
        Map<String, Boolean> byNode = inherited(nodes, n -> (n.kind().equals("review") || n.kind().equals("problem")
                || NodeKinds.REVIEW_HEADING.matcher(n.title()).find()
                || n.marker() != null && namesEarlierYear(n.title(), written))
                && !(n.parent() != null && ahead.get(n.parent())));
        Map<Integer, Boolean> byParagraph = new HashMap<>();
        Map<Integer, Boolean> opensAhead = new HashMap<>();
        Map<Integer, Integer> progressFrom = new HashMap<>();
        Map<Integer, Integer> turnsAhead = new HashMap<>();
        // a work report pasted from inside its review: what comes before its 二、2024年工作安排 reports
        int planHeading = nodes.stream().filter(n -> n.marker() != null && LATER_PART.matcher(n.marker()).matches()
                && AHEAD_HEADING.matcher(n.title()).find()).mapToInt(Node::start).findFirst().orElse(-1);
        // …or a line of its own that opens the plan part (2023年工作目标任务) after sections numbered 五、六、
        // (the line may have been joined to the paragraph after it, as a wrapped line is)
        int planLine = passage.paragraphs().stream().filter(p -> PLAN_LINE.matcher(p.of(passage.text).strip()).lookingAt())
                .mapToInt(Passage.Span::start).findFirst().orElse(-1);
        int boundary = planHeading < 0 ? planLine : planLine < 0 ? planHeading : Math.min(planHeading, planLine);
        // only when the text starts inside the review: a 一、 above the boundary is a part of its own (一、抓好老旧小区
        // 改造 … 二、重点任务分解), whose heading says what it is
        int plan = nodes.stream().anyMatch(n -> n.start() < boundary && "一、".equals(n.marker())) ? -1 : boundary;
        // …and text above the first heading, before the paragraph that states the year's goals (主要预期目标是：),
        // is the end of the review: 旅游业…全年接待游客39.5万人次 is last year's
        Matcher goals = TargetExtractor.GOAL_LEAD.matcher(passage.text);
        int goalLead = goals.find() ? passage.paragraphStart(goals.start()) : -1;
        if (whole == Whole.REPORT || onlyReports(passage.text)) {
            // …统计公报, 2025年政府实事项目进展情况: it reports from its first line to its last — but for its items'
            // own heading lines (itemLines)
            return itemLines.negate();
        }
        IntPredicate reviewLines = reviewLines(passage);
        int planYear = planYear(passage);
        java.util.Set<String> unmarked = new java.util.HashSet<>();
        nodes.stream().filter(n -> n.marker() == null).forEach(n -> unmarked.add(n.id()));
        return offset -> {
            String id = nodeAt.apply(offset);
            if (id != null && byNode.get(id)) {
                return true;
            }
            int p = passage.paragraphStart(offset);
            if (offset < plan && (id == null || !ahead.get(id))
                    || id == null && offset < goalLead && !opensAhead.computeIfAbsent(p, start -> OPENS_AHEAD.matcher(passage.text)
                            .region(start, passage.paragraphEnd(start)).lookingAt())) {
                return true;
            }
            if ((id == null || unmarked.contains(id)) && reviewLines.test(offset)) {
                return true;
            }
            // 为…1241个村庄接通天然气。项目进展：至12月底，已入户接通…: what follows the label reports
            if (offset >= progressFrom.computeIfAbsent(p, start -> {
                Matcher label = PROGRESS_LABEL.matcher(passage.text).region(start, passage.paragraphEnd(start));
                return label.find() ? label.end() : Integer.MAX_VALUE;
            })) {
                return true;
            }
            // 2023年，竹山县先后获评…。2024年，该县将…力争…: the paragraph looks back up to the sentence that opens
            // with the plan's year
            return byParagraph.computeIfAbsent(p, start -> opensBack(passage.text, start)
                    || beforePlanYear(passage.text, start, planYear))
                    && offset < turnsAhead.computeIfAbsent(p, start -> planYearSentence(passage, start, planYear));
        };
    }

    /** Where a table row's task cell ends: its first label field (责任单位：…, 完成时限：…), as {@link Tables} writes it. */
    private static final Pattern ROW_FIELD = Pattern.compile("[\\p{IsHan}]{0,6}(?:单位|部门)：|完成时限：");

    /** The label of an item's progress, inside its paragraph (项目进展：, 完成情况：). */
    private static final Pattern PROGRESS_LABEL = Pattern.compile("(?:项目)?进展(?:情况)?[：:]|(?:完成|推进|落实)情况[：:]");

    /** A paragraph that opens with the years ahead (到2027年，…; 今后五年，…): a plan even before the year's goals. */
    private static final Pattern OPENS_AHEAD = Pattern.compile("\\s*(?:到|至)20\\d\\d年|\\s*(?:今后|未来)[一二三四五六七八九十几\\d]*年");

    /** Whether an offset lies in one of the spans (start inclusive, end exclusive). */
    private static IntPredicate within(List<int[]> spans) {
        return offset -> spans.stream().anyMatch(sp -> offset >= sp[0] && offset < sp[1]);
    }

    /**
     * The heading lines of a report's numbered items — a marker and the work as it was set, on a line of its own, the
     * progress on the lines after it (1.新增2个社区长者食堂 ⏎ 已选定…，目前项目建设推进顺利。).
     */
    private static IntPredicate itemLines(Passage passage, List<Node> nodes) {
        List<int[]> spans = new ArrayList<>();
        for (Node n : nodes) {
            if (n.marker() == null) {
                continue;
            }
            int end = passage.paragraphEnd(n.start());
            String line = passage.text.substring(n.start(), end).strip().replaceAll("[。；;，,\\s]+$", "");
            String heading = (n.marker() + n.title()).replaceAll("[。；;，,\\s]+$", "");
            if (line.equals(heading) && end < passage.text.length()) {
                spans.add(new int[] {n.start(), end});
            } else if (n.marker().matches("\\d{1,3}") && passage.text.startsWith(n.marker() + "\t", n.start())) {
                // a task table's row (1⇥全市生产总值增长8%左右。市发展改革委…): its task cell is the work as it was set
                Matcher field = ROW_FIELD.matcher(passage.text).region(n.start(), end);
                spans.add(new int[] {n.start(), field.find() ? field.start() : end});
            }
        }
        return within(spans);
    }

    /** A line that leads a list of last year's results: 从8个关键字里感受过去一年，…; 盘点2025年成绩单. */
    private static final Pattern REVIEW_LEAD_LINE = Pattern.compile(
            "(?:回眸|盘点|感受|回顾|细数|晒晒|看看)[^。；\n]{0,12}?(?:过去的?一年|一年来|成绩|成就|成果|20\\d\\d年)"
                    + "|(?:20\\d\\d年|去年|上年)(?:工作)?(?:回顾|总结)");
    /** Where such a list ends: the plan (展望, 2026年工作安排, 今年将…; not 2024年是实现…目标任务的关键一年). */
    private static final Pattern PLAN_LINE_START = Pattern.compile(
            "^[【〖（(]?(?:展望|(?:20\\d\\d年|今年|明年|新的一年)(?![是以])[^。\n]{0,12}?(?:将|安排|目标|计划|打算|重点|任务))");

    /**
     * The lines after a line that leads a list of last year's results, up to a line of the plan: a poster-style news
     * report (one short line per fact) of a work report's review.
     */
    private static IntPredicate reviewLines(Passage passage) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (Passage.Span p : passage.paragraphs()) {
            String line = p.of(passage.text).strip();
            if (open >= 0 && PLAN_LINE_START.matcher(line).find()) {
                spans.add(new int[] {open, p.start()});
                open = -1;
            }
            Matcher lead = REVIEW_LEAD_LINE.matcher(line);
            // a short line that leads them, or a paragraph that opens by saying so (报告回顾了2024年的工作，…)
            if (open < 0 && lead.find() && (line.length() <= 60 || lead.start() <= 8)
                    && !PLAN_LINE_START.matcher(line).find()) {
                open = p.end();
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, passage.text.length()});
        }
        return within(spans);
    }

    /**
     * Whether a paragraph opens with the past (去年, 一年来…) — after the speaker of a news report too, in its first or
     * second sentence: 覃永利说，过去一年，…; 任向军在报告中指出，2024年是…关键一年。一年来，….
     */
    private static boolean opensBack(String text, int start) {
        if (PAST_LEAD.matcher(text).region(start, Math.min(text.length(), start + 20)).lookingAt()) {
            return true;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        Matcher speaker = SPEAKER_LEAD.matcher(text).region(start, end);
        if (!speaker.lookingAt()) {
            return false;
        }
        int second = text.indexOf('。', speaker.end());
        for (int at : new int[] {speaker.end(), second < 0 || second - speaker.end() > 80 ? -1 : second + 1}) {
            if (at >= 0 && at < end && PAST_LEAD.matcher(text).region(at, Math.min(end, at + 20)).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph that opens with a year: 2020年，是困难重重又极不平凡的一年。 */
    private static final Pattern YEAR_OPENING = Pattern.compile("(20\\d\\d)年[，,是]?");
    /** What a year's plan says in the first sentence of its paragraph: 2021年，石棉将重点抓好…，力争…. */
    private static final Pattern PLAN_WORD = Pattern.compile("将(?!近)|力争|要(?![求素点])|计划|目标|预期");

    /** The date a report was given, near its top (——2019年2月16日在进贤县第十七届人民代表大会…): its year, or -1. */
    private static int yearWritten(String text) {
        LocalDate date = Dateline.atHead(text);
        return date == null ? -1 : date.getYear();
    }

    private static final int HEADING_YEAR_MAX = 30;
    private static final Pattern YEAR_IN_HEADING = Pattern.compile("(20\\d\\d)年(?!以来|至今|起|底前|前)");

    /** A heading of a report that names a year before the report's own (一、奋发有为，2018年迈出铿锵步伐, said in 2019). */
    private static boolean namesEarlierYear(String title, int written) {
        if (written < 0) {
            return false;
        }
        Matcher m = YEAR_IN_HEADING.matcher(title);
        return title.length() <= HEADING_YEAR_MAX && m.find() && Integer.parseInt(m.group(1)) < written
                && !AHEAD_HEADING.matcher(title).find();
    }

    /** A year's plan named in a text (报告分为三个部分：一是2018年工作回顾；二、2019年的主要工作): that year is planned for. */
    private static final Pattern PLANNED_YEAR = Pattern.compile(
            "(20\\d\\d)年的?(?:主要工作|工作安排|目标任务|主要任务|重点工作|工作目标|工作打算|工作思路|工作计划|工作部署)");

    /** The latest year a paragraph opens with and plans for, or whose plan the text names (-1 if none). */
    private static int planYear(Passage passage) {
        int year = -1;
        Matcher named = PLANNED_YEAR.matcher(passage.text);
        while (named.find()) {
            year = Math.max(year, Integer.parseInt(named.group(1)));
        }
        // a paragraph's or a sentence's opening year with a plan word in its sentence (…出现多次。2024年，陕西将推动…)
        for (Passage.Span p : passage.sentences()) {
            String line = p.of(passage.text).strip();
            Matcher m = YEAR_OPENING.matcher(line);
            if (m.lookingAt()) {
                int stop = line.indexOf('。');
                if (PLAN_WORD.matcher(stop < 0 ? line : line.substring(0, stop)).find()) {
                    year = Math.max(year, Integer.parseInt(m.group(1)));
                }
            }
        }
        return year;
    }

    /** Where in a paragraph a sentence opens with the plan's year (2024年，该县将…), or past its end when none does. */
    private static int planYearSentence(Passage passage, int start, int planYear) {
        int end = passage.paragraphEnd(start);
        if (planYear > 0) {
            for (Passage.Span s : passage.sentences()) {
                if (s.start() > start && s.start() < end) {
                    Matcher m = YEAR_OPENING.matcher(passage.text).region(StructureParser.skipSpaces(passage.text, s.start(), end), end);
                    if (m.lookingAt() && Integer.parseInt(m.group(1)) >= planYear) {
                        return s.start();
                    }
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Whether a paragraph opens — or its speaker's words open (范说，2018年，我们完成…) — with a year before the one the
     * text plans for: it reviews that year.
     */
    private static boolean beforePlanYear(String text, int start, int planYear) {
        if (planYear < 0) {
            return false;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        Matcher speaker = SPEAKER_LEAD.matcher(text).region(start, end);
        int at = speaker.lookingAt() ? speaker.end() : start;
        Matcher m = YEAR_OPENING.matcher(text).region(at, Math.min(end, at + 8));
        return m.lookingAt() && Integer.parseInt(m.group(1)) < planYear;
    }

    /** Who speaks, as a news report says it: 覃永利说，, 任向军在报告中指出，, 报告中提到，. */
    private static final Pattern SPEAKER_LEAD = Pattern.compile(
            "(?:会上|会议上|会议中)?[，,]?[^，。；\n]{1,16}?(?:在(?:报告|讲话|工作报告)中)?(?:说|指出|表示|介绍|回顾|提到|称)[，,：:]");

    /**
     * A heading that sets goals (主要目标, 2024年工作安排), not one that reports how they went (主要目标完成情况,
     * 上半年计划执行情况).
     */
    static boolean setsGoals(String title) {
        return AHEAD_HEADING.matcher(title).find() && !HOW_IT_WENT.matcher(title).find();
    }

    /** A heading line without a marker: short, no sentence punctuation (主要目标, 2024年工作安排). */
    private static final int HEADING_LINE_MAX = 16;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？；，：,;:]");

    /**
     * Text under a heading line with no marker that sets goals (主要目标 ⏎ 生产总值增长11.5%左右…), up to the next
     * heading line — a line the source did not number, and which reads as a heading only by standing alone.
     */
    static IntPredicate underGoalLine(Passage passage) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (Passage.Span p : passage.paragraphs()) {
            String line = p.of(passage.text).strip();
            if (line.length() > HEADING_LINE_MAX || SENTENCE_MARK.matcher(line).find() || p.start() == 0
                    || line.replaceAll("\\d{4}年", "").chars().anyMatch(Character::isDigit)) {
                continue; // a line with a number of its own states something (研发经费投入强度2.1%); a year may head
            }
            if (open >= 0) {
                spans.add(new int[] {open, p.start()});
                open = -1;
            }
            if (setsGoals(line) || PLAN_TITLE.matcher(line).find() && !NOT_A_PLAN_TITLE.matcher(line).find()) {
                open = p.end(); // 主要目标; 海淀区2026年重要民生实事项目 heading the list of an issued notice
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, passage.text.length()});
        }
        return within(spans);
    }

    /** Whether the node at an offset, or one above it, has a heading that matches. */
    static IntPredicate headedBy(List<Node> nodes, IntFunction<String> nodeAt, java.util.function.Predicate<String> heading) {
        Map<String, Boolean> byNode = inherited(nodes, n -> heading.test(n.title()));
        return offset -> {
            String id = nodeAt.apply(offset);
            return id != null && byNode.get(id);
        };
    }

    /**
     * Offsets after a 会议议定：-style lead and inside the node that holds it (or below): minutes state decisions
     * without 要 or 今年 (会议议定：…2.新建改建城市道路12条，新增停车泊位3000个。).
     */
    static IntPredicate afterDecisionLead(Passage passage, List<Node> nodes, IntFunction<String> nodeAt) {
        List<Integer> leadEnds = new ArrayList<>();
        List<String> leadNodes = new ArrayList<>();
        var m = DECISION_LEAD.matcher(passage.text);
        while (m.find()) {
            leadEnds.add(m.end());
            leadNodes.add(nodeAt.apply(m.start()));
        }
        Map<String, Node> nodeById = new HashMap<>();
        nodes.forEach(n -> nodeById.put(n.id(), n));
        m = PLAN_LIST_LEAD.matcher(passage.text);
        while (m.find()) {
            Node at = nodeById.get(nodeAt.apply(m.start()));
            leadEnds.add(m.end());
            // a sentence of a text without markers leads the sentences after it: its parent is the lead's node
            leadNodes.add(at == null ? null : at.marker() == null || at.marker().isEmpty() ? at.parent() : at.id());
        }
        if (leadEnds.isEmpty()) {
            return offset -> false;
        }
        Map<String, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        return offset -> {
            for (int i = leadEnds.size() - 1; i >= 0; i--) {
                if (offset < leadEnds.get(i)) {
                    continue;
                }
                String lead = leadNodes.get(i);
                for (Node n = byId.get(nodeAt.apply(offset)); ; n = byId.get(n.parent())) {
                    if (lead == null || n != null && n.id().equals(lead)) {
                        return true;
                    }
                    if (n == null) {
                        break;
                    }
                }
            }
            return false;
        };
    }

    /** The period named by the nearest heading above an offset that names one (二、今年工作安排 → 今年). */
    static IntFunction<String> headingPeriod(List<Node> nodes, IntFunction<String> nodeAt) {
        Map<String, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        return offset -> {
            for (Node n = byId.get(nodeAt.apply(offset)); n != null; n = byId.get(n.parent())) {
                String period = Clauses.periodBefore(n.title(), 0, n.title().length());
                if (period != null) {
                    return period;
                }
            }
            return null;
        };
    }

    /** A property that holds for a node when it holds for the node or any node above it; nodes come parents first. */
    private static Map<String, Boolean> inherited(List<Node> nodes, Predicate<Node> property) {
        Map<String, Boolean> out = new HashMap<>();
        for (Node n : nodes) {
            out.put(n.id(), property.test(n) || n.parent() != null && out.getOrDefault(n.parent(), false));
        }
        return out;
    }

    /** The deepest node whose span holds the offset; null in the preamble. A table per character, built once. */
    private static IntFunction<String> nodeLocator(List<Node> nodes, int length) {
        int[] owner = new int[length + 1];
        Arrays.fill(owner, -1);
        List<Node> byDepth = new ArrayList<>(nodes);
        byDepth.sort(Comparator.comparingInt(Node::depth));
        for (Node n : byDepth) {
            int index = nodes.indexOf(n);
            for (int i = n.start(); i < n.end() && i < owner.length; i++) {
                owner[i] = index;
            }
        }
        return offset -> offset < 0 || offset >= owner.length || owner[offset] < 0 ? null : nodes.get(owner[offset]).id();
    }
}
