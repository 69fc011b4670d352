package cn.luoshi.ingest.internal;

import cn.luoshi.ingest.DirectiveDraft.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure recognition (层次结构识别). A node starts at an enumeration marker at the start of a sentence (or right
 * after a colon) or at a short 要-heading. Depth is inferred per document from the order in which marker kinds
 * appear: a kind nests under what is open where it first appears, and a later marker of an open kind is its
 * sibling. Lists whose items are clauses of one sentence (…三个方面：一要…；二要…) are not structure.
 */
final class StructureParser {

    /** A heading without items of its own becomes a task when at least this many characters of paragraph follow it. */
    static final int LEAF_BODY = 30;
    /** A paragraph of work under a heading of a flat outline (一、 二、 only): one sentence with what is to be done. */
    static final int FLAT_BODY = 12;
    /** The standard sections of a 方案 or report, which are never a task themselves (主要目标、保障措施、工作要求…). */
    private static final Pattern SECTION = Pattern.compile(
            "(指导思想|基本原则|总体要求|主要目标|预期目标|发展目标|目标任务|重点任务|重点工作|保障措施|工作要求|有关要求|组织领导)$");

    private static final String NUM = "[一二三四五六七八九十]{1,3}";
    private static final Pattern ASPECT = Pattern.compile("(另)?一方面");
    private static final Pattern ORDINAL = Pattern.compile("第(" + NUM + ")(?:个问题|个方面|部分)?[，、：]");
    private static final Pattern PAREN = Pattern.compile("[（(](" + NUM + ")[）)]");
    private static final Pattern PAREN_ARABIC = Pattern.compile("[（(](\\d{1,2})[）)]");
    private static final Pattern DUN = Pattern.compile("(" + NUM + ")、");
    /** A task table's row as {@code Tables} writes it: the row number, then a tab. */
    private static final Pattern ROW = Pattern.compile("(\\d{1,3})\t");
    private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})([.．、﹒])(?![\\d.])");
    private static final Pattern WORD = Pattern.compile("(" + NUM + ")([是要])");
    /** 01 新改扩建公办幼儿园11所: a list's item number opening a paragraph ({@link Quantities#ITEM_NUMBER}). */
    private static final Pattern PADDED = Pattern.compile(Quantities.ITEM_NUMBER);
    /** ①…⑳: the lowest level of many documents, items of a list like 一是…; ⑴…⒇ is the one-character （1）. */
    /** A heading line whose numeral stands apart (一 打造营商服务环境新标杆). */
    private static final Pattern SPACED_NUMERAL = Pattern.compile("([一二三四五六七八九十]{1,2})[ \u3000]+(?=\\p{IsHan})");
    private static final Pattern CIRCLED = Pattern.compile("[\u2460-\u2473]");
    private static final Pattern PAREN_DIGIT = Pattern.compile("[\u2474-\u2487]");
    /** ⒈ ⒉ … ⒛: a digit with its full stop in one character. */
    private static final Pattern DOTTED_DIGIT = Pattern.compile("[\u2488-\u249B]");
    /** A verb of reported speech right before a comma (…在讲话中强调，一要…). */
    private static final Pattern REPORTED = Pattern.compile("(强调|指出|要求|提出|表示|希望|指示)$");
    private static final Pattern CLOSING = Pattern.compile("^(同志们|总之|最后，|让我们|希望)");

    private static final Set<String> HEADING_FAMILIES = Set.of("dun", "paren", "parenArabic", "arabic", "ordinal");
    /** The heading of a work report's plan part (二、2022年发展思路和工作重点, 二、今年工作安排). */
    private static final Pattern PLAN_TITLE = Pattern.compile("安排|思路|目标任务|重点工作|工作重点|主要任务|工作打算|总体要求");
    /** Headings that by convention stand under 一、 (（一）, 1., （1）). */
    private static final Set<String> INNER_HEADINGS = Set.of("paren", "parenArabic", "arabic");

    /** Characters a marker can begin with. */
    private static final String MARKER_START = "另一二三四五六七八九十第（(0123456789要"
            + "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";

    /** Most 要-headings are four to ten characters; the contract allows twenty. */
    static final int HEADING_MAX = 20;

    /** A marker found in the text, before depth is known. */
    record Found(int start, int titleStart, int titleEnd, String family, String suffix, String marker, int number,
                 String title) {
        /** The kind of marker: 一、 and 二、 are one kind; 一是 and 一要 are two (word是, word要). */
        String key() {
            return suffix == null ? family : family + suffix;
        }
    }

    record Result(List<Node> nodes, int bodyStart, int bodyEnd, boolean flat) {}

    private StructureParser() {}

    static Result parse(Passage passage) {
        List<Found> found = withoutEarlyHeadings(withoutPreviews(passage, find(passage)));
        if (!found.isEmpty() && found.stream().allMatch(f -> f.family().equals("word") && f.number() > 1)) {
            // 提出了四点要求：一是…；二是…；三是…。四是…: the first points are clauses of one sentence, the last opens
            // one of its own — the list is the reported points, from 一是
            List<Found> points = reportedPoints(passage);
            if (!points.isEmpty()) {
                return build(passage, points);
            }
        }
        if (found.isEmpty()) {
            List<Found> points = reportedPoints(passage);
            return points.isEmpty() ? flat(passage) : build(passage, points);
        }
        return build(passage, found);
    }

    static List<Found> find(Passage passage) {
        String text = passage.text;
        List<Found> found = new ArrayList<>();
        for (Passage.Span sentence : passage.sentences()) {
            int start = skipSpaces(text, sentence.start(), sentence.end());
            Found f = markerAt(passage, start, true);
            if (f != null) {
                found.add(f);
            }
            for (int i = start; i < sentence.end() - 1; i++) {
                if (text.charAt(i) == '，' && !passage.quoted(i) && REPORTED.matcher(text)
                        .region(Math.max(start, i - 4), i).find()) {
                    // reported speech: …在讲话中强调，一要…。二要…
                    Found g = markerAt(passage, i + 1, false);
                    if (g != null && g.number() == 1) {
                        found.add(g);
                    }
                }
                if (text.charAt(i) == '：' && !passage.quoted(i)) {
                    Found g = markerAt(passage, skipSpaces(text, i + 1, sentence.end()), false);
                    if (g != null) {
                        found.add(g);
                    }
                }
                if (text.charAt(i) == '；' && !passage.quoted(i)) {
                    // …放到项目建设上来；一要加强统筹协调…。二要…: the first point after what the speaker said first,
                    // when the second one follows in its paragraph
                    Found g = markerAt(passage, skipSpaces(text, i + 1, sentence.end()), false);
                    if (g != null && g.number() == 1 && g.family().equals("word")
                            && text.substring(g.titleEnd(), passage.paragraphEnd(i)).contains("二" + g.suffix())) {
                        found.add(g);
                        continue;
                    }
                }
                if (text.charAt(i) == '；' && !passage.quoted(i) && !found.isEmpty()) {
                    // 一要强化主体责任。……；二要强化问题导向。 — the next point after the ； that ends the one before
                    Found before = found.get(found.size() - 1);
                    Found g = markerAt(passage, skipSpaces(text, i + 1, sentence.end()), false);
                    if (g != null && g.key().equals(before.key()) && g.number() == before.number() + 1
                            && passage.paragraphStart(before.start()) == passage.paragraphStart(i)) {
                        found.add(g);
                    }
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** How the name of a body or of a collective addressed ends, right before its 一要 (各相关部门一要…). */
    private static final String ADDRESSEE_END = "门位镇乡局委办室道区县市";

    /** What introduces the points of reported speech: 提出三点要求：, 强调：, 就…提出意见： */
    private static final Pattern POINTS_INTRO = Pattern.compile("(强调|指出|要求|提出|表示|希望|指示|意见|部署)$");

    /**
     * In a text with no structure of its own (a news report), the points of reported speech written as the clauses
     * of one sentence — 张明提出三点要求：一是…；二是…；三是…。 — are its structure: 一是/一要 right after the colon
     * (or comma) of a verb of reported speech, or opening a sentence of its own (…提出四点要求。一是…；二是…), and the
     * next numbers each after a ；, at least two. A headline and a news lead before them are then preamble, not tasks.
     */
    static List<Found> reportedPoints(Passage passage) {
        String text = passage.text;
        List<Found> out = new ArrayList<>();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            boolean introduced = (c == '：' || c == '，')
                    && POINTS_INTRO.matcher(text).region(Math.max(0, i - 6), i).find();
            boolean colon = c == '：'; // …存在着五大问题需要进一步改善和解决：一是…；二是…；三是…: three points or more
            // …提出四点要求。一是…；二是…: the points open a sentence (or a paragraph) of their own
            // (…把主要精力放到项目建设上来；一要加强统筹协调…。二要…: after the ； that ends what the speaker said first)
            boolean opening = c == '。' || c == '\n' || c == '；';
            // 各乡镇、各相关部门一要高度重视…；二要自觉担当: the points of what those addressed must do
            boolean addressed = ADDRESSEE_END.indexOf(c) >= 0 && text.startsWith("一要", i + 1);
            introduced |= addressed;
            if (!introduced && !opening && !colon || passage.quoted(i)) {
                continue;
            }
            int paragraphEnd = passage.paragraphEnd(i + 1);
            List<Found> items = new ArrayList<>();
            int at = skipSpaces(text, i + 1, paragraphEnd);
            for (int n = 1; at < paragraphEnd; n++) {
                Matcher m = region(WORD, text, at, paragraphEnd);
                if (!m.lookingAt() || number(m.group(1)) != n || items.size() > 0
                        && !m.group(2).equals(items.get(0).suffix())) {
                    break;
                }
                int titleStart = m.end();
                int end = titleStart;
                while (end < paragraphEnd && ("；。".indexOf(text.charAt(end)) < 0 || passage.quoted(end))) {
                    end++;
                }
                if (end <= titleStart) {
                    break;
                }
                items.add(new Found(at, titleStart, end, "word", m.group(2), m.group(), n,
                        text.substring(titleStart, end).strip()));
                if (end >= paragraphEnd || text.charAt(end) == '。' && !nextPoint(text, end + 1, paragraphEnd, n + 1, m.group(2))) {
                    break;
                }
                at = end + 1;
            }
            if (items.size() >= (introduced || opening ? 2 : 3)) {
                out.addAll(items);
                i = items.get(items.size() - 1).titleEnd();
            }
        }
        return out;
    }

    /** Whether the point numbered {@code n} (四是) opens the text at {@code at}, after the 。 that ended the one before. */
    private static boolean nextPoint(String text, int at, int paragraphEnd, int n, String suffix) {
        Matcher next = region(WORD, text, at, paragraphEnd);
        return next.lookingAt() && number(next.group(1)) == n && next.group(2).equals(suffix);
    }

    private static Found markerAt(Passage passage, int at, boolean sentenceStart) {
        String text = passage.text;
        int paragraphEnd = passage.paragraphEnd(at);
        if (at >= paragraphEnd || passage.quoted(at) || MARKER_START.indexOf(text.charAt(at)) < 0) {
            return null;
        }
        Matcher m;
        if ((m = region(ASPECT, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "aspect", null, m.group(), m.group(1) == null ? 1 : 2);
        }
        if ((m = region(ORDINAL, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "ordinal", null, m.group(), number(m.group(1)));
        }
        if ((m = region(PAREN, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "paren", null, m.group(), number(m.group(1)));
        }
        if ((m = region(PAREN_ARABIC, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "parenArabic", null, m.group(), Integer.parseInt(m.group(1)));
        }
        if ((m = region(DUN, text, at, paragraphEnd)).lookingAt() && !region(DUN, text, m.end(), paragraphEnd).lookingAt()) {
            // (一、二、三产业… is a list of numbers, not a heading)
            return numbered(passage, at, m.end(), "dun", null, m.group(), number(m.group(1)));
        }
        if ((m = region(ROW, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "row", null, m.group(1), Integer.parseInt(m.group(1)));
        }
        if ((m = region(ARABIC, text, at, paragraphEnd)).lookingAt()) {
            // 1. and 1、 are one kind: sources mix them for the same level
            return numbered(passage, at, m.end(), "arabic", null, m.group(),
                    Integer.parseInt(m.group(1)));
        }
        if (passage.paragraphStart(at) == at && (m = region(PADDED, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "padded", null, m.group(1), Integer.parseInt(m.group(1)));
        }
        if ((m = region(PAREN_DIGIT, text, at, paragraphEnd)).lookingAt()) {
            int n = text.charAt(at) - 0x2473;
            return numbered(passage, at, m.end(), "parenArabic", null, m.group(), n);
        }
        if ((m = region(DOTTED_DIGIT, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "dotted", null, m.group(), text.charAt(at) - 0x2487);
        }
        if ((m = region(CIRCLED, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "circled", null, m.group(), text.charAt(at) - 0x245F);
        }
        if ((m = region(WORD, text, at, paragraphEnd)).lookingAt()) {
            return numbered(passage, at, m.end(), "word", m.group(2), m.group(), number(m.group(1)));
        }
        if (passage.paragraphStart(at) == at && (m = region(SPACED_NUMERAL, text, at, paragraphEnd)).lookingAt()
                && paragraphEnd - at <= 32 && text.substring(at, paragraphEnd).chars().noneMatch(c -> c == '。' || c == '，')) {
            // 一 打造营商服务环境新标杆: a newspaper's heading, its numeral set off by a space
            return numbered(passage, at, m.end(), "spaced", null, m.group(1), number(m.group(1)));
        }
        if (sentenceStart && text.charAt(at) == '要') {
            return heading(passage, at);
        }
        return null;
    }

    /**
     * A preview of the speech's points before its first heading — 我再讲三点意见：一是认清形势。二是抢抓机遇。三是强化责任。
     * — is a run of items in one paragraph, each no more than its title sentence. It is preamble, not structure.
     */
    static List<Found> withoutPreviews(Passage passage, List<Found> found) {
        int firstHeading = Integer.MAX_VALUE;
        for (Found f : found) {
            boolean atParagraphStart = passage.paragraphStart(f.start()) == f.start();
            if (atParagraphStart && !f.family().equals("word") && !f.family().equals("yao") && !f.family().equals("aspect")
                    && !f.family().equals("circled")) {
                firstHeading = f.start();
                break;
            }
        }
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < found.size()) {
            Found f = found.get(i);
            int j = i;
            while (j + 1 < found.size() && found.get(j + 1).family().equals(f.family())
                    && found.get(j + 1).number() == found.get(j).number() + 1
                    && onlyTitleBetween(passage, found.get(j), found.get(j + 1))) {
                j++;
            }
            Found last = found.get(j);
            boolean lastIsBare = passage.paragraphEnd(last.titleEnd()) <= last.titleEnd() + 1;
            boolean bareTitles = true; // a preview names its points; items that go on after a comma are the points
            for (int k = i; k <= j; k++) {
                bareTitles &= found.get(k).title().indexOf('，') < 0;
            }
            boolean preview = j > i && f.number() == 1 && last.start() < firstHeading && lastIsBare && bareTitles
                    && passage.paragraphStart(f.start()) == passage.paragraphStart(last.start());
            if (!preview) {
                for (int k = i; k <= j; k++) {
                    out.add(found.get(k));
                }
            }
            i = j + 1;
        }
        return out;
    }

    /** 要-headings before the first numbered marker belong to the preamble (…大家要认真学习领会。). */
    static List<Found> withoutEarlyHeadings(List<Found> found) {
        int firstNumbered = found.stream().filter(f -> !f.family().equals("yao")).mapToInt(Found::start).min()
                .orElse(Integer.MAX_VALUE);
        if (firstNumbered == Integer.MAX_VALUE) {
            return found;
        }
        return found.stream().filter(f -> !f.family().equals("yao") || f.start() > firstNumbered).toList();
    }

    /** The next item follows right after this one's title sentence. */
    private static boolean onlyTitleBetween(Passage passage, Found a, Found b) {
        return b.start() - a.titleEnd() <= 2;
    }

    /** A 要-heading: 要稳企业。 — a whole sentence, no comma, at most twenty characters. */
    private static Found heading(Passage passage, int at) {
        String text = passage.text;
        Passage.Span sentence = passage.sentenceAt(at);
        int end = sentence.end();
        String body = text.substring(at, end).strip();
        char last = body.isEmpty() ? ' ' : body.charAt(body.length() - 1);
        if (last == '？' || last == '”') {
            return null;
        }
        if (Passage.SENTENCE_END.indexOf(last) >= 0) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.length() < 3 || body.length() > HEADING_MAX || body.chars().anyMatch(c -> "，,；;：:、".indexOf(c) >= 0)
                || NOUN_YAO.matcher(body).lookingAt()) {
            return null;
        }
        return new Found(at, at + 1, at + body.length(), "yao", null, "要", 1, body.substring(1));
    }

    /** Whether a marker opens a sentence of its own inside a paragraph (…整洁。二是县建设部门要…；县市容园林局…). */
    private static boolean afterSentence(String text, int at) {
        return at > 0 && "。！？".indexOf(text.charAt(at - 1)) >= 0;
    }

    /** 要点都在这里了 — a noun that begins with 要 starts no 要-heading. */
    private static final Pattern NOUN_YAO = Pattern.compile("要(?:点|闻|素|件|领|旨|义|目)");

    /** The next item of a list written inside one sentence, right after a ；. */
    private static final Pattern NEXT_ITEM = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]{1,3}[、是要]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.．、]|第[一二三四五六七八九十]{1,3}[，、,是])");

    private static Found numbered(Passage passage, int at, int markerEnd, String family, String suffix,
                                  String marker, int number) {
        String text = passage.text;
        int paragraphEnd = passage.paragraphEnd(markerEnd);
        int titleStart = markerEnd;
        while (titleStart < paragraphEnd && "，、：,: \t".indexOf(text.charAt(titleStart)) >= 0) {
            titleStart++;
        }
        int titleEnd = paragraphEnd;
        for (int i = titleStart; i < paragraphEnd; i++) {
            char c = text.charAt(i);
            if ("。！？；".indexOf(c) >= 0 && !passage.quoted(i)) {
                if (c == '；' && (passage.paragraphStart(at) != at && !afterSentence(text, at)
                        || NEXT_ITEM.matcher(text).region(i + 1, paragraphEnd).lookingAt())) {
                    return null; // an item of a list inside one sentence (一要…；二要…)
                }
                // 一、实施城镇道路畅通工程，新建改造道路10条；新增停车位1000个。 on a line of its own: an item whose
                // sentence has clauses
                titleEnd = i;
                break;
            }
        }
        if (titleEnd <= titleStart || number <= 0) {
            return null;
        }
        return new Found(at, titleStart, titleEnd, family, suffix, marker, number,
                text.substring(titleStart, titleEnd).strip());
    }

    private static Result build(Passage passage, List<Found> found) {
        String text = passage.text;
        // 一是 … 二要 … 三要: a numbering that goes on with another word stays one list
        List<String> keys = new ArrayList<>();
        Map<String, Integer> lastNumber = new HashMap<>();
        Map<String, Integer> lastSeen = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String key = f.key();
            if (f.family().equals("word") && f.number() > 1 && !Integer.valueOf(f.number() - 1).equals(lastNumber.get(key))) {
                String best = null;
                for (String candidate : List.of("word是", "word要")) {
                    if (Integer.valueOf(f.number() - 1).equals(lastNumber.get(candidate))
                            && (best == null || lastSeen.get(candidate) > lastSeen.get(best))) {
                        best = candidate;
                    }
                }
                key = best != null ? best : key;
            }
            keys.add(key);
            lastNumber.put(key, f.number());
            lastSeen.put(key, i);
        }
        // Nesting: a marker closes the open nodes down to the last one of its own kind (a sibling); a kind not open
        // yet nests under whatever is open. So each kind takes the depth its document gives it where it first appears.
        record Open(String key, Builder node) {}
        Deque<Open> stack = new ArrayDeque<>();
        List<Builder> nodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String key = keys.get(i);
            if (stack.stream().anyMatch(o -> key.equals(o.key()))) {
                while (!key.equals(stack.pop().key())) {
                    // close the deeper nodes, then the sibling itself
                }
            } else if (HEADING_FAMILIES.contains(f.family())) {
                // numbered headings (一、 （一） 1. 第一，) do not live inside 一是/一要/要 lists
                while (!stack.isEmpty() && (stack.peek().node() == null
                        || !HEADING_FAMILIES.contains(stack.peek().node().found.family()))) {
                    stack.pop();
                }
            }
            if (f.family().equals("dun") && !seen.contains(key) && !stack.isEmpty()
                    && stack.stream().allMatch(o -> o.node() != null && INNER_HEADINGS.contains(o.node().found.family()))
                    && nodes.get(0).found.family().equals(stack.peekLast().node().found.family()) && nodes.get(0).found.number() > 1) {
                // a text cut from inside 一、's （五）（六） reaches 二、: the heading above them, not one of their items;
                // when that 二、 opens the plan (二、2022年发展思路和工作重点) what came before is the review's end
                stack.clear();
                if (PLAN_TITLE.matcher(f.title()).find()) {
                    nodes.forEach(n -> n.beforePlan = true);
                }
            }
            if (stack.isEmpty() && f.number() > 1 && !seen.contains(key) && !HEADING_FAMILIES.contains(f.family())) {
                // a list resumed after omitted text lost the heading it stood under
                stack.push(new Open(null, null));
            }
            seen.add(key);
            Builder parent = stack.stream().map(Open::node).filter(n -> n != null).findFirst().orElse(null);
            Builder b = new Builder(f, stack.size() + 1, parent);
            if (parent != null) {
                parent.children++;
            }
            nodes.add(b);
            stack.push(new Open(key, b));
        }

        int bodyEnd = bodyEnd(passage, nodes.get(nodes.size() - 1).found.start());
        for (int i = 0; i < nodes.size(); i++) {
            Builder b = nodes.get(i);
            b.end = bodyEnd;
            for (int j = i + 1; j < nodes.size(); j++) {
                if (nodes.get(j).depth <= b.depth) {
                    b.end = nodes.get(j).found.start();
                    break;
                }
            }
            b.id = "n" + (i + 1);
        }
        // an item that starts inside a paragraph (…潜力优势：一是机遇更大。…三是后劲更足。) and has no items of its own
        // ends with that paragraph: the unmarked paragraphs after the list (今年经济社会发展的主要预期目标是…) belong
        // to what the list stands under, not to its last item
        for (Builder b : nodes) {
            int paragraph = passage.paragraphStart(b.found.start());
            if (b.children == 0 && paragraph < b.found.start() && !text.substring(paragraph, b.found.start()).isBlank()) {
                int paragraphEnd = passage.paragraphEnd(b.found.start());
                if (paragraphEnd < b.end) {
                    b.end = paragraphEnd;
                }
            }
        }
        // the parents of a （一） that has items of its own (null: the top level): there the （一）… are the 方面
        Set<Builder> overSections = new HashSet<>();
        nodes.stream().filter(o -> o.children > 0 && o.found.family().equals("paren")).forEach(o -> overSections.add(o.parent));
        List<Node> out = new ArrayList<>();
        boolean flat = nodes.size() > 1 && nodes.stream().allMatch(n -> n.children == 0 && n.found.family().equals("dun"));
        for (Builder b : nodes) {
            Found f = b.found;
            String kind = NodeKinds.classify(f.family(), f.title(), b.children > 0);
            b.reviewing = b.parent != null && (b.parent.reviewing || b.parent.kind.equals("review")
                    || NodeKinds.REVIEW_HEADING.matcher(b.parent.found.title()).find());
            int end = trimEnd(text, f.start(), b.end);
            if (kind.equals("area") && b.children == 0 && f.family().equals("paren") && !SECTION.matcher(f.title()).find()
                    && end - f.start() - f.title().length() >= LEAF_BODY
                    && !overSections.contains(b.parent)) {
                // （一）加快产业体系建设。推进产业项目建设。… — a （一） heading with a paragraph of work and no items of
                // its own is what a clerk takes in as one task (a work report's run-in sub-headings are not split);
                // 一、 headings, the standard sections of a plan (主要目标、工作要求…) and a （六） whose sibling
                // （一）…（五） have items of their own (those are the 方面, their items the tasks) stay what they were
                kind = b.reviewing ? "review" : "task";
            }
            if (flat && kind.equals("area") && !SECTION.matcher(f.title()).find() && !PLAN_TITLE.matcher(f.title()).find()
                    && end - f.start() - f.title().length() >= FLAT_BODY) {
                // 一、抓好河道综合整治 今年完成河道清淤12公里，由区城管局牵头… 二、…: when a text's only headings are 一、
                // 二、 with the work in paragraphs under them, those headings are its tasks
                kind = b.reviewing ? "review" : "task";
            }
            if (b.beforePlan && (kind.equals("task") || kind.equals("area"))) {
                kind = "review"; // （五）全心全意惠民生… above 二、2022年发展思路和工作重点
            }
            if (b.reviewing && kind.equals("task") && !NodeKinds.imperative(f.title())) {
                kind = "review"; // 一是综合经济实力跃上大台阶, under 一、2008年工作回顾
            }
            b.kind = kind;
            out.add(new Node(b.id, b.parent == null ? null : b.parent.id, b.depth, f.marker(), kind, f.title(),
                    text.substring(f.start(), end), f.start(), end));
        }
        return new Result(out, found.get(0).start(), bodyEnd, false);
    }

    /** The closing (同志们，… / 总之，…) after the last node is not part of it. */
    private static int bodyEnd(Passage passage, int lastNodeStart) {
        for (Passage.Span p : passage.paragraphs()) {
            if (p.start() > lastNodeStart && CLOSING.matcher(p.of(passage.text)).find()) {
                return p.start();
            }
        }
        return passage.text.length();
    }

    /**
     * Without any marker, each task-like sentence becomes a node of its own — but not what a news report says about
     * its meeting (新闻稿): the headline (a first line without a full stop, more lines after it), the lead and the
     * lines on who chaired and attended, and reported speech that states rather than directs
     * ({@link NodeKinds#aboutTheMeeting}).
     */
    private static Result flat(Passage passage) {
        String text = passage.text;
        List<Node> nodes = new ArrayList<>();
        int first = -1;
        int headlineEnd = -1;
        List<Passage.Span> paragraphs = passage.paragraphs();
        if (paragraphs.size() > 1) {
            String line = paragraphs.get(0).of(text).strip();
            if (line.length() <= 50 && !line.matches(".*[。！？；：].*")) {
                headlineEnd = paragraphs.get(0).end();
            }
        }
        for (Passage.Span s : passage.sentences()) {
            String sentence = s.of(text).strip();
            if (sentence.length() < 8 || !NodeKinds.TASK_LIKE.matcher(sentence).find()
                    || sentence.startsWith("同志们") || s.end() <= headlineEnd
                    || NodeKinds.CLUTTER_SENTENCE.matcher(sentence).find()) {
                continue;
            }
            if (NodeKinds.aboutTheMeeting(sentence)) {
                continue;
            }
            String title = sentence.replaceAll("[。！？]+$", "");
            String id = "n" + (nodes.size() + 1);
            nodes.add(new Node(id, null, 1, null, "task", title, sentence, s.start(), s.end()));
            if (first < 0) {
                first = s.start();
            }
        }
        return new Result(nodes, first < 0 ? text.length() : first, text.length(), true);
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static int skipSpaces(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static Matcher region(Pattern p, String text, int from, int to) {
        return p.matcher(text).region(from, to);
    }

    private static int number(String chinese) {
        return (int) ChineseNumbers.chinese(chinese);
    }

    private static final class Builder {
        final Found found;
        final int depth;
        boolean beforePlan;
        final Builder parent;
        int children;
        int end;
        String id;
        String kind = "";
        boolean reviewing;

        Builder(Found found, int depth, Builder parent) {
            this.found = found;
            this.depth = depth;
            this.parent = parent;
        }
    }
}
