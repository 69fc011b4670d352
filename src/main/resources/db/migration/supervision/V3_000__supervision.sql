-- Module supervision: 督查组, 督导检查, 整改, 督办单. Task ids are kept without a foreign key on purpose: a 督办单 is a
-- numbered document that must outlive a task deleted by mistake (numbers stay gap-free), and it carries the task's
-- title and lead unit as they were when it was issued.

-- 督查组: a leader, members (people) and what it covers (units and/or tasks).
create table supervision_group (
  id                bigint generated always as identity primary key,
  name              text not null check (length(name) between 1 and 40),
  unit_id           bigint references unit (id),          -- the org unit of the group (区委第一督查组), if any
  leader_person_id  bigint not null references person (id),
  focus             text check (focus is null or length(focus) <= 2000), -- 督查重点
  version           int not null default 0,
  created_by        text not null,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  constraint supervision_group_name_uq unique (name)
);

create table supervision_group_member (
  group_id   bigint not null references supervision_group (id) on delete cascade,
  person_id  bigint not null references person (id),
  primary key (group_id, person_id)
);

create table supervision_group_unit (
  group_id  bigint not null references supervision_group (id) on delete cascade,
  unit_id   bigint not null references unit (id),
  primary key (group_id, unit_id)
);
create index supervision_group_unit_unit_idx on supervision_group_unit (unit_id);

create table supervision_group_task (
  group_id  bigint not null references supervision_group (id) on delete cascade,
  task_id   bigint not null,
  primary key (group_id, task_id)
);
create index supervision_group_task_task_idx on supervision_group_task (task_id);

-- 督导检查: a group visits a unit and/or a task on a date; append-only like progress reports.
create table inspection (
  id            bigint generated always as identity primary key,
  group_id      bigint not null references supervision_group (id),
  unit_id       bigint not null references unit (id),     -- the unit inspected (a task's lead unit by default)
  task_id       bigint,                                   -- the task inspected, if any
  directive_id  bigint,                                   -- its directive (for the audit trail)
  task_title    text,                                     -- as it was on the day
  inspected_on  date not null,
  findings      text not null check (length(findings) between 1 and 4000),
  rating        text not null check (rating in ('GOOD', 'NORMAL', 'LAGGING', 'SERIOUSLY_LAGGING')),
  created_by    text not null,
  created_at    timestamptz not null default now()
);
create index inspection_unit_idx on inspection (unit_id, inspected_on desc);
create index inspection_task_idx on inspection (task_id);
create index inspection_group_idx on inspection (group_id, inspected_on desc);

-- 整改: opened from an inspection's finding; owner unit (and person), deadline, status, progress, evidence.
create table rectification (
  id               bigint generated always as identity primary key,
  inspection_id    bigint not null references inspection (id),
  task_id          bigint,
  title            text not null check (length(title) between 1 and 200),
  requirement      text check (requirement is null or length(requirement) <= 2000),
  owner_unit_id    bigint not null references unit (id),
  owner_person_id  bigint references person (id),
  opened_on        date not null,
  deadline         date not null check (deadline >= opened_on),
  status           text not null check (status in ('OPEN', 'IN_PROGRESS', 'RECTIFIED', 'CLOSED')),
  progress_percent numeric(5, 2) check (progress_percent is null or progress_percent between 0 and 100),
  progress_note    text,
  started_on       date,
  summary          text,        -- 整改情况 (the evidence's text)
  evidence_note    text,        -- 佐证说明 when no file can be given (e.g. 现场核查)
  submitted_on     date,        -- the unit reported it done (已整改)
  submitted_by     text,
  return_reason    text,        -- the 督查室's reason when it sent the item back
  closed_on        date,        -- 销号 by the 督查室
  closed_by        text,
  close_comment    text,
  version          int not null default 0,
  created_by       text not null,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  constraint rectification_closed_has_evidence_ck check (status <> 'CLOSED' or summary is not null)
);
create index rectification_owner_idx on rectification (owner_unit_id, status, deadline);
create index rectification_inspection_idx on rectification (inspection_id);
create index rectification_task_idx on rectification (task_id);
create index rectification_open_idx on rectification (deadline) where status <> 'CLOSED';

-- 督办单: numbered per calendar year, gap-free (督办〔2026〕第N号).
create table supervision_order_counter (
  year      int primary key,
  last_seq  int not null check (last_seq > 0)
);

create table supervision_order (
  id              bigint generated always as identity primary key,
  year            int not null,
  seq             int not null check (seq > 0),
  number          text not null,
  task_id         bigint not null,
  directive_id    bigint not null,
  task_title      text not null,     -- 督办事项, as issued
  unit_id         bigint not null references unit (id), -- 承办单位: the task's lead unit when issued
  light           text not null check (light in ('YELLOW', 'RED')),
  light_reason    text not null,
  basis           text not null check (length(basis) between 1 and 2000),        -- 督办依据
  requirement     text not null check (length(requirement) between 1 and 2000),  -- 督办要求
  response_days   int not null check (response_days between 1 and 60),
  issued_on       date not null,
  response_due    date not null,
  signer          text not null check (length(signer) between 1 and 40),         -- 签发
  status          text not null check (status in ('ISSUED', 'RESPONDED', 'CLOSED', 'WITHDRAWN')),
  response        text,
  responded_on    date,
  responded_by    text,
  return_reason   text,
  returned_count  int not null default 0,
  decided_on      date,
  decided_by      text,
  decision_comment text,
  version         int not null default 0,
  issued_by       text not null,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  constraint supervision_order_number_uq unique (year, seq),
  constraint supervision_order_number_text_uq unique (number)
);
create index supervision_order_task_idx on supervision_order (task_id, id);
create index supervision_order_unit_idx on supervision_order (unit_id, status);
-- One open order per task at a time.
create unique index supervision_order_one_open on supervision_order (task_id) where status in ('ISSUED', 'RESPONDED');

-- Files: inspection evidence, rectification evidence and order responses; in the database like the ledger's.
create table supervision_attachment (
  id                bigint generated always as identity primary key,
  inspection_id     bigint references inspection (id),
  rectification_id  bigint references rectification (id),
  order_id          bigint references supervision_order (id),
  original_name     text not null check (length(original_name) between 1 and 255),
  content_type      text not null,
  size_bytes        bigint not null check (size_bytes between 1 and 20971520),
  sha256            text not null check (length(sha256) = 64),
  content           bytea not null,
  uploaded_by       text not null,
  uploaded_at       timestamptz not null default now(),
  constraint supervision_attachment_one_owner_ck
    check (num_nonnulls(inspection_id, rectification_id, order_id) = 1)
);
create index supervision_attachment_inspection_idx on supervision_attachment (inspection_id);
create index supervision_attachment_rectification_idx on supervision_attachment (rectification_id);
create index supervision_attachment_order_idx on supervision_attachment (order_id);
