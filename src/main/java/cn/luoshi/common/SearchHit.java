package cn.luoshi.common;

import java.time.LocalDate;
import java.util.List;

/**
 * One record found by 全文检索: what it is called, a piece of its text around the first word found (with the words
 * marked, {@link Snippet}), its date (with what the date means: 下达、报送、提出、签发、发布 …), the unit it belongs to, a
 * status in words, and the page that shows it.
 */
public record SearchHit(String title, List<Snippet.Part> titleParts, List<Snippet.Part> snippet, LocalDate date,
        String dateLabel, String unit, String status, String href) {

    public SearchHit {
        titleParts = List.copyOf(titleParts);
        snippet = List.copyOf(snippet);
    }

    /** A hit whose title and text are marked for {@code words}. */
    public static SearchHit of(List<String> words, String title, String text, LocalDate date, String dateLabel,
            String unit, String status, String href) {
        return new SearchHit(title, Snippet.mark(title, words), Snippet.around(text, words, Snippet.WIDTH), date,
                dateLabel, unit, status, href);
    }
}
