package cn.luoshi.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The system clock moved by an offset the bench sets, to run a pass on a later working day. */
final class ShiftedClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    ShiftedClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on the clock reads {@code at}, then runs on from there. */
    void moveTo(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        ShiftedClock c = new ShiftedClock(z);
        c.offset = offset;
        return c;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
