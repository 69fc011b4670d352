package cn.luoshi.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * 全文检索的查询词: what a person typed into the search box, split at spaces into words that must all occur (并且).
 * Chinese has no spaces between words, so each word matches anywhere inside the searched text ("contains", not "starts
 * with"). A word is matched through the two-character pieces (二字片段) of the text — {@code luoshi_bigrams(text)}, a
 * GIN-indexed expression the searching modules create — and then checked exactly ({@code ilike}); a word must therefore
 * have at least two characters, and a query whose words are all single characters is refused with
 * {@link #problem()}. A word may also name a unit (单位简称或全称): the caller passes the ids of the units whose names
 * contain it ({@link #withUnits}) and a searching module then also finds the rows of those units.
 *
 * <p>Plain Java; the SQL it writes is a fragment with named parameters ({@code :sq0}, {@code :sq0like}, …).
 */
public final class SearchQuery {

    /** At most this many words are used (the rest is ignored, and said so). */
    public static final int MAX_WORDS = 5;
    /** At most this many characters per word. */
    public static final int MAX_WORD_LENGTH = 40;

    /** One word, with the units whose names contain it (empty when none or not looked up). */
    public record Word(String text, List<Long> unitIds) {

        public Word {
            unitIds = List.copyOf(unitIds);
        }
    }

    private final String raw;
    private final List<Word> words;
    private final String problem;

    private SearchQuery(String raw, List<Word> words, String problem) {
        this.raw = raw;
        this.words = List.copyOf(words);
        this.problem = problem;
    }

    /** Splits {@code q} into words; a query that cannot be searched carries its reason in {@link #problem()}. */
    public static SearchQuery parse(String q) {
        String raw = q == null ? "" : q.strip();
        List<Word> words = new ArrayList<>();
        for (String w : raw.split("[\\s\u3000]+")) {
            String t = w.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.codePointCount(0, t.length()) > MAX_WORD_LENGTH) {
                t = t.substring(0, t.offsetByCodePoints(0, MAX_WORD_LENGTH));
            }
            if (words.size() < MAX_WORDS && words.stream().noneMatch(x -> x.text().equalsIgnoreCase(w.strip()))) {
                words.add(new Word(t, List.of()));
            }
        }
        String problem = null;
        if (words.isEmpty()) {
            problem = "请输入要查找的词语。";
        } else if (words.stream().allMatch(w -> w.text().codePointCount(0, w.text().length()) < 2)) {
            problem = "请至少输入两个字：一个字会出现在几乎每一条记录里，查不出有用的结果（例如输入“道路”“整改”，不要只输入“路”）。";
        }
        return new SearchQuery(raw, words, problem);
    }

    /** The same words, each with the ids of the units whose names contain it. */
    public SearchQuery withUnits(Function<String, List<Long>> unitsNamed) {
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            out.add(new Word(w.text(), w.text().codePointCount(0, w.text().length()) < 2 ? List.of()
                    : unitsNamed.apply(w.text())));
        }
        return new SearchQuery(raw, out, problem);
    }

    public String raw() {
        return raw;
    }

    public List<Word> words() {
        return words;
    }

    /** Why this query is not searched (Chinese, for the page), or null when it can be. */
    public String problem() {
        return problem;
    }

    public boolean searchable() {
        return problem == null;
    }

    /**
     * The where-clause fragment: every word occurs in {@code textExpr} (the exact expression the module indexed with
     * {@code luoshi_bigrams}), or — when {@code unitClause} is given and the word names units — the row belongs to one
     * of them ({@code unitClause} receives the array parameter's name, e.g. {@code ":sq0units"}, and returns SQL such
     * as {@code "o.unit_id = any(:sq0units)"}). Fills {@code params}.
     */
    public String where(String textExpr, Function<String, String> unitClause, Map<String, Object> params) {
        return where(textExpr, unitClause, params, w -> false);
    }

    /**
     * As {@link #where(String, Function, Map)}, but a word for which {@code common} is true is tested with
     * {@code ilike} alone, without its pieces: PostgreSQL then reads the newest rows until enough match instead of
     * collecting every match through the index ({@link SearchStatistics}).
     */
    public String where(String textExpr, Function<String, String> unitClause, Map<String, Object> params,
            java.util.function.Predicate<String> common) {
        if (!searchable()) {
            throw new IllegalStateException(problem);
        }
        StringBuilder sql = new StringBuilder("true");
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String p = "sq" + i;
            String lower = w.text().toLowerCase(Locale.ROOT);
            params.put(p + "like", "%" + escapeLike(lower) + "%");
            String text;
            if (lower.codePointCount(0, lower.length()) >= 2 && !common.test(w.text())) {
                params.put(p, lower);
                // ilike first: inside an OR (a word that also names units) PostgreSQL evaluates left to right, and
                // the exact test is far cheaper per row than computing the pieces; an index still serves the @>.
                text = "(" + textExpr + " ilike :" + p + "like and luoshi_bigrams(" + textExpr
                        + ") @> luoshi_bigrams(cast(:" + p + " as text)))";
            } else {
                text = "(" + textExpr + " ilike :" + p + "like)";
            }
            if (unitClause != null && !w.unitIds().isEmpty()) {
                params.put(p + "units", w.unitIds().toArray(Long[]::new));
                text = "(" + unitClause.apply(":" + p + "units") + " or " + text + ")";
            }
            sql.append(" and ").append(text);
        }
        return sql.toString();
    }

    /** {@code %}, {@code _} and {@code \} taken literally in an {@code ilike} pattern. */
    public static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The two-character pieces of {@code word}, lower-cased, as {@code luoshi_bigrams} makes them. */
    public static java.util.Set<String> bigrams(String word) {
        String l = word.toLowerCase(Locale.ROOT);
        int[] cps = l.codePoints().toArray();
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    /** The words' texts (for highlighting). */
    public List<String> texts() {
        return words.stream().map(Word::text).toList();
    }
}
