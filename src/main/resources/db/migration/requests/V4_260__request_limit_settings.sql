-- 时限设置 (issue 15, session 8): the limits a dispatch runs on are stored with it when it is made, so a change on the
-- settings page applies to new dispatches only (null = a dispatch from before, or loaded from history: the limits in
-- force). The limit table gets a version (optimistic locking of the settings form) and who changed it last.
alter table request_dispatch add column sign_minutes int check (sign_minutes > 0);
alter table request_dispatch add column contact_minutes int check (contact_minutes > 0);
alter table request_dispatch add column finish_minutes int check (finish_minutes > 0);
alter table request_dispatch add column reply_minutes int check (reply_minutes > 0);

alter table request_clock_limit add column version int not null default 0;
alter table request_clock_limit add column updated_by text;
alter table request_clock_limit add column updated_at timestamptz not null default luoshi_now();

-- 市民评价 on the public page: who rated (the citizen, the centre's 回访, or another channel) and a limit on attempts.
alter table request_rating add column by_citizen boolean not null default false;
create table request_citizen_attempt (
  id          bigint generated always as identity primary key,
  number      text not null,
  client_key  text not null,                                   -- hashed client address
  at          timestamptz not null default luoshi_now(),
  ok          boolean not null
);
create index request_citizen_attempt_idx on request_citizen_attempt (client_key, at);
create index request_citizen_attempt_number_idx on request_citizen_attempt (number, at);
