-- 绩效考核: schemes (考核办法) as versioned data, manual entries with evidence, result versions, appeals.

create table asm_scheme (
  id               bigint generated always as identity primary key,
  year             int not null check (year between 2000 and 2100),
  version          int not null check (version >= 1),          -- 第N版 of the year's 考核办法
  title            text not null check (length(title) between 1 and 100),
  basis            text,                                       -- 依据 (the published 考核办法 it follows)
  status           text not null check (status in ('DRAFT', 'PUBLISHED')),
  effective_from   date not null,
  effective_to     date not null,
  excellent_from   numeric(7, 2) not null,
  good_from        numeric(7, 2) not null,
  pass_from        numeric(7, 2) not null,
  excellent_share  numeric(5, 4) not null check (excellent_share between 0 and 1),
  bonus_cap        numeric(7, 2) not null check (bonus_cap >= 0),
  deduction_cap    numeric(7, 2) not null check (deduction_cap >= 0),
  no_data          text not null check (no_data in ('NO_POINTS', 'FULL_POINTS', 'AVERAGE')),
  appeal_days      int not null check (appeal_days between 1 and 30),
  row_version      int not null default 0,
  created_by       text not null,
  created_at       timestamptz not null default luoshi_now(),
  published_by     text,
  published_at     timestamptz,
  check (effective_from <= effective_to),
  unique (year, version)
);

create table asm_group (
  id         bigint generated always as identity primary key,
  scheme_id  bigint not null references asm_scheme (id) on delete cascade,
  seq        int not null,
  name       text not null check (length(name) between 1 and 40),
  total      numeric(7, 2) not null check (total > 0),
  unique (scheme_id, name)
);

create table asm_group_unit (
  group_id   bigint not null references asm_group (id) on delete cascade,
  unit_id    bigint not null references unit (id),
  seq        int not null,
  primary key (group_id, unit_id)
);

create table asm_indicator (
  id             bigint generated always as identity primary key,
  group_id       bigint not null references asm_group (id) on delete cascade,
  seq            int not null,
  code           text not null,
  category       text,
  name           text not null check (length(name) between 1 and 60),
  weight         numeric(7, 2) not null check (weight >= 0),
  method         text not null,
  params         jsonb not null default '{}',
  source         text not null,
  source_params  jsonb not null default '{}',
  unique (group_id, code)
);

-- 手工录入 (民主测评, 满意度…) per scheme year, indicator code and unit, with an optional evidence file.
create table asm_manual_entry (
  id             bigint generated always as identity primary key,
  year           int not null,
  code           text not null,
  unit_id        bigint not null references unit (id),
  value          numeric(12, 4) not null,
  note           text check (length(note) <= 500),
  file_name      text,
  content_type   text,
  content        bytea,
  entered_by     text not null,
  entered_at     timestamptz not null default luoshi_now(),
  unique (year, code, unit_id)
);

create table asm_issue_counter (
  year      int primary key,
  last_seq  int not null check (last_seq > 0)
);

-- A scoring run: a result version. PREVIEW (预评, a quarter) or FINAL (年度); published ones are frozen, numbered
-- (〔2026〕1号) and only ever superseded by a new version created by an accepted appeal.
create table asm_run (
  id              bigint generated always as identity primary key,
  scheme_id       bigint not null references asm_scheme (id),
  kind            text not null check (kind in ('PREVIEW', 'FINAL')),
  quarter         int check (quarter between 1 and 4),
  period_from     date not null,
  period_to       date not null,
  status          text not null check (status in ('COMPUTED', 'PUBLISHED', 'SUPERSEDED')),
  result_version  int not null default 1,
  parent_id       bigint references asm_run (id),
  issue_year      int,
  issue_seq       int,
  number          text,
  adjustments     jsonb not null default '[]',   -- the accepted appeals applied (unit, code, value, reason)
  changes         jsonb not null default '[]',   -- the diff against the parent version
  computed_by     text not null,
  computed_at     timestamptz not null default luoshi_now(),
  published_by    text,
  published_at    timestamptz,
  appeal_until    date,
  row_version     int not null default 0
);
create index asm_run_scheme_idx on asm_run (scheme_id, id desc);

create table asm_run_unit (
  run_id       bigint not null references asm_run (id) on delete cascade,
  unit_id      bigint not null,
  unit_name    text not null,             -- as it was when scored
  group_name   text not null,
  group_seq    int not null,
  subtotal     numeric(9, 2) not null,
  bonus        numeric(9, 2) not null,
  deduction    numeric(9, 2) not null,
  total        numeric(9, 2) not null,
  rank         int not null,
  grade        text not null,
  grade_rule   text not null,
  vetoed       boolean not null,
  lines        jsonb not null,             -- every line with its value, points and how (without facts)
  facts        jsonb not null default '{}', -- the facts behind each line, by indicator code
  primary key (run_id, unit_id)
);

create table asm_appeal (
  id               bigint generated always as identity primary key,
  run_id           bigint not null references asm_run (id),
  unit_id          bigint not null references unit (id),
  code             text not null,
  line_name        text not null,
  claim            text not null check (length(claim) between 1 and 2000),
  requested_value  numeric(12, 4),
  file_name        text,
  content_type     text,
  content          bytea,
  filed_by         text not null,
  filed_at         timestamptz not null default luoshi_now(),
  status           text not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
  decision_reason  text,
  adjusted_value   numeric(12, 4),
  decided_by       text,
  decided_at       timestamptz,
  new_run_id       bigint references asm_run (id),
  row_version      int not null default 0
);
create unique index asm_appeal_one_pending on asm_appeal (run_id, unit_id, code) where status = 'PENDING';
