-- Module ledger, workflow after 交办: 退回/重新交办, 延期申请, 办结申请 with evidence, 终止, 领导批示.
alter table task
  add column assigned_at         timestamptz,  -- last 交办 (create with a lead unit, or 重新交办)
  add column original_deadline   date,         -- the first deadline, set once by the first approved extension
  add column return_reason       text,         -- why the lead unit returned it (退回理由), kept after reassignment
  add column returned_by         text,
  add column returned_at         timestamptz,
  add column completed_on        date,         -- request date of the approved completion (办结日期)
  add column termination_reason  text,
  -- 按期办结: the approved request date is within the deadline in force (null while not completed)
  add column completed_on_time   boolean generated always as (completed_on <= deadline) stored;

-- Tasks assigned before this column existed: their creation is the best known assignment time.
update task set assigned_at = created_at where status <> 'UNASSIGNED';

-- 延期申请: at most one pending per task.
create table extension_request (
  id                 bigint generated always as identity primary key,
  task_id            bigint not null references task (id) on delete cascade,
  requested_on       date not null,
  current_deadline   date not null,
  proposed_deadline  date not null check (proposed_deadline > current_deadline),
  reason             text not null check (length(reason) between 1 and 2000),
  current_progress   text not null check (length(current_progress) between 1 and 2000),
  status             text not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
  requested_by       text not null,
  requested_at       timestamptz not null default now(),
  decided_by         text,
  decided_at         timestamptz,
  decision_comment   text
);
create index extension_request_task_idx on extension_request (task_id, id);
create unique index extension_request_one_pending on extension_request (task_id) where status = 'PENDING';

-- 办结申请: at most one pending per task (the task is then 办结待审).
create table completion_request (
  id                 bigint generated always as identity primary key,
  task_id            bigint not null references task (id) on delete cascade,
  requested_on       date not null,
  summary            text not null check (length(summary) between 1 and 4000),
  status             text not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
  requested_by       text not null,
  requested_at       timestamptz not null default now(),
  decided_by         text,
  decided_at         timestamptz,
  decision_comment   text
);
create index completion_request_task_idx on completion_request (task_id, id);
create unique index completion_request_one_pending on completion_request (task_id) where status = 'PENDING';

-- Evidence files, kept in the database so one backup holds everything.
create table attachment (
  id                     bigint generated always as identity primary key,
  task_id                bigint not null references task (id) on delete cascade,
  completion_request_id  bigint references completion_request (id) on delete cascade,
  original_name          text not null check (length(original_name) between 1 and 255),
  content_type           text not null,
  size_bytes             bigint not null check (size_bytes between 1 and 20971520),
  sha256                 text not null check (length(sha256) = 64),
  content                bytea not null,
  uploaded_by            text not null,
  uploaded_at            timestamptz not null default now()
);
create index attachment_task_idx on attachment (task_id, id);
create index attachment_request_idx on attachment (completion_request_id);

-- 领导批示 and the lead unit's reply.
create table instruction (
  id           bigint generated always as identity primary key,
  task_id      bigint not null references task (id) on delete cascade,
  body         text not null check (length(body) between 1 and 2000),
  written_by   text not null,
  written_at   timestamptz not null default now(),
  reply        text check (reply is null or length(reply) between 1 and 2000),
  replied_by   text,
  replied_at   timestamptz,
  version      int not null default 0
);
create index instruction_task_idx on instruction (task_id, id);
