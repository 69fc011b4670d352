-- 月度亮灯走势 (issue 12): a light depends on reports and 序时进度 as they were that day, so it cannot be rebuilt from
-- task_fact_history; it is kept as a snapshot instead. Each day (the first full lights pass of the day, and again at
-- 23:55) every task's light is copied with one INSERT … SELECT into its month's row: the row holds the latest snapshot
-- of that month so far (idempotent per day: taking it again the same day overwrites the same rows). A month is drawn
-- from its last snapshot day (light_snapshot_day); a task not in that day's snapshot (deleted, terminated) is not
-- counted. Months before the first snapshot have no row and are shown as 无数据 — never a made-up light.
create table task_light_month (
  month    date   not null,  -- first day of the month
  task_id  bigint not null references task (id) on delete cascade,
  day      date   not null,  -- the snapshot day this row was taken on
  light    text   not null check (light in ('GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY')),
  primary key (month, task_id)
);

-- One row per snapshot day: which day is a month's last snapshot, and that there was one at all.
create table light_snapshot_day (
  day       date primary key,
  tasks     int not null,
  taken_at  timestamptz not null default luoshi_now()
);
