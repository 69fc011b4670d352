package cn.luoshi.ledger.excel;

import cn.luoshi.common.NotFoundException;
import cn.luoshi.org.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports started from the page run here in the background, so the page can show progress while a large file is
 * written. One at a time: two files naming the same new 任务来源 must not both create it. Jobs are kept in memory for
 * an hour; a restart forgets them (the import itself is one transaction, so it is either in the ledger or not).
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    /** An import in the background; {@code result} is set when it is done. */
    static final class Job {
        final String id = UUID.randomUUID().toString();
        final long ownerId;
        final String fileName;
        final Instant startedAt;
        final ImportProgress progress = new ImportProgress();
        volatile ImportResult result;

        Job(long ownerId, String fileName, Instant startedAt) {
            this.ownerId = ownerId;
            this.fileName = fileName;
            this.startedAt = startedAt;
        }

        public String id() {
            return id;
        }

        public String fileName() {
            return fileName;
        }

        public ImportProgress progress() {
            return progress;
        }

        public ImportResult result() {
            return result;
        }
    }

    private final LedgerImporter importer;
    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(LedgerImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    Job submit(String fileName, byte[] bytes, CurrentUser me) {
        Instant now = clock.instant();
        jobs.values().removeIf(j -> j.startedAt.plus(KEEP).isBefore(now));
        Job job = new Job(me.id(), fileName, now);
        jobs.put(job.id, job);
        worker.submit(() -> {
            try {
                job.result = importer.importFile(fileName, bytes, me, job.progress);
            } catch (RuntimeException e) {
                log.error("台账导入失败: {}", fileName, e);
                job.result = ImportResult.failed(fileName, 0, 0,
                        java.util.List.of(ImportProblem.ofFile("导入时系统出错，未写入任何数据；请稍后重试或联系管理员")));
            } finally {
                job.progress.finish();
            }
        });
        return job;
    }

    /** The caller's own job; anyone else's is "not found". */
    Job get(String id, CurrentUser me) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.ownerId == me.id())
                .orElseThrow(() -> new NotFoundException("导入任务", id));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
