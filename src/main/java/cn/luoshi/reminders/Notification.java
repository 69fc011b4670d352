package cn.luoshi.reminders;

import java.time.Instant;

/** One in-app notification (站内消息) of the signed-in user: a reminder delivered to them. */
public record Notification(long id, String cause, String causeLabel, String title, String text, String link,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
