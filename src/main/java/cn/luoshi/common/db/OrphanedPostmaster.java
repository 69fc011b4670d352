package cn.luoshi.common.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a kill -9 of the JVM the postmaster it started keeps running and holds the data directory; the next start
 * would fail with "another server might be running". This stops such an orphan before we start our own.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(OrphanedPostmaster::isPostgres)
                .filter(p -> isRunning(p.pid()));
        if (process.isEmpty()) {
            // A stale pid file of a dead server: PostgreSQL itself recovers from that.
            return;
        }
        ProcessHandle postmaster = process.get();
        log.warn("发现上次异常退出遗留的 PostgreSQL 进程 pid={}，正在停止", postmaster.pid());
        sendSignal(postmaster.pid(), "INT"); // fast shutdown: roll back, checkpoint, exit
        if (!waitForExit(postmaster, Duration.ofSeconds(30))) {
            postmaster.destroyForcibly();
            waitForExit(postmaster, Duration.ofSeconds(10));
        }
    }

    /** The pid in the directory's {@code postmaster.pid}, if there is one. */
    static Optional<Long> pidOf(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        return Files.exists(pidFile) ? readPid(pidFile) : Optional.empty();
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    private static void sendSignal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the process is gone or a zombie (an orphan's parent may never reap it). */
    private static boolean waitForExit(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isRunning(handle.pid())) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Alive and not a zombie: on Linux /proc/PID/stat gives the state after the command name. */
    static boolean isRunning(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            // No /proc entry: gone on Linux; elsewhere ask the JDK.
            return !Files.isDirectory(Path.of("/proc")) && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }
}
