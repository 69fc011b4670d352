package cn.luoshi.ingest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The normalised text with what every rule needs to know about a position: in which paragraph and sentence it
 * lies and whether it is inside quotation marks (引号内) — quoted words are names and slogans, not structure.
 */
final class Passage {

    static final String SENTENCE_END = "。！？";

    record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    final String text;
    private final boolean[] quoted;
    private final List<Span> paragraphs;
    private final List<Span> sentences;

    Passage(String text) {
        this.text = text;
        this.quoted = quoteMask(text);
        this.paragraphs = splitParagraphs(text);
        this.sentences = splitSentences(text, paragraphs);
    }

    boolean quoted(int i) {
        return i >= 0 && i < quoted.length && quoted[i];
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    List<Span> sentences() {
        return sentences;
    }

    /** The sentence containing {@code i}. */
    Span sentenceAt(int i) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid);
            if (i < s.start()) {
                hi = mid - 1;
            } else if (i >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return new Span(i, i);
    }

    int paragraphEnd(int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }

    int paragraphStart(int i) {
        return text.lastIndexOf('\n', i - 1) + 1;
    }

    /** Depth of “” 「」 『』 per paragraph; a quote left open by the source ends with its paragraph, unless its marks were turned about (see {@link #turnedAbout}). */
    /** Longer than a name or a slogan, with a clause break inside: a passage quoted from what was said. */
    private static final int QUOTED_SPEECH = 30;
    private static final java.util.regex.Pattern SPEECH_MARK = java.util.regex.Pattern.compile("[，：；。]");

    private static boolean[] quoteMask(String text) {
        boolean[] mask = new boolean[text.length()];
        int depth = 0;
        int opened = -1;
        List<int[]> inner = new ArrayList<>();
        int innerOpened = -1;
        int strayClose = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                turnedAbout(mask, depth, opened, strayClose, i);
                depth = 0;
                strayClose = -1;
            } else if (c == '“' || c == '「' || c == '『') {
                if (depth == 0) {
                    opened = i;
                    inner.clear();
                } else if (depth == 1) {
                    innerOpened = i;
                }
                depth++;
            } else if ((c == '”' || c == '」' || c == '』') && depth == 0) {
                strayClose = i;
            } else if ((c == '”' || c == '」' || c == '』') && depth > 0) {
                depth--;
                mask[i] = true;
                if (depth == 1 && innerOpened >= 0) {
                    inner.add(new int[] {innerOpened, i});
                }
                if (depth == 0 && opened >= 0 && i - opened > QUOTED_SPEECH && SPEECH_MARK.matcher(text.substring(opened, i)).find()) {
                    // “2018年我县…主要预期目标是：生产总值增长8.5%以上，…”: a passage quoted from the report is its words,
                    // not a name or a slogan — but a name quoted inside it (“三个高地”) stays a name
                    java.util.Arrays.fill(mask, opened, i + 1, false);
                    for (int[] q : inner) {
                        java.util.Arrays.fill(mask, q[0], q[1] + 1, true);
                    }
                }
                continue;
            }
            mask[i] = depth > 0;
        }
        turnedAbout(mask, depth, opened, strayClose, text.length());
        return mask;
    }

    /**
     * A quote still open where its paragraph ends, after a closing mark that closed nothing, was no quote: the
     * source's marks were turned about (按照我县”十三五“规划…), so what follows the opening mark is the text's own words
     * again. A quote left open with no such mark before it (a speech quoted up to where the source breaks off) stays
     * one.
     */
    private static void turnedAbout(boolean[] mask, int depth, int opened, int strayClose, int end) {
        if (depth > 0 && opened >= 0 && strayClose >= 0 && strayClose < opened) {
            java.util.Arrays.fill(mask, opened, end, false);
        }
    }

    private static List<Span> splitParagraphs(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    spans.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return Collections.unmodifiableList(spans);
    }

    private static List<Span> splitSentences(String text, List<Span> paragraphs) {
        List<Span> spans = new ArrayList<>();
        for (Span p : paragraphs) {
            int start = p.start();
            for (int i = p.start(); i < p.end(); i++) {
                if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                    int end = i + 1;
                    while (end < p.end() && "”’」』）".indexOf(text.charAt(end)) >= 0) {
                        end++;
                    }
                    spans.add(new Span(start, end));
                    start = end;
                    i = end - 1;
                }
            }
            if (start < p.end()) {
                spans.add(new Span(start, p.end()));
            }
        }
        return Collections.unmodifiableList(spans);
    }
}
