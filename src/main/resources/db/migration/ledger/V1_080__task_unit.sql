-- 单位任务索引: one row per (unit, task) for the unit that leads a task and each 配合单位, with the task's light and
-- deadline copied in, so "a unit's red tasks due this quarter, by deadline" is one index range scan instead of a
-- probe of task and task_light per candidate (docs/decisions.md 34). AREA nodes (方面) are not listed and have no
-- rows. Kept exact by the statement-level triggers below, in the same transaction as the change; nothing in Java
-- writes it.
create table task_unit (
  unit_id   bigint not null references unit (id) on delete cascade,
  task_id   bigint not null references task (id) on delete cascade,
  lead      boolean not null,
  light     text,
  deadline  date,
  primary key (unit_id, task_id)
);
create index task_unit_list_idx on task_unit (unit_id, light, deadline, task_id);
create index task_unit_task_idx on task_unit (task_id);

create function task_unit_refresh(ids bigint[]) returns void language sql as $$
  delete from task_unit where task_id = any (ids);
  insert into task_unit (unit_id, task_id, lead, light, deadline)
  select t.lead_unit_id, t.id, true, l.light, t.deadline
  from task t left join task_light l on l.task_id = t.id
  where t.id = any (ids) and t.lead_unit_id is not null and t.kind <> 'AREA';
  insert into task_unit (unit_id, task_id, lead, light, deadline)
  select c.unit_id, t.id, false, l.light, t.deadline
  from task_co_unit c join task t on t.id = c.task_id left join task_light l on l.task_id = t.id
  where c.task_id = any (ids) and t.kind <> 'AREA'
  on conflict (unit_id, task_id) do nothing;
$$;

create function task_unit_after_task_insert() returns trigger language plpgsql as $$
begin
  perform task_unit_refresh(array(select id from new_rows));
  return null;
end $$;

create function task_unit_after_task_update() returns trigger language plpgsql as $$
begin
  perform task_unit_refresh(array(
    select n.id from new_rows n join old_rows o on o.id = n.id
    where n.lead_unit_id is distinct from o.lead_unit_id or n.deadline is distinct from o.deadline
       or n.kind is distinct from o.kind));
  return null;
end $$;

create function task_unit_after_co_unit_insert() returns trigger language plpgsql as $$
begin
  perform task_unit_refresh(array(select distinct task_id from new_rows));
  return null;
end $$;

create function task_unit_after_co_unit_delete() returns trigger language plpgsql as $$
begin
  perform task_unit_refresh(array(select distinct task_id from old_rows));
  return null;
end $$;

create function task_unit_after_light_change() returns trigger language plpgsql as $$
begin
  update task_unit tu set light = n.light
  from new_rows n
  where tu.task_id = n.task_id and tu.light is distinct from n.light;
  return null;
end $$;

create function task_unit_after_light_delete() returns trigger language plpgsql as $$
begin
  update task_unit tu set light = null from old_rows o where tu.task_id = o.task_id;
  return null;
end $$;

create trigger task_unit_task_insert after insert on task
  referencing new table as new_rows for each statement execute function task_unit_after_task_insert();
create trigger task_unit_task_update after update on task
  referencing old table as old_rows new table as new_rows for each statement execute function task_unit_after_task_update();
create trigger task_unit_co_unit_insert after insert on task_co_unit
  referencing new table as new_rows for each statement execute function task_unit_after_co_unit_insert();
create trigger task_unit_co_unit_delete after delete on task_co_unit
  referencing old table as old_rows for each statement execute function task_unit_after_co_unit_delete();
create trigger task_unit_light_insert after insert on task_light
  referencing new table as new_rows for each statement execute function task_unit_after_light_change();
create trigger task_unit_light_update after update on task_light
  referencing new table as new_rows for each statement execute function task_unit_after_light_change();
create trigger task_unit_light_delete after delete on task_light
  referencing old table as old_rows for each statement execute function task_unit_after_light_delete();

-- What exists already.
select task_unit_refresh(array(select id from task));
