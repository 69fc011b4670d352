package cn.luoshi.requests;

import java.time.Instant;
import java.util.List;

/** What the pages and APIs show of requests. */
public final class RequestViews {

    private RequestViews() {
    }

    /** One clock of a dispatch (or of the request's reply). */
    public record ClockView(Stage stage, String label, Instant due, ClockLight light, long remainingMinutes) {
    }

    public record DispatchView(long id, long unitId, String unitName, String role, Long whistleId, int round,
            Instant dispatchedAt, String dispatchedBy, String status, Instant signedAt, String signedBy,
            Instant contactedAt, Instant finishedAt, Instant returnedAt, String returnReason, int extensionMinutes,
            List<ClockView> clocks, int version, int replyMinutes) {

        public boolean open() {
            return status.equals("OPEN") || status.equals("SIGNED");
        }

        public String roleLabel() {
            return whistleId != null ? (role.equals("LEAD") ? "吹哨主责" : "吹哨报到") : (role.equals("LEAD") ? "主办" : "协办");
        }

        public String statusLabel() {
            return switch (status) {
                case "OPEN" -> whistleId != null ? "待报到" : "待签收";
                case "SIGNED" -> whistleId != null ? "已报到" : "已签收";
                case "FINISHED" -> "已办结";
                case "RETURNED" -> "已退单";
                default -> "已关闭";
            };
        }

        /** The worst light among the clocks still running. */
        public ClockLight light() {
            return RequestViews.worst(clocks);
        }
    }

    public record Whistle(long id, long streetUnitId, String streetName, Instant calledAt, String calledBy,
            int reportMinutes, String reason) {
    }

    public record Event(Instant at, String actor, String kind, String note, String status) {
    }

    public record PauseView(long id, long dispatchId, String unitName, String kind, String reason, Integer minutes,
            Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy, Boolean approved,
            Instant pausedFrom, Instant pausedTo) {

        public String kindLabel() {
            return kind.equals("PAUSE") ? "挂起" : "延期";
        }
    }

    public record DisputeView(long id, long dispatchId, String unitName, Instant raisedAt, String reason,
            Instant decidedAt, String decidedBy, Boolean upheld, String decisionNote) {
    }

    public record RatingView(int round, Rating rating, boolean resolved, boolean callback, String note, Instant ratedAt,
            String recordedBy) {
    }

    /** The full request for its page. Contact data is masked unless {@code contactShown}. */
    public record Detail(long id, String number, Channel channel, long categoryId, String categoryName,
            String categoryCode, Urgency urgency, String description, Double lat, Double lon, String address,
            String streetName, String communityName, String gridName, Long streetUnitId, RequestStatus status,
            Instant receivedAt, Long leadUnitId, String leadUnitName, String reporterName, String reporterPhone,
            String reporterEmail, boolean contactShown, boolean hasContact, String reportedBy, int reopenCount,
            Long escalatedTaskId, String escalationReason, String replyText, Instant repliedAt, String repliedBy,
            Rating rating, Instant finishedAt, String resultNote, Long mergedInto, List<DispatchView> dispatches,
            List<Whistle> whistles, List<Event> events, List<RatingView> ratings, List<PauseView> pauses,
            List<DisputeView> disputes, List<Long> photoIds, List<DuplicateRule.Match> duplicates,
            ClockView replyClock, int version) {

        public DispatchView currentLead() {
            return dispatches.stream().filter(d -> d.whistleId() == null && d.role().equals("LEAD") && d.open())
                    .findFirst().orElse(null);
        }
    }

    /** A line of a list page. */
    public record Row(long id, String number, String categoryName, String streetName, RequestStatus status,
            Urgency urgency, Instant receivedAt, String leadUnitName, String description, ClockLight light,
            Instant due, boolean escalated) {
    }

    /** The public status page (no personal data). */
    /** The public page's view; {@code awaitingRating}: the round's reply is given and not yet rated. */
    public record PublicStatus(String number, String categoryName, String streetName, RequestStatus status,
            Instant receivedAt, Instant finishedAt, List<Event> steps, boolean awaitingRating) {
    }

    static ClockLight worst(List<ClockView> clocks) {
        ClockLight worst = null;
        for (ClockView c : clocks) {
            ClockLight l = c.light();
            if (l == ClockLight.RED) {
                return l;
            }
            if (l == ClockLight.YELLOW || (l == ClockLight.GREEN && worst != ClockLight.YELLOW)
                    || (l == ClockLight.PAUSED && worst == null)) {
                worst = l;
            }
        }
        return worst == null ? ClockLight.DONE : worst;
    }
}
