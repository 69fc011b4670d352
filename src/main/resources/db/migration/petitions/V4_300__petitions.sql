-- Module petitions (信访): cases (件), their visits (件次, with the people on them: 人次), the petitioners with their
-- personal data sealed (AES-GCM by cn.luoshi.common.PersonalData; only blind indexes are searchable), 接访 records,
-- 复查/复核, the 积案 register and the link to the ledger task a 积案 or an escalated case becomes.

create table petition_category (
  id          bigint generated always as identity primary key,
  name        text not null check (length(name) between 1 and 40),
  sort_order  int not null default 0,
  constraint petition_category_name_uq unique (name)
);

-- A petitioner. Every column with personal data is sealed; *_index are keyed HMACs for "same person" matching.
create table petition_person (
  id               bigint generated always as identity primary key,
  name_sealed      text not null,
  id_number_sealed text,
  phone_sealed     text,
  address_sealed   text,
  name_index       text not null,
  id_number_index  text,
  phone_index      text,
  created_at       timestamptz not null default luoshi_now()
);
create index petition_person_id_number_ix on petition_person (id_number_index) where id_number_index is not null;
create index petition_person_phone_ix on petition_person (phone_index) where phone_index is not null;

-- A case (件): one matter of one petitioner or group. level is the highest its visits reached (never goes down).
create table petition_case (
  id                 bigint generated always as identity primary key,
  case_no            text not null,                                    -- 信访件编号, e.g. XF2026-000123
  title              text not null check (length(title) between 2 and 200),
  summary            text check (length(summary) <= 4000),              -- 诉求摘要
  category_id        bigint not null references petition_category (id),
  channel            text not null check (channel in ('LETTER', 'VISIT', 'ONLINE', 'PHONE')),  -- first visit's
  level              text not null check (level in ('DISTRICT', 'CITY', 'PROVINCE', 'NATION')),
  repeat_petition    boolean not null default false,                   -- 重复信访 (the matter was raised before)
  group_size         int not null default 1 check (group_size >= 1),  -- the largest group on it
  received_on        date not null,                                    -- 收到日期 (第一次)
  transferred_on     date,                                             -- 登记转送/交办 (第二十二条)
  accepted_on        date,                                             -- 受理告知 (第二十三条)
  extension_days     int not null default 0 check (extension_days between 0 and 90),
  extension_reason   text,                                             -- 延期理由 (告知信访人, 第三十四条)
  answered_on        date,                                             -- 出具处理意见 (办结)
  resolved           boolean not null default false,                   -- 化解 (no further petition expected)
  status             text not null default 'REGISTERED'
                     check (status in ('REGISTERED', 'ACCEPTED', 'ANSWERED', 'REVIEW', 'RECHECK', 'CLOSED')),
  lead_unit_id       bigint references unit (id),                      -- 责任单位 (牵头)
  leader_person_id   bigint references person (id),                    -- 包案领导
  accusation         boolean not null default false,                   -- 检举控告类 (第三十条)
  accused_unit_id    bigint references unit (id),                      -- the unit the accusation is about
  accusation_text    text,                                             -- never shown to accused_unit_id
  backlog            boolean not null default false,                   -- 积案
  backlog_since      date,
  backlog_resolved_on date,
  task_id            bigint references task (id) on delete set null,   -- the ledger task it became
  letter_key         text,                                             -- blind index of (信件编号 or petitioner+date) for duplicates
  version            int not null default 0,
  created_by         text not null,
  created_at         timestamptz not null default luoshi_now(),
  updated_at         timestamptz not null default luoshi_now(),
  constraint petition_case_no_uq unique (case_no),
  constraint petition_case_extension_reason_ck check (extension_days = 0 or extension_reason is not null),
  constraint petition_case_accusation_ck check (accused_unit_id is null or accusation)
);
create index petition_case_received_ix on petition_case (received_on);
create index petition_case_leader_ix on petition_case (leader_person_id) where leader_person_id is not null;
create index petition_case_unit_ix on petition_case (lead_unit_id);
create index petition_case_open_ix on petition_case (status) where status <> 'CLOSED';
create index petition_case_backlog_ix on petition_case (id) where backlog;

-- Further units responsible (配合).
create table petition_case_unit (
  case_id  bigint not null references petition_case (id) on delete cascade,
  unit_id  bigint not null references unit (id),
  primary key (case_id, unit_id)
);

create table petition_case_person (
  case_id         bigint not null references petition_case (id) on delete cascade,
  person_id       bigint not null references petition_person (id),
  representative  boolean not null default false,  -- 集体访代表 (第二十条: at most 5)
  primary key (case_id, person_id)
);
create index petition_case_person_person_ix on petition_case_person (person_id);

-- A registration (件次): a letter, a visit (with its people: 人次), an online petition or a call.
create table petition_visit (
  id           bigint generated always as identity primary key,
  case_id      bigint not null references petition_case (id) on delete cascade,
  visited_on   date not null,
  channel      text not null check (channel in ('LETTER', 'VISIT', 'ONLINE', 'PHONE')),
  level        text not null check (level in ('DISTRICT', 'CITY', 'PROVINCE', 'NATION')),
  to_beijing   boolean not null default false,                       -- 进京 (visit at the national level)
  people       int not null default 1 check (people between 1 and 10000),
  repeat_visit boolean not null default false,                       -- not the case's first registration
  external_no  text,                                                  -- 信件/登记编号 at the receiving office
  note         text check (length(note) <= 1000),
  created_by   text not null,
  created_at   timestamptz not null default luoshi_now()
);
create index petition_visit_month_ix on petition_visit (visited_on, level, channel) include (people, repeat_visit, case_id);
create index petition_visit_case_ix on petition_visit (case_id, visited_on);
create unique index petition_visit_external_uq on petition_visit (level, external_no) where external_no is not null;

-- 接访: a leader or unit received the petitioner (领导接访、下访).
create table petition_reception (
  id                bigint generated always as identity primary key,
  case_id           bigint not null references petition_case (id) on delete cascade,
  received_on       date not null,
  leader_person_id  bigint references person (id),
  place             text,
  note              text check (length(note) <= 2000),
  created_by        text not null,
  created_at        timestamptz not null default luoshi_now()
);
create index petition_reception_case_ix on petition_reception (case_id);

-- 复查 (第三十五条) and 复核 (第三十六条): requested within 30 days of the answer, answered within 30 days.
create table petition_review (
  id            bigint generated always as identity primary key,
  case_id       bigint not null references petition_case (id) on delete cascade,
  kind          text not null check (kind in ('REVIEW', 'RECHECK')),
  requested_on  date not null,
  answered_on   date,
  hearing_days  int not null default 0 check (hearing_days >= 0),  -- 听证 (not counted, 第三十六条)
  result        text check (length(result) <= 2000),
  created_by    text not null,
  created_at    timestamptz not null default luoshi_now(),
  constraint petition_review_kind_uq unique (case_id, kind)
);

insert into petition_category (name, sort_order) values
  ('征地拆迁', 10), ('保交楼', 20), ('返租', 30), ('欠薪', 40), ('落实政策', 50), ('城乡建设', 60),
  ('劳动社保', 70), ('教育', 80), ('卫生健康', 90), ('生态环境', 100), ('涉法涉诉', 110), ('其他', 900);
create unique index petition_case_letter_uq on petition_case (letter_key) where letter_key is not null;

-- The ledger directive each year's supervised petition tasks hang under ("2026年信访积案及进省进京信访件化解").
create table petition_directive (
  year          int primary key,
  directive_id  bigint not null references directive (id) on delete cascade
);

create sequence petition_case_no_seq;
