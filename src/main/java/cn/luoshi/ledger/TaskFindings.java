package cn.luoshi.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 外部预警 — findings another module puts on a ledger task's light: "固定资产投资增速低于全市平均1.7个百分点" from the
 * indicators, "投资完成率落后序时32个百分点" from a key project. While the task is open and judged (its own light green,
 * yellow or red), its light is at least the finding's level and its reason names the finding; the task page lists it
 * with a link to where the number comes from. So reminders, 督办单 and 通报 see the lag without a second copy of them.
 * <p>
 * A finding is keyed by task, source (the module: {@code indicators}, {@code projects} …) and the source's own key;
 * raising it again replaces it. Findings are derived data — the source module audits the change behind them. Calls join
 * the caller's transaction; the task's light is recomputed after commit.
 */
@Service
public class TaskFindings {

    /** One finding on one task. {@code link} is a path inside Luoshi ({@code /indicators/FAI}), or null. */
    public record Finding(long taskId, String source, String key, FindingLevel level, String reason, String link) {

        /** The longest reason a finding may carry (the task page shows it in one line). */
        public static final int MAX_REASON = 300;

        public Finding {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(level, "level");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("预警须写明原因");
            }
            reason = reason.strip();
            if (reason.length() > MAX_REASON) {
                throw new IllegalArgumentException("预警原因不得超过" + MAX_REASON + "字：" + reason.substring(0, 20) + "…");
            }
            if (!source.matches("[a-z]{2,30}")) {
                throw new IllegalArgumentException("预警来源须为模块名（小写字母）：" + source);
            }
            if (key.isEmpty() || key.length() > 100) {
                throw new IllegalArgumentException("预警键须为1至100个字符");
            }
            if (link != null && !link.matches("/[^/].*")) {
                throw new IllegalArgumentException("预警链接须为本系统内的路径（以 / 开头）：" + link);
            }
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TaskFindings(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Puts a finding on a task, or updates it; nothing happens when the same finding is already there. */
    @Transactional
    public void raise(long taskId, String source, String key, FindingLevel level, String reason, String link) {
        Finding f = new Finding(taskId, source, key, level, reason, link);
        int n = jdbc.sql("""
                insert into task_finding (task_id, source, key, level, reason, link)
                values (:task, :source, :key, :level, :reason, :link)
                on conflict (task_id, source, key) do update set level = excluded.level, reason = excluded.reason,
                  link = excluded.link, raised_at = luoshi_now()
                where (task_finding.level, task_finding.reason, task_finding.link)
                  is distinct from (excluded.level, excluded.reason, excluded.link)""")
                .param("task", f.taskId()).param("source", f.source()).param("key", f.key())
                .param("level", f.level().name()).param("reason", f.reason()).param("link", f.link())
                .update();
        if (n > 0) {
            changed(Set.of(taskId));
        }
    }

    /** Takes a finding off a task (the lag is gone). */
    @Transactional
    public void clear(long taskId, String source, String key) {
        if (jdbc.sql("delete from task_finding where task_id = ? and source = ? and key = ?")
                .params(taskId, source, key).update() > 0) {
            changed(Set.of(taskId));
        }
    }

    /**
     * A source's pass: these are all its findings now; the others it had are cleared. Tasks whose findings did not
     * change are not touched (their lights are not recomputed).
     */
    @Transactional
    public void replaceAll(String source, List<Finding> findings) {
        Set<Long> touched = new LinkedHashSet<>();
        List<Finding> before = of(source);
        Set<String> keep = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (!f.source().equals(source)) {
                throw new IllegalArgumentException("预警来源不一致：" + f.source());
            }
            keep.add(f.taskId() + "/" + f.key());
        }
        for (Finding old : before) {
            if (!keep.contains(old.taskId() + "/" + old.key())) {
                jdbc.sql("delete from task_finding where task_id = ? and source = ? and key = ?")
                        .params(old.taskId(), source, old.key()).update();
                touched.add(old.taskId());
            }
        }
        for (Finding f : findings) {
            if (!before.contains(f)) {
                raiseQuietly(f);
                touched.add(f.taskId());
            }
        }
        changed(touched);
    }

    /** The findings on a task, worst first. */
    public List<Finding> on(long taskId) {
        return jdbc.sql("select * from task_finding where task_id = ? order by (level = 'RED') desc, source, key")
                .param(taskId).query(this::finding).list();
    }

    /** All findings of a source. */
    public List<Finding> of(String source) {
        return jdbc.sql("select * from task_finding where source = ? order by task_id, key")
                .param(source).query(this::finding).list();
    }

    private void raiseQuietly(Finding f) {
        jdbc.sql("""
                insert into task_finding (task_id, source, key, level, reason, link)
                values (:task, :source, :key, :level, :reason, :link)
                on conflict (task_id, source, key) do update set level = excluded.level, reason = excluded.reason,
                  link = excluded.link, raised_at = luoshi_now()""")
                .param("task", f.taskId()).param("source", f.source()).param("key", f.key())
                .param("level", f.level().name()).param("reason", f.reason()).param("link", f.link())
                .update();
    }

    private void changed(Set<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(taskIds);
        jdbc.sql("select id, directive_id from task where id in (:ids)").param("ids", ids)
                .query((java.sql.ResultSet rs) -> {
                    events.publishEvent(new TaskChanged(rs.getLong(1), rs.getLong(2), "finding"));
                });
    }

    private Finding finding(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Finding(rs.getLong("task_id"), rs.getString("source"), rs.getString("key"),
                FindingLevel.valueOf(rs.getString("level")), rs.getString("reason"), rs.getString("link"));
    }
}
