package cn.luoshi.common;

import java.util.List;

/**
 * The hits of one kind of record for a query: one page of them, newest first, and how many there are — counted up to
 * {@link #COUNT_CAP} only, so that a common word stays cheap ({@code capped} then says "1000+").
 */
public record SearchHits(List<SearchHit> hits, long count, boolean capped) {

    /** Counting stops here: beyond it the page says "1000+". */
    public static final int COUNT_CAP = 1000;

    public SearchHits {
        hits = List.copyOf(hits);
    }

    public static SearchHits none() {
        return new SearchHits(List.of(), 0, false);
    }

    /** From a count made with {@code limit COUNT_CAP + 1}. */
    public static SearchHits of(List<SearchHit> hits, long countUpToCapPlusOne) {
        boolean capped = countUpToCapPlusOne > COUNT_CAP;
        return new SearchHits(hits, capped ? COUNT_CAP : countUpToCapPlusOne, capped);
    }

    /** "12", or "1000+" when counting stopped. */
    public String countText() {
        return capped ? COUNT_CAP + "+" : Long.toString(count);
    }

    /** SQL that counts the rows of {@code selectOnes} (a {@code select 1 from … where …}) up to the cap and one more. */
    public static String cappedCount(String selectOnes) {
        return "select count(*) from (" + selectOnes + " limit " + (COUNT_CAP + 1) + ") capped";
    }
}
