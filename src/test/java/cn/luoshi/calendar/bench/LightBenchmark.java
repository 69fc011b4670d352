package cn.luoshi.calendar.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.luoshi.calendar.WorkingDayCalendar;
import cn.luoshi.ledger.light.Light;
import cn.luoshi.ledger.light.LightInput;
import cn.luoshi.ledger.light.LightPolicy;
import cn.luoshi.ledger.light.LightRule;
import cn.luoshi.ledger.light.LightVerdict;
import cn.luoshi.ledger.light.Milestone;
import cn.luoshi.ledger.light.Phase;
import cn.luoshi.ledger.light.ScheduleProgress;
import cn.luoshi.ledger.light.TaskSchedule;

/**
 * Times the nightly light recomputation: 序时进度 + 亮灯 for N synthetic tasks (default 100,000). Not a unit test;
 * run it by hand, see docs/benchmarks-calendar.md. Arguments: [tasks, default 100000] [rounds, default 20].
 */
public final class LightBenchmark {

    private record SyntheticTask(TaskSchedule schedule, Phase phase, Double actual, boolean reportMissing,
                                 boolean acceptanceOverdue, LocalDate completedOn) {
    }

    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;

        long t0 = System.nanoTime();
        WorkingDayCalendar calendar = WorkingDayCalendar.chinaMainland();
        long calendarNanos = System.nanoTime() - t0;

        List<SyntheticTask> data = generate(tasks, new Random(42));
        LocalDate today = LocalDate.of(2025, 11, 5);
        ScheduleProgress progress = new ScheduleProgress(calendar);
        LightRule rule = new LightRule(calendar, LightPolicy.defaults());

        long[] millis = new long[rounds];
        Map<Light, Integer> counts = new EnumMap<>(Light.class);
        for (int r = 0; r < rounds; r++) {
            counts.clear();
            long start = System.nanoTime();
            round(data, today, progress, rule, counts);
            millis[r] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("calendar load (JSON + index): %d ms%n", calendarNanos / 1_000_000);
        System.out.printf("%,d tasks x %d rounds, ms per round: %s%n", tasks, rounds, Arrays.toString(millis));
        // The first rounds run while the JIT is still compiling; the median is the steady state.
        System.out.printf("first (cold) round: %d ms, worst: %d ms, median: %d ms, best: %d ms%n",
                millis[0], sorted[rounds - 1], sorted[rounds / 2], sorted[0]);
        System.out.printf("lights in last round: %s%n", counts);
    }

    /** One recomputation of all lights, as the nightly job would do it. */
    private static void round(List<SyntheticTask> data, LocalDate today, ScheduleProgress progress, LightRule rule,
                              Map<Light, Integer> counts) {
        for (SyntheticTask t : data) {
            double planned = progress.plannedPercent(t.schedule(), today);
            LightVerdict v = rule.evaluate(new LightInput(t.phase(), t.schedule().start(), t.schedule().deadline(),
                    today, planned, t.actual(), t.reportMissing(), t.acceptanceOverdue(), t.completedOn()));
            counts.merge(v.light(), 1, Integer::sum);
        }
    }

    private static List<SyntheticTask> generate(int n, Random random) {
        LocalDate base = LocalDate.of(2024, 6, 1);
        List<SyntheticTask> list = new ArrayList<>(n);
        Phase[] phases = Phase.values();
        for (int i = 0; i < n; i++) {
            LocalDate start = base.plusDays(random.nextInt(600));
            LocalDate deadline = start.plusDays(5 + random.nextInt(400));
            List<Milestone> milestones = new ArrayList<>();
            int m = random.nextInt(5);
            long span = deadline.toEpochDay() - start.toEpochDay();
            for (int k = 1; k <= m; k++) {
                milestones.add(Milestone.quantity(start.plusDays(span * k / (m + 1)), 100.0 * k / (m + 1)));
            }
            TaskSchedule schedule = new TaskSchedule(start, deadline, 100.0, milestones);
            Phase phase = phases[random.nextInt(10) < 7 ? 1 : random.nextInt(phases.length)];
            Double actual = random.nextInt(10) == 0 ? null : random.nextDouble() * 100;
            LocalDate completedOn = phase == Phase.COMPLETED ? deadline.minusDays(random.nextInt(20)) : null;
            list.add(new SyntheticTask(schedule, phase, actual, random.nextInt(20) == 0, random.nextInt(50) == 0,
                    completedOn));
        }
        return list;
    }
}
