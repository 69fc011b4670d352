-- Module bulletins (通报): drafts and published bulletins with the numbers they quote (frozen on publication), the
-- classified task list behind them, the per-year issue counter (第N期) and the Word template a district may replace.
create table bulletin (
  id                  bigint generated always as identity primary key,
  status              text not null check (status in ('DRAFT', 'PUBLISHED')),
  title               text not null check (length(title) between 1 and 200),
  period_kind         text not null check (period_kind in ('WEEK', 'MONTH', 'QUARTER', 'CUSTOM')),
  period_from         date not null,
  period_to           date not null,
  period_label        text not null,
  scope_kind          text not null check (scope_kind in ('ALL', 'DIRECTIVE', 'TAG')),
  scope_directive_id  bigint,           -- no foreign key: a published bulletin outlives the directive it counted
  scope_tag           text,
  scope_label         text not null,
  requirements        text not null default '' check (length(requirements) <= 4000),
  content             jsonb not null,   -- the numbers, lists and rules in words the bulletin quotes
  issue_year          int,              -- 第N期 per year, given on publication
  issue_number        int,
  docx                bytea,            -- the documents as published
  pdf                 bytea,
  generated_by        text not null,
  generated_at        timestamptz not null,
  published_by        text,
  published_at        timestamptz,
  version             int not null default 0,
  constraint bulletin_period_ck check (period_from <= period_to),
  constraint bulletin_issue_ck check ((status = 'PUBLISHED') = (issue_number is not null and issue_year is not null
                                      and published_at is not null and docx is not null and pdf is not null)),
  constraint bulletin_issue_uq unique (issue_year, issue_number)
);
create index bulletin_list_idx on bulletin (status, issue_year desc, issue_number desc, id desc);

-- The last issue number given per year: publishing takes the next one in its own transaction (row lock), so numbers
-- are gap-free and never shared even when two bulletins are published at once.
create table bulletin_issue_counter (
  year         int primary key,
  last_number  int not null check (last_number > 0)
);

-- Every task the bulletin looked at, as it classified it at the period's end (the Excel lists; frozen with it).
create table bulletin_task (
  bulletin_id            bigint not null references bulletin (id) on delete cascade,
  seq                    int not null,
  task_id                bigint not null,
  directive_title        text not null,
  title                  text not null,
  kind                   text not null,
  unit_id                bigint,
  unit_name              text,
  membership             text not null,
  status                 text not null,
  deadline               date not null,
  original_deadline      date,
  completed_on           date,
  completed_in_period    boolean not null,
  on_time                boolean,
  due                    boolean not null,
  standing               text,
  planned_percent        numeric(7, 2),
  actual_percent         numeric(9, 2),
  lag_points             numeric(9, 2),
  overdue                boolean not null,
  overdue_days           int not null,
  missed_periods         text not null,
  open_problems          int not null,
  light                  text not null,
  light_reason           text,
  completion_requested   date,
  terminated_on          date,
  termination_reason     text,
  primary key (bulletin_id, seq)
);

-- A district's own Word template; the newest row is in force, none means the shipped default.
create table bulletin_template (
  id             bigint generated always as identity primary key,
  original_name  text not null,
  content        bytea not null,
  uploaded_by    text not null,
  uploaded_at    timestamptz not null default now()
);
