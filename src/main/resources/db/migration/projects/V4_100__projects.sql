-- 重点项目 (issue 14): projects with their monthly plan, monthly reports, life-cycle nodes, lights, 调度通报.
-- Amounts in 万元 (numeric(14,2)); the forms and imports take 总投资 in 亿元 and convert.

create table project_setting (
  id          int primary key default 1 check (id = 1),
  preset      text not null default 'YINCHUAN_2025',
  version     int not null default 0,
  updated_by  text,
  updated_at  timestamptz not null default luoshi_now()
);
insert into project_setting (id) values (1);

-- one ledger directive per year ("2026年重点项目") holds the projects' tasks
create table project_year (
  year          int primary key,
  directive_id  bigint not null
);

create table project (
  id                  bigint generated always as identity primary key,
  year                int not null,
  code                text,
  name                text not null check (length(name) between 1 and 100),
  level               text not null check (level in ('PROVINCE', 'CITY', 'DISTRICT')),
  category            text not null,
  kind                text not null check (kind in ('NEW', 'CONTINUED', 'COMPLETING', 'PLANNED', 'PRELIMINARY')),
  lead_unit_id        bigint not null references unit (id),
  leader_id           bigint references person (id),
  owner               text,
  place               text,
  total_investment    numeric(14, 2) not null check (total_investment >= 0),
  annual_plan         numeric(14, 2) not null check (annual_plan >= 0),
  monthly_plan        numeric(14, 2)[] not null check (cardinality(monthly_plan) = 12),
  planned_start       date,
  planned_completion  date,
  started_on          date,
  completed_on        date,
  stats_on            date,
  task_id             bigint,
  version             int not null default 0,
  created_by          text not null,
  created_at          timestamptz not null default luoshi_now(),
  updated_at          timestamptz not null default luoshi_now(),
  unique (year, name)
);
create unique index project_year_code on project (year, code) where code is not null;
create index project_lead_unit on project (year, lead_unit_id);

-- 月报: the month's completed investment and the cumulative from January
create table project_report (
  id                bigint generated always as identity primary key,
  project_id        bigint not null references project (id) on delete cascade,
  month             date not null check (extract(day from month) = 1),
  month_investment  numeric(14, 2) not null check (month_investment >= 0),
  cumulative        numeric(14, 2) not null check (cumulative >= 0),
  progress          text,
  problems          text,
  reported_by       text not null,
  reported_at       timestamptz not null default luoshi_now(),
  version           int not null default 0,
  unique (project_id, month)
);

create table project_photo (
  id            bigint generated always as identity primary key,
  report_id     bigint not null references project_report (id) on delete cascade,
  file_name     text not null,
  content_type  text not null,
  size          int not null,
  content       bytea not null,
  uploaded_by   text not null,
  uploaded_at   timestamptz not null default luoshi_now()
);
create index project_photo_report on project_photo (report_id);

-- node templates per kind with standard durations in working days (data, editable by SQL / later a page)
create table project_node_template (
  kind          text not null,
  seq           int not null,
  name          text not null,
  working_days  int not null check (working_days >= 0),
  approval      boolean not null default false,
  anchor        boolean not null default false,
  primary key (kind, seq)
);

create table project_node (
  id            bigint generated always as identity primary key,
  project_id    bigint not null references project (id) on delete cascade,
  seq           int not null,
  name          text not null,
  working_days  int not null,
  approval      boolean not null,
  due_date      date,
  done_on       date,
  version       int not null default 0,
  unique (project_id, seq)
);

-- the light of a project for a month, per dimension, with the reasons and the escalation suggested
create table project_light (
  project_id        bigint not null references project (id) on delete cascade,
  month             date not null,
  light             text not null,
  start_light       text not null,
  investment_light  text not null,
  node_light        text not null,
  stats_light       text not null,
  reason            text not null,
  schedule_share    numeric(7, 2),
  completion_share  numeric(7, 2),
  escalation        text not null default 'NONE',
  escalation_reason text,
  preset            text not null,
  computed_at       timestamptz not null default luoshi_now(),
  primary key (project_id, month)
);
create index project_light_month on project_light (month, light);

-- 项目推进情况通报 (调度通报): frozen, numbered per year
create table project_bulletin (
  id            bigint generated always as identity primary key,
  year          int not null,
  number        int not null,
  month         date not null,
  title         text not null,
  content       jsonb not null,
  created_by    text not null,
  created_at    timestamptz not null default luoshi_now(),
  unique (year, number)
);

insert into project_node_template (kind, seq, name, working_days, approval, anchor) values
  ('NEW', 1, '立项/可研批复', 20, true, false),
  ('NEW', 2, '用地', 30, true, false),
  ('NEW', 3, '规划许可', 20, true, false),
  ('NEW', 4, '环评', 20, true, false),
  ('NEW', 5, '施工许可', 15, true, false),
  ('NEW', 6, '开工', 5, false, false),
  ('NEW', 7, '纳统入库', 20, false, false),
  ('NEW', 8, '主体完工', 120, false, false),
  ('NEW', 9, '竣工验收', 40, false, true),
  ('NEW', 10, '投产/运营', 20, false, false),
  ('PRELIMINARY', 1, '立项/可研批复', 20, true, false),
  ('PRELIMINARY', 2, '用地', 30, true, false),
  ('PRELIMINARY', 3, '规划许可', 20, true, false),
  ('PRELIMINARY', 4, '环评', 20, true, false),
  ('PRELIMINARY', 5, '施工许可', 15, true, false),
  ('PRELIMINARY', 6, '开工', 5, false, true),
  ('PLANNED', 1, '项目谋划入库', 20, true, false),
  ('PLANNED', 2, '立项/可研批复', 40, true, true),
  ('CONTINUED', 1, '主体完工', 120, false, false),
  ('CONTINUED', 2, '竣工验收', 40, false, true),
  ('CONTINUED', 3, '投产/运营', 20, false, false),
  ('COMPLETING', 1, '主体完工', 60, false, false),
  ('COMPLETING', 2, '竣工验收', 30, false, true),
  ('COMPLETING', 3, '投产/运营', 20, false, false);
