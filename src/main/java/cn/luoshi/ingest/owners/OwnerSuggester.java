package cn.luoshi.ingest.owners;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 牵头单位建议 — who should lead a drafted task that the speech gives to no one, the way a 督查室 clerk reasons: from
 * the units' duties (职责关键词) and from who was given similar work before (同类任务); and, for a lead unit, who its
 * 牵头区领导 (the leader whose 分管 portfolio holds it) and 责任人 (its head) are. Plain Java; every answer carries its
 * reasons in words, and weak or tied evidence gives no answer rather than a wrong one. Not thread-safe (it caches the
 * words of past titles): one instance per upload.
 *
 * <p>Scores, per unit:
 * <ul>
 *   <li>职责关键词: each of the unit's keywords found in the task counts once, by where it is found — the title
 *       {@value #TITLE}, the task's own paragraph {@value #TEXT}, the headings above it or the titles of its items
 *       {@value #CONTEXT} — divided by the number of units holding that keyword (a keyword two units share says half as
 *       much); a keyword inside a longer one also found (养老 in 居家养老) is not counted again. Keywords are matched
 *       on HanLP's words ({@link Segments.Words#contains}).</li>
 *   <li>同类任务: each task already in the ledger whose title shares two significant words with this title (or one of
 *       three characters or more) counts {@value #PAST} for its lead unit, halved for every year since it was given.</li>
 * </ul>
 * The best unit is suggested when its score is at least {@value #ENOUGH} and at least {@value #MARGIN} times the
 * second's; otherwise nothing is suggested and the reason says why (依据不足 / 依据相当). Other units whose keywords
 * alone score {@value #ENOUGH} are suggested as 配合单位 (at most {@value #MAX_CO}). Units with equal scores are
 * ranked by the keywords found in the title (the title names the task: 深化改革 in the title outweighs 民营企业 twice
 * in the paragraph), then by duty keywords, then by pieces of evidence, then by the organisation's order; the reason
 * of a tentative pre-selection says which decided (标题点到 / 依据条数较多 / 单位排序在前…), and weak evidence that
 * two units share equally says so (依据不足，甲与乙依据相当). A keyword that stands only inside another unit's longer
 * keyword (工业 in 工业遗产) is that unit's phrase and no evidence of its own.
 */
public final class OwnerSuggester {

    public static final double TITLE = 2.0;
    public static final double TEXT = 1.0;
    public static final double CONTEXT = 0.5;
    public static final double PAST = 1.5;
    /** 采纳记录: what one learned word found in the title says at most (in the paragraph half, around it a quarter). */
    public static final double LEARNED = 1.0;
    /** 采纳记录: a learned word counts for a unit that led at least this share of the accepted tasks with it. */
    public static final double LEARNED_SHARE = 0.6;
    /** 采纳记录: a learned word counts once it was seen in this many accepted tasks. */
    public static final int LEARNED_MIN = 2;
    public static final double ENOUGH = 2.0;
    public static final double MARGIN = 1.5;
    public static final int MAX_CO = 3;
    private static final int SHOWN_KEYWORDS = 3;

    /** A unit that may lead: its id, the name reasons use, its duty keywords (may be empty). */
    public record Candidate(long unitId, String name, List<String> keywords) {
    }

    /** A task already in the ledger: its title, its lead unit and when it was given (start date or deadline). */
    public record PastTask(String title, long leadUnitId, LocalDate given) {
    }

    /**
     * 采纳记录: a word of tasks accepted earlier and how many of them the unit was given the lead of (see
     * {@link LearnedWords}).
     */
    public record LearnedWord(String word, long unitId, int tasks) {
    }

    /** A district leader (区领导) and the units in the portfolio (分管). */
    public record Leader(long personId, String name, Set<Long> unitIds) {
    }

    /** A person of a unit (not a district leader), in the organisation's order. */
    public record Member(long unitId, String name, String position) {
    }

    /** A drafted row: its title, its own paragraph, and the headings above it and titles of its items. */
    public record Drafted(String title, String text, List<String> context) {
    }

    /**
     * The answer for one row: the lead (null: none suggested), co-units, the reasons in words, and which evidence
     * carried the lead (duty keywords, similar tasks or both).
     */
    public record Suggestion(Long leadUnitId, List<Long> coUnitIds, List<String> reasons, boolean byDuty,
            boolean byHistory, boolean tentative) {
        public boolean found() {
            return leadUnitId != null;
        }
    }

    /**
     * A unit's 牵头区领导 and 责任人 as the organisation gives them, each with its reason ("张卫东分管区住建局",
     * "区住建局局长"; the leader's reason also says why there is none).
     */
    public record Owner(Long leaderId, String leaderReason, String person, String personReason) {
    }

    /** Titles of a unit's head (局长、主任、党工委书记…), not a deputy's. */
    private static final Pattern HEAD = Pattern.compile("^(?!.*副).*(局长|主任|部长|书记|主席|队长|院长|站长|所长|行长|馆长|社长|区长|镇长|乡长)$");

    private final Map<Long, Candidate> units = new LinkedHashMap<>();
    private final Map<String, Integer> holders = new HashMap<>();
    private final List<Past> history = new ArrayList<>();
    private final List<Leader> leaders;
    private final List<Member> members;
    /** Weak or tied evidence pre-selects the best unit, marked to be checked, instead of none. */
    private boolean tentative;

    /** 采纳记录 by word: unit id → accepted tasks it led with the word. */
    private final Map<String, Map<Long, Integer>> learned = new HashMap<>();

    private record Past(String title, long leadUnitId, double weight) {
    }

    /** Significant words of past titles, cut only for titles that contain a word of some drafted title. */
    private final Map<String, Set<String>> pastWords = new HashMap<>();

    /**
     * @param units every unit that may lead, with its keywords
     * @param history tasks already in the ledger
     * @param leaders district leaders with their portfolios
     * @param members people of the units (not leaders), in order
     * @param asOf the directive's date: how old the history is
     */
    public OwnerSuggester(List<Candidate> units, List<PastTask> history, List<Leader> leaders, List<Member> members,
            LocalDate asOf) {
        this(units, history, List.of(), leaders, members, asOf);
    }

    /**
     * @param learned 采纳记录: words of accepted tasks with the lead units the clerks chose
     */
    public OwnerSuggester(List<Candidate> units, List<PastTask> history, List<LearnedWord> learned,
            List<Leader> leaders, List<Member> members, LocalDate asOf) {
        for (LearnedWord w : learned) {
            this.learned.computeIfAbsent(w.word(), k -> new HashMap<>()).merge(w.unitId(), w.tasks(), Integer::sum);
        }
        for (Candidate c : units) {
            this.units.put(c.unitId(), c);
            c.keywords().stream().distinct().forEach(k -> holders.merge(k, 1, Integer::sum));
        }
        for (PastTask p : history) {
            if (!this.units.containsKey(p.leadUnitId()) || p.title() == null) {
                continue;
            }
            this.history.add(new Past(p.title(), p.leadUnitId(), PAST * recency(p.given(), asOf)));
        }
        this.leaders = List.copyOf(leaders);
        this.members = List.copyOf(members);
    }

    /** This suggester, pre-selecting on weak or tied evidence too (marked {@link Suggestion#tentative}). */
    public OwnerSuggester tentative(boolean on) {
        this.tentative = on;
        return this;
    }

    /** Halved for every year between when the task was given and the directive's date; a later task counts fully. */
    static double recency(LocalDate given, LocalDate asOf) {
        if (given == null || asOf == null) {
            return 0.5;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(given, asOf));
        return Math.pow(0.5, days / 365.0);
    }

    /** What the evidence says for one unit. */
    private static final class Score {
        final Candidate unit;
        double duty;
        /** The part of {@link #duty} found in the title. */
        double titled;
        double past;
        double learnt;
        final Map<String, Integer> learntWords = new LinkedHashMap<>();
        final Map<String, Double> keywords = new LinkedHashMap<>();
        int similar;
        String example;

        Score(Candidate unit) {
            this.unit = unit;
        }

        double total() {
            return duty + past + learnt;
        }

        /** Pieces of evidence: keywords, similar tasks and learned words. */
        int pieces() {
            return keywords.size() + similar + learntWords.size();
        }

        List<String> topKeywords() {
            return keywords.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(SHOWN_KEYWORDS).map(Map.Entry::getKey).toList();
        }

        String dutyWords() {
            StringBuilder sb = new StringBuilder("职责关键词");
            topKeywords().forEach(k -> sb.append('「').append(k).append('」'));
            return sb.toString();
        }

        /** "职责关键词「老旧小区」→ 区住建局" and/or "同类任务曾由区发改委牵头（3次，如「稳投资」）". */
        List<String> because() {
            List<String> out = new ArrayList<>();
            if (duty > 0) {
                out.add(dutyWords() + " → " + unit.name());
            }
            if (similar > 0) {
                out.add("同类任务曾由" + unit.name() + "牵头（" + similar + "次，如「" + example + "」）");
            }
            if (learnt > 0) {
                StringBuilder sb = new StringBuilder("采纳记录：含");
                learntWords.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(SHOWN_KEYWORDS).forEach(e -> sb.append('「').append(e.getKey()).append('」'));
                out.add(sb + "的任务多由" + unit.name() + "牵头（已确认入账的任务中）");
            }
            return out;
        }
    }

    /** The suggestion for one drafted row (see the class comment for the rule). */
    public Suggestion suggest(Drafted d) {
        Map<Long, Score> scores = new LinkedHashMap<>();
        Segments.Words title = Segments.of(d.title());
        Segments.Words text = Segments.of(d.text());
        String contextText = String.join("。", d.context() == null ? List.of() : d.context());
        Segments.Words context = Segments.of(contextText);
        Map<Long, List<String>> present = new LinkedHashMap<>();
        Set<String> anywhere = new HashSet<>();
        for (Candidate c : units.values()) {
            List<String> ks = c.keywords().stream()
                    .filter(k -> title.contains(k) || text.contains(k) || context.contains(k)).distinct().toList();
            if (!ks.isEmpty()) {
                present.put(c.unitId(), ks);
                anywhere.addAll(ks);
            }
        }
        for (Candidate c : units.values()) {
            List<String> ks = present.get(c.unitId());
            if (ks == null) {
                continue;
            }
            Map<String, Double> found = new HashMap<>();
            for (String k : ks) {
                // a keyword that stands only inside another unit's longer keyword is that unit's phrase, not this
                // one's evidence (工业 in 工业遗产, 消费 in 消费维权)
                List<String> longer = anywhere.stream().filter(o -> o.length() > k.length() && o.contains(k)
                        && !c.keywords().contains(o)).toList();
                double where = title.contains(k) && free(d.title(), k, longer) ? TITLE
                        : text.contains(k) && free(d.text(), k, longer) ? TEXT
                        : context.contains(k) && free(contextText, k, longer) ? CONTEXT : 0;
                if (where > 0) {
                    found.merge(k, where / holders.getOrDefault(k, 1), Math::max);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            // One phrase is one piece of evidence: a keyword inside a longer one found too (养老 in 居家养老,
            // 江口 in 江口街道) adds nothing of its own; the longer one takes the better place.
            List<String> longestFirst = new ArrayList<>(found.keySet());
            longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            Score s = new Score(c);
            for (String k : longestFirst) {
                String outer = s.keywords.keySet().stream().filter(o -> o.contains(k)).findFirst().orElse(null);
                if (outer == null) {
                    s.keywords.put(k, found.get(k));
                } else {
                    s.keywords.merge(outer, found.get(k), Math::max);
                }
            }
            s.duty = s.keywords.values().stream().mapToDouble(Double::doubleValue).sum();
            s.titled = s.keywords.keySet().stream().filter(title::contains)
                    .mapToDouble(k -> s.keywords.get(k)).sum();
            scores.put(c.unitId(), s);
        }
        Set<String> words = Segments.significant(d.title());
        for (Past p : history) {
            if (words.stream().noneMatch(p.title()::contains)) {
                continue; // shares no word: no need to cut it (a city's ledger has 100,000 titles)
            }
            Set<String> theirs = pastWords.computeIfAbsent(p.title(), Segments::significant);
            long shared = theirs.stream().filter(words::contains).count();
            boolean specific = theirs.stream().anyMatch(w -> w.length() >= 3 && words.contains(w));
            if (shared >= 2 || specific) {
                Score s = scores.computeIfAbsent(p.leadUnitId(), id -> new Score(units.get(id)));
                s.past += p.weight();
                s.similar++;
                if (s.example == null) {
                    s.example = p.title();
                }
            }
        }
        learn(scores, d);
        List<Score> ranked = new ArrayList<>(scores.values());
        ranked.sort(Comparator.comparingDouble(Score::total).reversed()
                .thenComparing(Comparator.comparingDouble((Score s) -> s.titled).reversed())
                .thenComparing(Comparator.comparingDouble((Score s) -> s.duty).reversed())
                .thenComparing(Comparator.comparingInt(Score::pieces).reversed())
                .thenComparingLong(s -> s.unit.unitId()));
        if (ranked.isEmpty()) {
            return none("未能判断牵头单位：原文没有点名单位，也没有对上职责关键词或同类任务");
        }
        Score best = ranked.get(0);
        Score second = ranked.size() > 1 ? ranked.get(1) : null;
        boolean tied = second != null && best.total() == second.total();
        if (best.total() < ENOUGH && !tied) {
            String why = "依据不足（仅有" + String.join("；", best.because()) + "）";
            return tentative ? weak(best, "预选" + best.unit.name() + "，请核对：" + why) : none("未能判断牵头单位：" + why);
        }
        if (second != null && second.total() * MARGIN > best.total()) {
            String why = (best.total() < ENOUGH ? "依据不足，" : "") + best.unit.name() + "与" + second.unit.name()
                    + "依据相当（" + String.join("；", best.because()) + "；" + String.join("；", second.because()) + "）";
            return tentative ? weak(best, "预选" + best.unit.name() + tieBreak(best, second) + "，请核对：" + why)
                    : none("未能判断牵头单位：" + why);
        }
        List<String> reasons = new ArrayList<>();
        best.because().forEach(b -> reasons.add("依据：" + b));
        List<Long> co = new ArrayList<>();
        for (Score s : ranked.subList(1, ranked.size())) {
            if (co.size() < MAX_CO && s.duty >= ENOUGH) {
                co.add(s.unit.unitId());
                reasons.add("配合：" + s.dutyWords() + " → " + s.unit.name());
            }
        }
        return new Suggestion(best.unit.unitId(), List.copyOf(co), List.copyOf(reasons), best.duty > 0,
                best.similar > 0 || best.learnt > 0, false);
    }

    /**
     * 采纳记录: every field word ({@link Segments#topical}) of the row that accepted tasks have had at least {@value #LEARNED_MIN} times,
     * mostly ({@value #LEARNED_SHARE} or more) led by one unit, counts for that unit by where it is found (the title
     * {@value #LEARNED}, the paragraph half of it, the headings around a quarter) times that unit's share.
     */
    private void learn(Map<Long, Score> scores, Drafted d) {
        if (learned.isEmpty()) {
            return;
        }
        Map<String, Double> where = new LinkedHashMap<>();
        for (String w : Segments.topical(String.join("。", d.context() == null ? List.of() : d.context()))) {
            where.put(w, LEARNED / 4);
        }
        for (String w : Segments.topical(d.text())) {
            where.put(w, LEARNED / 2);
        }
        for (String w : Segments.topical(d.title())) {
            where.put(w, LEARNED);
        }
        where.forEach((w, weight) -> {
            Map<Long, Integer> byUnit = learned.get(w);
            if (byUnit == null) {
                return;
            }
            int total = byUnit.values().stream().mapToInt(Integer::intValue).sum();
            if (total < LEARNED_MIN) {
                return;
            }
            byUnit.forEach((unitId, n) -> {
                double share = (double) n / total;
                if (share < LEARNED_SHARE || !units.containsKey(unitId)) {
                    return;
                }
                Score s = scores.computeIfAbsent(unitId, id -> new Score(units.get(id)));
                s.learnt += weight * share;
                s.learntWords.put(w, n);
            });
        });
    }

    /**
     * Which rule put {@code best} before {@code second} (the ranking's order): more evidence (依据较多), the title
     * names it (标题点到), more duty keywords (职责关键词较多), more pieces of evidence (依据条数较多), else only the
     * organisation's order (单位排序在前 — said as such, not dressed up as evidence).
     */
    private static String tieBreak(Score best, Score second) {
        if (best.total() != second.total()) {
            return "（依据较多）";
        }
        if (best.titled != second.titled) {
            return "（标题点到）";
        }
        if (best.duty != second.duty) {
            return "（职责关键词较多）";
        }
        return best.pieces() != second.pieces() ? "（依据条数较多）" : "（单位排序在前）";
    }

    /** Whether {@code k} occurs in {@code s} at least once outside every occurrence of the {@code longer} phrases. */
    static boolean free(String s, String k, List<String> longer) {
        if (s == null) {
            return false;
        }
        if (longer.isEmpty()) {
            return true;
        }
        for (int at = s.indexOf(k); at >= 0; at = s.indexOf(k, at + 1)) {
            boolean covered = false;
            for (String o : longer) {
                for (int from = Math.max(0, at - o.length() + k.length()), j = s.indexOf(o, from);
                        j >= 0 && j <= at && !covered; j = s.indexOf(o, j + 1)) {
                    covered = j + o.length() >= at + k.length();
                }
            }
            if (!covered) {
                return true;
            }
        }
        return false;
    }

    private static Suggestion none(String reason) {
        return new Suggestion(null, List.of(), List.of(reason), false, false, false);
    }

    private static Suggestion weak(Score best, String reason) {
        return new Suggestion(best.unit.unitId(), List.of(), List.of(reason), best.duty > 0,
                best.similar > 0 || best.learnt > 0, true);
    }

    /**
     * 牵头区领导: the one leader whose portfolio holds the unit (none when no leader or several do); 责任人: the unit's
     * head (the first person whose title is a head's — 局长, 主任, 党工委书记 —, not a deputy), else its only person
     * as the contact.
     */
    public Owner ownerOf(long unitId) {
        Candidate unit = units.get(unitId);
        String name = unit == null ? "该单位" : unit.name();
        List<Leader> over = leaders.stream().filter(l -> l.unitIds().contains(unitId)).toList();
        Long leaderId = null;
        String leaderReason;
        if (over.size() == 1) {
            leaderId = over.get(0).personId();
            leaderReason = over.get(0).name() + "分管" + name;
        } else if (over.isEmpty()) {
            leaderReason = "组织机构中没有分管" + name + "的区领导";
        } else {
            leaderReason = name + "有多位分管区领导（" + String.join("、", over.stream().map(Leader::name).toList())
                    + "），请选择";
        }
        List<Member> people = members.stream().filter(m -> m.unitId() == unitId).toList();
        Member head = people.stream().filter(m -> m.position() != null && HEAD.matcher(m.position().strip()).matches())
                .findFirst().orElse(null);
        String person = null;
        String personReason = null;
        if (head != null) {
            person = head.name();
            personReason = name + head.position().strip();
        } else if (people.size() == 1) {
            person = people.get(0).name();
            personReason = name + "联系人" + (people.get(0).position() == null ? ""
                    : "（" + people.get(0).position() + "）");
        }
        return new Owner(leaderId, leaderReason, person, personReason);
    }

    /** The name reasons use for a unit, or null when it is not a candidate. */
    public String nameOf(long unitId) {
        Candidate c = units.get(unitId);
        return c == null ? null : c.name();
    }

    public boolean knows(long unitId) {
        return units.containsKey(unitId);
    }

    /** The units the rule knows, in the organisation's order. */
    public List<Long> unitIds() {
        return List.copyOf(units.keySet());
    }

    @Override
    public String toString() {
        return "OwnerSuggester[" + units.size() + " units, " + history.size() + " past tasks, "
                + Objects.requireNonNullElse(leaders, List.of()).size() + " leaders]";
    }
}
