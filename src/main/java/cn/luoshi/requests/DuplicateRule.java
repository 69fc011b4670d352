package cn.luoshi.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 重复诉求识别: a new request matches an open one in the same category within {@code meters} and {@code days}, or
 * one from the same caller (来电人, compared by blind index, never decrypted). Matches are offered for merging (合并),
 * never merged automatically. Defaults 50 m / 7 days are the (本地默认).
 */
public record DuplicateRule(double meters, int days) {

    public static final DuplicateRule DEFAULT = new DuplicateRule(50, 7);

    /** What the matcher needs to know of a request. */
    public record Candidate(long id, long categoryId, Double lat, Double lon, Instant createdAt, boolean open,
            String callerIndex) {
    }

    /** One match with its reason and distance (metres, null when matched by caller only). */
    public record Match(long id, String reason, Double distance) {
    }

    public List<Match> matches(Candidate incoming, List<Candidate> existing) {
        List<Match> out = new ArrayList<>();
        for (Candidate c : existing) {
            if (c.id() == incoming.id() || !c.open()) {
                continue;
            }
            boolean recent = Duration.between(c.createdAt(), incoming.createdAt()).abs().compareTo(Duration.ofDays(days)) <= 0;
            Double d = incoming.lat() == null || c.lat() == null ? null
                    : distanceMetres(incoming.lat(), incoming.lon(), c.lat(), c.lon());
            if (recent && c.categoryId() == incoming.categoryId() && d != null && d <= meters) {
                out.add(new Match(c.id(), "同类诉求，相距" + Math.round(d) + "米、" + days + "天内", d));
            } else if (incoming.callerIndex() != null && incoming.callerIndex().equals(c.callerIndex())) {
                out.add(new Match(c.id(), "同一来电人尚有未办结诉求", d));
            }
        }
        out.sort(Comparator.comparing((Match m) -> m.distance() == null ? Double.MAX_VALUE : m.distance()));
        return out;
    }

    /** Great-circle distance (haversine, mean earth radius 6,371,008.8 m). */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double r = 6_371_008.8;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude spanning {@code meters}, for a bounding-box prefilter in SQL. */
    public double latitudeSpan() {
        return meters / 111_320.0;
    }
}
