-- task_unit had three indexes, and every light change rewrites an entry in each (light is in the list index, so
-- the update is never HOT). Keyed by (task_id, unit_id) the primary key also serves "this task's rows", and the
-- separate task index goes: a full lights pass that changes every light writes a third fewer index entries.
alter table task_unit drop constraint task_unit_pkey;
alter table task_unit add primary key (task_id, unit_id);
drop index task_unit_task_idx;
