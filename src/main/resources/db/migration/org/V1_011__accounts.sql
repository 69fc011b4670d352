-- Module org (issue 11 §4): login throttling, forced password change, personal API tokens.

-- Failed sign-ins per account (lower-cased user name, whether or not it exists) and per client address. Kept in the
-- database so a lock survives a restart and holds for every instance of a cluster.
create table login_throttle (
  kind             text not null check (kind in ('ACCOUNT', 'ADDRESS')),
  key              text not null check (length(key) between 1 and 80),
  failures         int not null default 0,
  last_failure_at  timestamptz,
  locked_until     timestamptz,
  primary key (kind, key)
);
create index login_throttle_locked_idx on login_throttle (locked_until) where locked_until is not null;

-- An admin reset sets it; the user is sent to 修改密码 until a new password is chosen.
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column password_changed_at timestamptz;

-- Personal API tokens (个人API令牌): only the SHA-256 of the token is stored.
create table api_token (
  id            bigint generated always as identity primary key,
  user_id       bigint not null references app_user (id) on delete cascade,
  name          text not null check (length(name) between 1 and 40),
  token_hash    bytea not null,
  prefix        text not null,
  created_at    timestamptz not null,
  expires_at    timestamptz,
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  constraint api_token_hash_uq unique (token_hash)
);
create index api_token_user_idx on api_token (user_id);
