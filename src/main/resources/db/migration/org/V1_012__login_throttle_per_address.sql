-- An account is locked for the address its failures came from (ACCOUNT_ADDRESS, key "user@address"), not for
-- everyone: a guesser elsewhere could otherwise lock anyone out by trying five passwords. The account-wide row
-- (ACCOUNT) now only slows attempts down (at most a minute between tries), which bounds guessing spread over many
-- addresses; an address that fails too often is still locked as a whole (ADDRESS).
alter table login_throttle drop constraint login_throttle_kind_check;
alter table login_throttle add constraint login_throttle_kind_check
  check (kind in ('ACCOUNT', 'ACCOUNT_ADDRESS', 'ADDRESS'));
alter table login_throttle drop constraint login_throttle_key_check;
alter table login_throttle add constraint login_throttle_key_check check (length(key) between 1 and 162);
-- Locks in force under the old rule stay where they are until they run out (or the admin unlocks them).
