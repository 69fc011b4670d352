-- Reporting cycles (汇报频次) and stored lights (亮灯), computed in one pass and read by lists and the overview.
alter table task add column report_cycle text not null default 'MONTHLY'
  check (report_cycle in ('WEEKLY', 'SEMI_MONTHLY', 'MONTHLY', 'QUARTERLY'));

-- The period a report is for (2026-10, 2026-W44, 2026-10-上, 2026-Q4), set when it is filed.
alter table progress_report add column cycle_key text;
create index progress_report_cycle_idx on progress_report (cycle_key, task_id);

create table task_light (
  task_id          bigint primary key references task (id) on delete cascade,
  light            text not null check (light in ('GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY', 'NONE')),
  reason           text not null,
  planned_percent  numeric(7, 2),
  lag_points       numeric(9, 2),
  countdown_days   int,
  countdown_text   text,
  report_missing   text,
  computed_at      timestamptz not null
) with (fillfactor = 70);
-- No index on light: updates stay HOT (the primary key never changes), and light filters join on task_id.

-- One row per full recompute: when, how many, how long.
create table light_run (
  id           bigint generated always as identity primary key,
  run_at       timestamptz not null,
  tasks        int not null,
  changed      int not null,
  millis       int not null
);

-- Local changes to the working-day calendar (工作日历): a district's own days off or extra working days, or next
-- year's State Council notice entered by the admin before the shipped data covers it.
create table calendar_day_override (
  day         date primary key,
  working     boolean not null,
  note        text not null check (length(note) between 1 and 100),
  created_by  text not null,
  created_at  timestamptz not null default now()
);
