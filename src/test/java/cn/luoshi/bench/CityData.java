package cn.luoshi.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a Luoshi database with a city's worth of ledger (300 units, 100,000 tasks, 400,000 milestones,
 * 1,000,000 progress reports, 50,000 problems over 2024–2026) with set-based SQL, deterministic for a given size.
 */
public final class CityData {

    private CityData() {
    }

    public static void generate(JdbcClient jdbc, int tasks) {
        jdbc.sql("""
                insert into unit (type, short_name, full_name, sort_order)
                select case when g % 10 = 0 then 'STREET' when g % 10 = 1 then 'COMMUNITY' else 'DEPARTMENT' end,
                       '测' || g, '城市级测试单位' || g, 1000 + g
                from generate_series(1, 300) g""").update();
        jdbc.sql("""
                insert into directive (title, issued_on, issuer, level, kind, created_by)
                select '城市级测试来源' || g, date '2024-01-01' + (g * 7 % 1000), '区委', 'DISTRICT', 'SPEECH', 'bench'
                from generate_series(1, greatest(:tasks / 100, 1)) g""").param("tasks", tasks).update();
        jdbc.sql("""
                with u as (select array_agg(id order by id) ids from unit where full_name like '城市级测试单位%'),
                     d as (select array_agg(id order by id) ids from directive where created_by = 'bench')
                insert into task (directive_id, kind, seq, title, description, target_value, target_unit,
                  target_object, start_date, deadline, lead_unit_id, status, progress_percent, last_reported_on,
                  accepted_at, created_by, created_at, report_cycle)
                select d.ids[1 + (g - 1) % array_length(d.ids, 1)], 'TASK', g, '城市级任务' || g, '任务内容' || g,
                       case when g % 5 < 2 then 100 end, case when g % 5 < 2 then '个' end,
                       case when g % 5 < 2 then '项目' end,
                       s, s + (60 + g % 500),
                       u.ids[1 + (g * 7919) % 300],
                       (array['ASSIGNED','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','COMPLETED',
                              'COMPLETED','TERMINATED'])[1 + g % 8],
                       (g * 37 % 101), least(s + 200, date '2026-11-20'),
                       case when g % 8 <> 0 then s::timestamptz + interval '1 day' end, 'bench', s::timestamptz,
                       (array['MONTHLY','MONTHLY','MONTHLY','WEEKLY','QUARTERLY','SEMI_MONTHLY'])[1 + g % 6]
                from generate_series(1, :tasks) g
                cross join lateral (select date '2024-01-01' + (g * 13 % 1000) as s) x, u, d""")
                .param("tasks", tasks).update();
        jdbc.sql("""
                insert into task_co_unit (task_id, unit_id)
                select t.id, (select id from unit where full_name = '城市级测试单位' || (1 + t.id % 300))
                from task t where t.created_by = 'bench' and t.id % 3 = 0
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into milestone (task_id, due_date, title, planned)
                select t.id, t.start_date + (t.deadline - t.start_date) * k / 4, '第' || k || '个节点',
                       case when t.target_value is null then 25 * k else t.target_value * k / 4 end
                from task t cross join generate_series(1, 4) k where t.created_by = 'bench'""").update();
        jdbc.sql("""
                insert into progress_report (task_id, reported_on, cumulative, narrative, unit_id, reported_by,
                  cycle_key)
                select t.id, r.on_date, least(100, k * 9), '第' || k || '次报送：按计划推进', t.lead_unit_id, 'bench',
                       to_char(r.on_date, 'YYYY-MM')
                from task t cross join generate_series(1, 10) k
                cross join lateral (select t.start_date + k * 25 as on_date) r
                where t.created_by = 'bench'""").update();
        jdbc.sql("""
                insert into problem (task_id, description, owner_unit_id, due_date, status, raised_by)
                select t.id, '测试问题' || t.id, t.lead_unit_id, t.deadline,
                       (array['OPEN','SOLVING','SOLVED'])[1 + t.id % 3], 'bench'
                from task t where t.created_by = 'bench' and t.id % 2 = 0""").update();
        jdbc.sql("analyze").update();
    }
}
