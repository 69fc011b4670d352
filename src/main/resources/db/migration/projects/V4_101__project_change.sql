-- 项目清单的变更记录 (issue 14): one row per transaction that wrote a table the project list reads (project, its
-- 月报, its lights). A kept page of the list is served again only while no transaction not visible in the snapshot it
-- was built from has committed a row here (common.KeptUntilChange): correct under commits in any order, and a
-- transaction that rolls back leaves nothing. Statement-level triggers: one insert per writing statement at most,
-- one row per transaction.
create table project_change (
  xid  bigint primary key
);

create function project_changed() returns trigger language plpgsql as $$
begin
  insert into project_change (xid) values (pg_current_xact_id()::text::bigint) on conflict do nothing;
  return null;
end $$;

create trigger project_changed after insert or update or delete or truncate on project
  for each statement execute function project_changed();
create trigger project_report_changed after insert or update or delete or truncate on project_report
  for each statement execute function project_changed();
create trigger project_light_changed after insert or update or delete or truncate on project_light
  for each statement execute function project_changed();
