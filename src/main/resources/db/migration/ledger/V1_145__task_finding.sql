-- 外部预警: findings other modules put on a task's light (an indicator below the city average, a project behind its
-- investment plan). While the task is open and judged, its light is at least the finding's level and its reason names
-- the finding; the finding links to the page its number comes from. Derived data, rewritten by the owning module.
create table task_finding (
  task_id    bigint not null references task (id) on delete cascade,
  source     text not null check (source ~ '^[a-z]{2,30}$'),
  key        text not null check (length(key) between 1 and 100),
  level      text not null check (level in ('YELLOW', 'RED')),
  reason     text not null check (length(reason) between 1 and 300),
  link       text check (link is null or link ~ '^/[^/]'),
  raised_at  timestamptz not null default luoshi_now(),
  primary key (task_id, source, key)
);
create index task_finding_source_idx on task_finding (source, key);
