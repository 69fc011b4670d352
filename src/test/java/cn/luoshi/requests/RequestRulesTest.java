package cn.luoshi.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luoshi.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

    static final ZoneId CN = ZoneId.of("Asia/Shanghai");
    final WorkingClock clock = new WorkingClock(WorkingDayCalendar.chinaMainland(), WorkingClock.DEFAULT_HOURS, CN);

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(CN).toInstant();
    }

    static LocalDateTime local(Instant i) {
        return LocalDateTime.ofInstant(i, CN);
    }

    @Test
    void workingMinutesSkipLunchAndEvening() {
        // Thu 2026-12-03 11:00 + 2 h: 1 h before lunch, 1 h after 13:30
        assertThat(local(clock.plus(at("2026-12-03T11:00"), 120))).isEqualTo("2026-12-03T14:30");
        // Thu 17:00 + 1 h: 30 min today, 30 min Friday morning
        assertThat(local(clock.plus(at("2026-12-03T17:00"), 60))).isEqualTo("2026-12-04T09:00");
        // Friday 16:30 + 2 h runs over the weekend to Monday
        assertThat(local(clock.plus(at("2026-12-04T16:30"), 120))).isEqualTo("2026-12-07T09:30");
        assertThat(clock.between(at("2026-12-04T16:30"), at("2026-12-07T09:30"))).isEqualTo(120);
    }

    @Test
    void aReportAtNightStartsItsClockAtTheNextOpening() {
        assertThat(local(clock.plus(at("2026-12-05T22:00"), 0))).isEqualTo("2026-12-07T08:30"); // Saturday night
        assertThat(local(clock.plus(at("2026-12-05T22:00"), 30))).isEqualTo("2026-12-07T09:00");
    }

    @Test
    void fiveWorkingDaysAcrossSpringFestivalAndItsMakeUpSaturday() {
        // 2026 春节: 15–23 Feb off, Sat 14 Feb and Sat 28 Feb worked (调休)
        long day = clock.dayMinutes();
        assertThat(day).isEqualTo(450);
        // Fri 13 Feb 10:00 + 1 working day = Sat 14 Feb 10:00 (make-up workday)
        assertThat(local(clock.plus(at("2026-02-13T10:00"), day))).isEqualTo("2026-02-14T10:00");
        // + 2 working days: the holiday is skipped, Tuesday 24 Feb 10:00
        assertThat(local(clock.plus(at("2026-02-13T10:00"), 2 * day))).isEqualTo("2026-02-24T10:00");
        // Wed 25 Feb + 3 working days = Sat 28 Feb (调休上班)
        assertThat(local(clock.plus(at("2026-02-25T09:00"), 3 * day))).isEqualTo("2026-02-28T09:00");
        assertThat(clock.between(at("2026-02-13T10:00"), at("2026-02-24T10:00"))).isEqualTo(2 * day);
    }

    @Test
    void plusAndBetweenAgreeOverManyStarts() {
        Instant s = at("2026-09-28T07:10");
        for (int k = 0; k < 200; k++) {
            Instant start = s.plusSeconds(k * 4 * 3600L + 60);
            for (long m : new long[] {1, 59, 450, 451, 900, 3000}) {
                Instant due = clock.plus(start, m);
                assertThat(clock.between(start, due)).as("start %s + %d", local(start), m).isEqualTo(m);
            }
        }
    }

    @Test
    void anApprovedPauseMovesTheDueTimeAndTurnsTheLightGrey() {
        Instant start = at("2026-12-01T09:00"); // Tuesday
        StageClock plain = new StageClock(clock, start, 120, 0, List.of(), null);
        assertThat(local(plain.due())).isEqualTo("2026-12-01T11:00");
        // paused 10:00–14:00 : 1 h used before it, the remaining hour runs from 14:00
        StageClock paused = new StageClock(clock, start, 120, 0,
                List.of(new StageClock.Pause(at("2026-12-01T10:00"), at("2026-12-01T14:00"))), null);
        assertThat(local(paused.due())).isEqualTo("2026-12-01T15:00");
        assertThat(paused.light(at("2026-12-01T11:00"))).isEqualTo(ClockLight.PAUSED);
        assertThat(paused.used(at("2026-12-01T14:00"))).isEqualTo(60);
        // an ongoing pause stops the clock: no due time
        StageClock ongoing = new StageClock(clock, start, 120, 0,
                List.of(new StageClock.Pause(at("2026-12-01T10:00"), null)), null);
        assertThat(ongoing.due()).isNull();
        assertThat(ongoing.light(at("2026-12-03T10:00"))).isEqualTo(ClockLight.PAUSED);
    }

    @Test
    void lightsGoGreenYellowRedAndStopAsDoneOrLate() {
        Instant start = at("2026-12-01T09:00");
        StageClock c = new StageClock(clock, start, 100, 0, List.of(), null);
        assertThat(c.light(at("2026-12-01T09:30"))).isEqualTo(ClockLight.GREEN);
        assertThat(c.light(at("2026-12-01T10:25"))).isEqualTo(ClockLight.YELLOW);
        assertThat(c.light(at("2026-12-01T10:40"))).isEqualTo(ClockLight.YELLOW); // exactly at the limit: not yet overdue
        assertThat(c.light(at("2026-12-01T10:41"))).isEqualTo(ClockLight.RED);
        assertThat(new StageClock(clock, start, 100, 0, List.of(), at("2026-12-01T10:00")).light(at("2026-12-05T10:00")))
                .isEqualTo(ClockLight.DONE);
        assertThat(new StageClock(clock, start, 100, 0, List.of(), at("2026-12-01T11:00")).light(at("2026-12-05T10:00")))
                .isEqualTo(ClockLight.LATE);
        // an approved extension (延期) of 60 min keeps it green at 10:41
        assertThat(new StageClock(clock, start, 100, 60, List.of(), null).light(at("2026-12-01T10:41")))
                .isEqualTo(ClockLight.GREEN);
    }

    @Test
    void limitsFallBackToTheDefaultOfTheUrgency() {
        ClockLimits limits = ClockLimits.localDefault(450).with("road", Urgency.URGENT, Stage.SIGN, 15);
        assertThat(limits.minutes("road", Urgency.URGENT, Stage.SIGN)).isEqualTo(15);
        assertThat(limits.minutes("road", Urgency.NORMAL, Stage.SIGN)).isEqualTo(120);
        assertThat(limits.minutes("noise", Urgency.NORMAL, Stage.FINISH)).isEqualTo(5 * 450);
        assertThat(limits.source()).contains("本地默认");
        assertThatThrownBy(() -> limits.with(null, Urgency.NORMAL, Stage.SIGN, 0)).hasMessageContaining("大于0");
    }

    @Test
    void escalationAtThreeReopensOrThreeUnitsWithoutAcceptance() {
        EscalationRule r = EscalationRule.DEFAULT;
        assertThat(r.reason(2, 1, true)).isEmpty();
        assertThat(r.reason(3, 1, true)).get().asString().contains("重办3次");
        assertThat(r.reason(0, 2, false)).isEmpty();
        assertThat(r.reason(0, 3, false)).get().asString().contains("3个单位均未签收");
        assertThat(r.reason(0, 3, true)).isEmpty(); // one unit accepted: not 推诿
        assertThat(new EscalationRule(2, 4).reason(2, 0, true)).isPresent();
    }

    @Test
    void duplicatesWithinFiftyMetresAndSevenDaysOrSameCaller() {
        Instant now = at("2026-12-01T09:00");
        DuplicateRule rule = DuplicateRule.DEFAULT;
        var incoming = new DuplicateRule.Candidate(0, 7, 39.90000, 116.40000, now, true, "caller-a");
        double dLat40m = 40 / 111_320.0;
        double dLat60m = 60 / 111_320.0;
        var near = new DuplicateRule.Candidate(1, 7, 39.90000 + dLat40m, 116.40000, now.minusSeconds(6 * 86400), true, null);
        var far = new DuplicateRule.Candidate(2, 7, 39.90000 + dLat60m, 116.40000, now.minusSeconds(86400), true, null);
        var old = new DuplicateRule.Candidate(3, 7, 39.90000, 116.40000, now.minusSeconds(8 * 86400), true, null);
        var otherCategory = new DuplicateRule.Candidate(4, 8, 39.90000, 116.40000, now, true, null);
        var closed = new DuplicateRule.Candidate(5, 7, 39.90000, 116.40000, now, false, null);
        var sameCaller = new DuplicateRule.Candidate(6, 9, 30.0, 120.0, now.minusSeconds(30 * 86400), true, "caller-a");
        var matches = rule.matches(incoming, List.of(near, far, old, otherCategory, closed, sameCaller));
        assertThat(matches).extracting(DuplicateRule.Match::id).containsExactly(1L, 6L);
        assertThat(matches.get(0).reason()).contains("相距40米");
        assertThat(matches.get(1).reason()).contains("同一来电人");
        assertThat(DuplicateRule.distanceMetres(39.9, 116.4, 39.9 + dLat40m, 116.4)).isBetween(39.8, 40.2);
    }

    @Test
    void threeRatesWithLocalDefaultWeightsAndARankingRule() {
        var a = new ThreeRates.Counts(1, "城管", 10, 9, 8, 6, 8, 7, 5, 2, 1);
        var b = new ThreeRates.Counts(2, "住建", 10, 10, 4, 4, 4, 4, 2, 2, 0);
        var none = new ThreeRates.Counts(3, "统计", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var rule = ThreeRates.Rule.LOCAL_DEFAULT;
        assertThat(ThreeRates.response(a)).isEqualByComparingTo("90.0");
        assertThat(ThreeRates.resolution(a, rule)).isEqualByComparingTo("75.0");
        assertThat(ThreeRates.satisfaction(a, rule)).isEqualByComparingTo("87.5");
        // 90×30 + 75×35 + 87.5×35 = 8387.5 → 83.88
        var lines = ThreeRates.rank(List.of(a, b, none), rule);
        assertThat(lines).extracting(ThreeRates.Line::unitName).containsExactly("住建", "城管", "统计");
        assertThat(lines.get(1).score()).isEqualByComparingTo("83.88");
        assertThat(lines.get(0).rank()).isEqualTo(1);
        assertThat(lines.get(2).rank()).isZero(); // nothing to count: not ranked
        // 基本满意 as 0.8 and resolution by self-report change the figures
        var strict = new ThreeRates.Rule("某区 20/40/40", 20, 40, 40, new BigDecimal("0.8"), true);
        assertThat(ThreeRates.satisfaction(a, strict)).isEqualByComparingTo("82.5");
        assertThat(ThreeRates.resolution(a, strict)).isEqualByComparingTo("87.5");
        assertThat(strict.statement()).contains("响应率×20%").contains("0.8");
        // a missing rate gives its weight to the others
        var unrated = new ThreeRates.Counts(4, "新单位", 4, 2, 0, 0, 0, 0, 0, 0, 0);
        assertThat(ThreeRates.rank(List.of(unrated), rule).get(0).score()).isEqualByComparingTo("50.00");
        assertThatThrownBy(() -> new ThreeRates.Rule("x", 30, 30, 30, BigDecimal.ONE, false)).hasMessageContaining("100");
    }
}
