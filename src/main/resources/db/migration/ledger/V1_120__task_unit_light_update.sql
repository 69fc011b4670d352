-- The first lights pass of a working day rewrites every open task's countdown but few colours. The update trigger
-- used to join all changed task_light rows with all of task_unit; now it first keeps the rows whose light differs
-- (old against new) and touches task_unit only for those, through its (task_id, unit_id) key.
create or replace function task_unit_after_light_update() returns trigger language plpgsql as $$
begin
  update task_unit tu set light = n.light
  from new_rows n join old_rows o on o.task_id = n.task_id
  where n.light is distinct from o.light and tu.task_id = n.task_id and tu.light is distinct from n.light;
  return null;
end $$;

drop trigger task_unit_light_update on task_light;
create trigger task_unit_light_update after update on task_light
  referencing old table as old_rows new table as new_rows for each statement
  execute function task_unit_after_light_update();
