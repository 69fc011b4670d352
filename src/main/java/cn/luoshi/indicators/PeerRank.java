package cn.luoshi.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 位次 — the district's place among the peer set (各县（市、区）) on one indicator: "居第N位" counted from the best,
 * "倒数第N位" from the worst. Ties share a place (standard competition ranking, 1-2-2-4): two districts growing 3.4%
 * are both 第2位 and the next is 第4位; from the bottom likewise. Regions without a published figure are not ranked.
 *
 * @param position   居第N位 (1 = best)
 * @param fromBottom 倒数第N位 (1 = worst)
 * @param of         how many regions were ranked
 */
public record PeerRank(int position, int fromBottom, int of) {

    /**
     * Ranks {@code region} among {@code values}, best first by {@code higherIsBetter}; null when the region has no
     * value.
     */
    public static <K> PeerRank of(K region, Map<K, BigDecimal> values, boolean higherIsBetter) {
        BigDecimal mine = values.get(region);
        if (mine == null) {
            return null;
        }
        int better = 0;
        int worse = 0;
        int n = 0;
        for (BigDecimal v : values.values()) {
            if (v == null) {
                continue;
            }
            n++;
            int c = v.compareTo(mine);
            if (!higherIsBetter) {
                c = -c;
            }
            if (c > 0) {
                better++;
            } else if (c < 0) {
                worse++;
            }
        }
        return new PeerRank(better + 1, worse + 1, n);
    }

    /** All regions ranked, best first, each with its place (ties share it). */
    public static <K> Map<K, Integer> table(Map<K, BigDecimal> values, boolean higherIsBetter) {
        List<Map.Entry<K, BigDecimal>> list = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v != null) {
                list.add(Map.entry(k, v));
            }
        });
        Comparator<Map.Entry<K, BigDecimal>> byValue = Map.Entry.comparingByValue();
        list.sort(higherIsBetter ? byValue.reversed() : byValue);
        Map<K, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<K, BigDecimal> e : list) {
            out.put(e.getKey(), of(e.getKey(), values, higherIsBetter).position());
        }
        return out;
    }

    /** True in the bottom half, where speeches say 倒数第N位 rather than 第N位. */
    public boolean inBottomHalf() {
        return fromBottom < position;
    }

    /** "居第2位" or "居倒数第2位", as the speeches write it. */
    public String words() {
        return inBottomHalf() ? "居各县（市、区）倒数第" + fromBottom + "位" : "居各县（市、区）第" + position + "位";
    }
}
