-- Module reminders (催办): passes, reminders (once per cause, subject, period and unit), their deliveries per
-- recipient and channel (站内消息, 电子邮件, 群机器人), users' notification preferences and group-robot webhooks.

-- One row per pass over everything due: when, why, by whom, what came of it.
create table reminder_pass (
  id            bigint generated always as identity primary key,
  started_at    timestamptz not null,
  finished_at   timestamptz,
  trigger       text not null check (trigger in ('SCHEDULED', 'MANUAL', 'STARTUP')),
  triggered_by  text not null,
  items         int not null default 0,   -- due items the sources reported
  created       int not null default 0,   -- of which new (not reminded before)
  deliveries    int not null default 0,
  millis        int,
  errors        text                      -- sources that failed, in words
);

-- What is reminded, once: the unique index is the de-duplication — a second pass (even a concurrent one) that
-- reports the same cause, subject, period and unit inserts nothing and so sends nothing.
create table reminder (
  id            bigint generated always as identity primary key,
  pass_id       bigint not null references reminder_pass (id),
  cause         text not null check (length(cause) between 1 and 40),
  cause_label   text not null,
  subject_type  text not null check (length(subject_type) between 1 and 20),
  subject_id    bigint not null,
  period_key    text not null check (length(period_key) between 1 and 60),
  unit_id       bigint references unit (id),
  audience      text not null check (audience in ('UNIT', 'UNIT_AND_SUPERVISORS', 'SUPERVISORS')),
  title         text not null,
  body          text not null,
  link          text,
  created_at    timestamptz not null
);
create unique index reminder_once on reminder (cause, subject_type, subject_id, period_key, coalesce(unit_id, 0));
create index reminder_pass_idx on reminder (pass_id, id);
create index reminder_subject_idx on reminder (subject_type, subject_id, id desc);

-- One row per recipient and channel. recipient: 'user:<id>' (站内消息, 邮件) or 'robot:unit:<id>' / 'robot:global'
-- (群机器人). In-app rows are delivered when created (read_at marks them read); e-mail and robot rows wait for
-- next_attempt_at (quiet hours, digest, back-off) and are sent by the dispatcher.
create table reminder_delivery (
  id               bigint generated always as identity primary key,
  reminder_id      bigint not null references reminder (id) on delete cascade,
  channel          text not null check (channel in ('IN_APP', 'EMAIL', 'WEBHOOK')),
  recipient        text not null,
  user_id          bigint references app_user (id) on delete cascade,
  status           text not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
  hold             text check (hold in ('QUIET', 'DIGEST')),
  attempts         int not null default 0,
  next_attempt_at  timestamptz,
  claimed_at       timestamptz,
  last_error       text,
  sent_at          timestamptz,
  read_at          timestamptz,
  created_at       timestamptz not null,
  constraint reminder_delivery_once unique (reminder_id, channel, recipient)
);
create index reminder_delivery_due_idx on reminder_delivery (channel, next_attempt_at, id) where status = 'PENDING';
create index reminder_delivery_inbox_idx on reminder_delivery (user_id, id desc) where channel = 'IN_APP';
create index reminder_delivery_unread_idx on reminder_delivery (user_id) where channel = 'IN_APP' and read_at is null;

-- A user's own settings (消息设置). No row = defaults: no e-mail, quiet hours from the configuration, no digest.
create table notification_preference (
  user_id         bigint primary key references app_user (id) on delete cascade,
  email           text check (email is null or length(email) between 3 and 254),
  email_enabled   boolean not null default false,
  quiet_enabled   boolean not null default true,
  quiet_start     time not null default '22:00',
  quiet_end       time not null default '07:30',
  digest_enabled  boolean not null default false,
  digest_hour     int not null default 17 check (digest_hour between 0 and 23),
  version         int not null default 0,
  updated_at      timestamptz not null default now(),
  constraint notification_preference_email_ck check (not email_enabled or email is not null),
  constraint notification_preference_quiet_ck check (quiet_start <> quiet_end)
);

-- 群机器人 (钉钉/企业微信): one per unit, and at most one global (unit_id null) for the units without their own.
create table reminder_webhook (
  id          bigint generated always as identity primary key,
  unit_id     bigint references unit (id) on delete cascade,
  kind        text not null check (kind in ('DINGTALK', 'WECOM')),
  url         text not null check (url ~ '^https?://' and length(url) <= 500),
  secret      text check (secret is null or length(secret) <= 200),
  enabled     boolean not null default true,
  version     int not null default 0,
  updated_by  text not null,
  updated_at  timestamptz not null default now()
);
create unique index reminder_webhook_target on reminder_webhook (coalesce(unit_id, 0));
