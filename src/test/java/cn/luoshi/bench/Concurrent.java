package cn.luoshi.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Side-by-side latency for the benches: {@code clients} threads each making {@code perClient} calls after a warm-up. */
final class Concurrent {

    private Concurrent() {
    }

    /** Prints median, p95, max and calls per second of all calls. */
    public static void run(String what, int clients, int perClient, Callable<?> call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.call();
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            fs.add(pool.submit(() -> {
                double[] ms = new double[perClient];
                for (int i = 0; i < perClient; i++) {
                    long t = System.nanoTime();
                    call.call();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                return ms;
            }));
        }
        double[] all = new double[clients * perClient];
        int k = 0;
        for (Future<double[]> f : fs) {
            for (double d : f.get()) {
                all[k++] = d;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf("%-52s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   %.0f req/s%n", what,
                all[all.length / 2], all[(int) (all.length * 0.95)], all[all.length - 1], all.length / secs);
    }
}
