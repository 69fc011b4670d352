-- Module ledger: directives (来源) → task tree (方面/任务/举措) → milestones (节点), problems (问题), progress reports (进展).
create table directive (
  id           bigint generated always as identity primary key,
  title        text not null check (length(title) between 1 and 200),
  issued_on    date not null,
  issuer       text not null check (length(issuer) between 1 and 100),
  level        text not null check (level in ('CENTRAL', 'PROVINCE', 'CITY', 'DISTRICT')),
  kind         text not null check (kind in ('SPEECH', 'MINUTES', 'DOCUMENT', 'INSTRUCTION')),
  body         text,
  version      int not null default 0,
  created_by   text not null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now()
);
create index directive_issued_idx on directive (issued_on desc, id desc);

create table task (
  id                  bigint generated always as identity primary key,
  directive_id        bigint not null references directive (id) on delete cascade,
  parent_id           bigint references task (id) on delete cascade,
  kind                text not null check (kind in ('AREA', 'TASK', 'MEASURE')),
  seq                 int not null default 0,
  title               text not null check (length(title) between 1 and 200),
  description         text,
  target_value        numeric(18, 4) check (target_value is null or target_value >= 0),
  target_unit         text,
  target_object       text,
  target_period       text,
  start_date          date,
  deadline            date,
  lead_leader_id      bigint references person (id),
  lead_unit_id        bigint references unit (id),
  responsible_person  text,
  contact             text,
  status              text not null check (status in ('UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED',
                                                      'COMPLETION_REQUESTED', 'COMPLETED', 'TERMINATED')),
  accepted_at         timestamptz,
  progress_percent    numeric(7, 2),
  last_reported_on    date,
  source_start        int,
  source_end          int,
  tags                text[] not null default '{}',
  version             int not null default 0,
  created_by          text not null,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  constraint task_dates_ck check (start_date is null or deadline is null or start_date <= deadline)
);
create index task_tree_idx on task (directive_id, parent_id, seq, id);
create index task_parent_idx on task (parent_id);
create index task_lead_unit_deadline_idx on task (lead_unit_id, deadline, id);
create index task_leader_idx on task (lead_leader_id);
create index task_status_idx on task (status);
create index task_deadline_idx on task (deadline, id);

-- 配合单位
create table task_co_unit (
  task_id  bigint not null references task (id) on delete cascade,
  unit_id  bigint not null references unit (id),
  primary key (task_id, unit_id)
);
create index task_co_unit_unit_idx on task_co_unit (unit_id, task_id);

create table milestone (
  id          bigint generated always as identity primary key,
  task_id     bigint not null references task (id) on delete cascade,
  due_date    date not null,
  title       text not null check (length(title) between 1 and 200),
  planned     numeric(18, 4) not null check (planned >= 0),
  version     int not null default 0,
  created_at  timestamptz not null default now()
);
create index milestone_task_idx on milestone (task_id, due_date);

create table problem (
  id               bigint generated always as identity primary key,
  task_id          bigint not null references task (id) on delete cascade,
  milestone_id     bigint references milestone (id) on delete set null,
  description      text not null check (length(description) between 1 and 2000),
  owner_unit_id    bigint not null references unit (id),
  owner_person_id  bigint references person (id),
  due_date         date,
  status           text not null check (status in ('OPEN', 'SOLVING', 'SOLVED')),
  resolution       text,
  raised_by        text not null,
  raised_at        timestamptz not null default now(),
  solved_at        timestamptz,
  version          int not null default 0
);
create index problem_task_idx on problem (task_id);
create index problem_owner_idx on problem (owner_unit_id, status);

create table progress_report (
  id                  bigint generated always as identity primary key,
  task_id             bigint not null references task (id) on delete cascade,
  reported_on         date not null,
  cumulative          numeric(18, 4) not null check (cumulative >= 0),
  narrative           text not null check (length(narrative) between 1 and 4000),
  difficulties        text,
  needs_coordination  boolean not null default false,
  next_steps          text,
  unit_id             bigint not null references unit (id),
  reported_by         text not null,
  created_at          timestamptz not null default now()
);
create index progress_report_task_idx on progress_report (task_id, reported_on desc, id desc);
