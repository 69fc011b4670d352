-- Reads of personal data (petitioners', callers' names and phones) are audited too: action READ (查看).
alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
  check (action in ('CREATE', 'UPDATE', 'DELETE', 'TRANSITION', 'READ'));
