-- Module org: units (单位), people (人员), leaders' portfolios (分管), users and roles.
create table unit (
  id          bigint generated always as identity primary key,
  type        text not null check (type in ('LEADERSHIP', 'DEPARTMENT', 'STREET', 'COMMUNITY', 'SUPERVISION_GROUP', 'OTHER')),
  parent_id   bigint references unit (id),
  short_name  text not null check (length(short_name) between 1 and 20),
  full_name   text not null check (length(full_name) between 1 and 60),
  sort_order  int not null default 0,
  active      boolean not null default true,
  created_at  timestamptz not null default now(),
  constraint unit_full_name_uq unique (full_name),
  constraint unit_short_name_uq unique (short_name)
);
create index unit_parent_idx on unit (parent_id);

create table person (
  id          bigint generated always as identity primary key,
  unit_id     bigint not null references unit (id),
  name        text not null check (length(name) between 1 and 30),
  position    text,
  phone       text,
  leader      boolean not null default false,
  portfolio   text,
  sort_order  int not null default 0
);
create index person_unit_idx on person (unit_id);

-- The units a district leader is in charge of (分管).
create table leader_portfolio (
  person_id   bigint not null references person (id) on delete cascade,
  unit_id     bigint not null references unit (id),
  primary key (person_id, unit_id)
);

create table app_user (
  id             bigint generated always as identity primary key,
  username       text not null check (username ~ '^[A-Za-z0-9_.-]{2,40}$'),
  password_hash  text not null,
  display_name   text not null,
  role           text not null check (role in ('ADMIN', 'SUPERVISOR', 'LEADER', 'UNIT_HEAD', 'UNIT_STAFF', 'VIEWER')),
  unit_id        bigint references unit (id),
  person_id      bigint references person (id),
  enabled        boolean not null default true,
  created_at     timestamptz not null default now(),
  last_login_at  timestamptz,
  constraint app_user_username_uq unique (username),
  constraint app_user_unit_role_ck check (role not in ('UNIT_HEAD', 'UNIT_STAFF') or unit_id is not null)
);
