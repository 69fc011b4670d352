package cn.luoshi.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 摘要与标亮: the piece of a text around the first word found, cut to a width, with every occurrence of the words
 * marked — as parts, so the page escapes the text and marks only what was found (no HTML is built from stored text).
 */
public final class Snippet {

    /** Characters of text shown around the first word found. */
    public static final int WIDTH = 90;

    /** A run of text, marked when it is one of the words. */
    public record Part(String text, boolean marked) {
    }

    private Snippet() {
    }

    /** The whole {@code text} with the words marked. */
    public static List<Part> mark(String text, List<String> words) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] hit = new boolean[text.length()];
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.isEmpty() || lw.length() != w.length()) {
                continue;
            }
            for (int at = lower.indexOf(lw); at >= 0; at = lower.indexOf(lw, at + 1)) {
                for (int i = at; i < at + lw.length() && i < hit.length; i++) {
                    hit[i] = true;
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || hit[i] != hit[start]) {
                parts.add(new Part(text.substring(start, i), hit[start]));
                start = i;
            }
        }
        return parts;
    }

    /**
     * About {@code width} characters of {@code text} (whitespace folded) around the first occurrence of any word, with
     * "…" where it was cut, the words marked; the text's beginning when no word occurs in it (the row was found by
     * another field, e.g. its unit).
     */
    public static List<Part> around(String text, List<String> words, int width) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        String lower = flat.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String w : words) {
            int at = lower.indexOf(w.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int from = first < 0 ? 0 : Math.max(0, first - width / 3);
        int to = Math.min(flat.length(), from + width);
        from = Math.max(0, Math.min(from, to - width));
        if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) {
            from--;
        }
        if (to < flat.length() && Character.isLowSurrogate(flat.charAt(to))) {
            to++;
        }
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part("…", false));
        }
        parts.addAll(mark(flat.substring(from, to), words));
        if (to < flat.length()) {
            parts.add(new Part("…", false));
        }
        return parts;
    }
}
