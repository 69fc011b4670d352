-- Statement-level triggers that join their transition tables are planned per statement (EXECUTE), not once per
-- connection. PL/pgSQL caches a statement's plan in each backend: planned while the transition tables held one row
-- (a single task's change, the common case), the join of new_rows with old_rows became a nested loop, and the same
-- plan then ran for a lights pass or an import that changed 100,000 rows — quadratic: a pass that turned every light
-- ran for minutes inside task_unit_after_light_update (seen in bench/lights-pass.sh, docs/benchmarks.md). EXECUTE
-- plans with the transition tables' real sizes; planning costs a fraction of a millisecond per statement.

-- The unit index follows a changed light. task_unit.light always equals the light before the change (this trigger
-- and the insert/delete ones keep it so), so comparing with the new rows alone finds the same rows as joining the old
-- ones, and the trigger no longer needs the old rows kept.
create or replace function task_unit_after_light_update() returns trigger language plpgsql as $$
begin
  execute 'update task_unit tu set light = n.light from new_rows n
           where tu.task_id = n.task_id and tu.light is distinct from n.light';
  return null;
end $$;

drop trigger task_unit_light_update on task_light;
create trigger task_unit_light_update after update on task_light
  referencing new table as new_rows for each statement
  execute function task_unit_after_light_update();

create or replace function task_unit_after_task_update() returns trigger language plpgsql as $$
begin
  execute 'select task_unit_refresh(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where n.lead_unit_id is distinct from o.lead_unit_id or n.deadline is distinct from o.deadline
       or n.kind is distinct from o.kind))';
  return null;
end $$;

create or replace function task_fact_history_after_update() returns trigger language plpgsql as $$
begin
  execute 'insert into task_fact_history (task_id, valid_from, status, lead_unit_id, deadline, start_date, tags,
                                          completed_on)
  select n.id, case when n.updated_at is distinct from o.updated_at then n.updated_at else luoshi_now() end,
         n.status, n.lead_unit_id, n.deadline, n.start_date, n.tags, n.completed_on
  from new_rows n join old_rows o on o.id = n.id
  where (n.status, n.lead_unit_id, n.deadline, n.start_date, n.tags, n.completed_on)
        is distinct from (o.status, o.lead_unit_id, o.deadline, o.start_date, o.tags, o.completed_on)
  order by n.id';
  return null;
end $$;
