-- Reporting cycles (汇报频次) and stored lights (亮灯), computed in one pass and read by lists and the overview.
alter table task add column report_cycle text not null default 'MONTHLY'
  check (report_cycle in ('WEEKLY', 'SEMI_MONTHLY', 'MONTHLY', 'QUARTERLY'));

-- The period a report is for (2026-10, 2026-W44, 2026-10-上, 2026-Q4), set when it is filed.
alter table progress_report add column cycle_key text;
create index progress_report_cycle_idx on progress_report (task_id, cycle_key);

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
);
create index task_light_light_idx on task_light (light, task_id);
