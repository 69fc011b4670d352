package cn.luoshi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Per-thread random bytes: every call differs, across threads too (a shared seed would repeat). */
class RandomsTest {

    @Test
    void bytesDifferAcrossCallsAndThreads() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    byte[] b = new byte[12];
                    Randoms.nextBytes(b);
                    seen.add(java.util.HexFormat.of().formatHex(b));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(8000);
    }

    @Test
    void uuidsAreVersion4AndDistinct() {
        java.util.UUID a = Randoms.uuid();
        java.util.UUID b = Randoms.uuid();
        assertThat(a.version()).isEqualTo(4);
        assertThat(a.variant()).isEqualTo(2);
        assertThat(a).isNotEqualTo(b);
        assertThat(java.util.UUID.fromString(a.toString())).isEqualTo(a);
    }
}
