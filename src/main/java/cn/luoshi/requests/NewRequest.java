package cn.luoshi.requests;

import java.util.List;
import java.util.Map;

/**
 * A request as it arrives from any channel. {@code clientUuid} (grid form) and {@code hotlineNo} (12345) make
 * repeated sends idempotent. {@code categoryCode} is the category's code or its Open311 service code.
 */
public record NewRequest(String clientUuid, String hotlineNo, Channel channel, String categoryCode, String description,
        Urgency urgency, Double lat, Double lon, String address, String reporterName, String reporterPhone,
        String reporterEmail, Map<String, String> attributes, List<Photo> photos, String reportedBy,
        java.time.Instant receivedAt) {

    /** A photo as uploaded; its type is checked from its bytes, not from the name. */
    public record Photo(String fileName, byte[] bytes) {
    }
}
