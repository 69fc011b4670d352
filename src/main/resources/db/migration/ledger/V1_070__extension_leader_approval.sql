-- 延期申请的领导审批: where the district configures it, an extension the 督查室 approves goes on to the task's
-- 牵头区领导 (status AWAITING_LEADER) and the deadline moves only on the leader's approval.
alter table extension_request drop constraint extension_request_status_check;
alter table extension_request add constraint extension_request_status_check
  check (status in ('PENDING', 'AWAITING_LEADER', 'APPROVED', 'REFUSED'));
alter table extension_request
  add column reviewed_by     text,          -- 督查室初审 (when a leader decides last)
  add column reviewed_at     timestamptz,
  add column review_comment  text;

drop index extension_request_one_pending;
create unique index extension_request_one_open on extension_request (task_id)
  where status in ('PENDING', 'AWAITING_LEADER');

-- One row: when an extension needs the leader too. NONE (the 督查室 decides alone, the default), ALL, or LONGER_THAN
-- a number of working days added to the deadline.
create table extension_policy (
  id                      int primary key default 1 check (id = 1),
  leader_approval         text not null default 'NONE' check (leader_approval in ('NONE', 'ALL', 'LONGER_THAN')),
  threshold_working_days  int not null default 20 check (threshold_working_days between 1 and 250),
  version                 int not null default 0,
  updated_by              text,
  updated_at              timestamptz
);
insert into extension_policy (id) values (1);
