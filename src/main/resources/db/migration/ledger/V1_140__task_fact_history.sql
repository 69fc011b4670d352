-- 任务事实变更史: the facts a bulletin counts (status, lead unit, deadline in force, start date, tags, 办结日期), typed
-- and dated, so a period is counted as the ledger stood at its end without reading the audit trail's display labels
-- (docs/decisions.md 62). A row holds the facts in force from valid_from until the next row of the same task; the
-- value at an instant is the latest row with valid_from before it (ties: the higher id). Written only by the
-- statement-level triggers below, in the same transaction as the change, so no write path can forget it.
create table task_fact_history (
  id            bigint generated always as identity primary key,
  task_id       bigint not null references task (id) on delete cascade,
  valid_from    timestamptz not null,
  status        text not null,
  lead_unit_id  bigint,
  deadline      date,
  start_date    date,
  tags          text[] not null default '{}',
  completed_on  date
);
create index task_fact_history_task_idx on task_fact_history (task_id, valid_from, id);

-- valid_from is the task row's own time: created_at for a new task, updated_at for a change. The application sets
-- both from its clock (luoshi_now(), V0_001), as it dates the audit entry of the same change, so the history follows
-- the application's notion of now; a statement that changes a fact without touching updated_at (SQL written around
-- the services) is dated luoshi_now() too.
create function task_fact_history_after_insert() returns trigger language plpgsql as $$
begin
  insert into task_fact_history (task_id, valid_from, status, lead_unit_id, deadline, start_date, tags, completed_on)
  select n.id, n.created_at, n.status, n.lead_unit_id, n.deadline, n.start_date, n.tags, n.completed_on
  from new_rows n;
  return null;
end $$;

create function task_fact_history_after_update() returns trigger language plpgsql as $$
begin
  insert into task_fact_history (task_id, valid_from, status, lead_unit_id, deadline, start_date, tags, completed_on)
  select n.id, case when n.updated_at is distinct from o.updated_at then n.updated_at else luoshi_now() end,
         n.status, n.lead_unit_id, n.deadline, n.start_date, n.tags, n.completed_on
  from new_rows n join old_rows o on o.id = n.id
  where (n.status, n.lead_unit_id, n.deadline, n.start_date, n.tags, n.completed_on)
        is distinct from (o.status, o.lead_unit_id, o.deadline, o.start_date, o.tags, o.completed_on)
  order by n.id;
  return null;
end $$;

-- A date as audit snapshots hold it: "2026-06-30" (or [2026,6,30] from older serialisers); anything else is none.
create function audit_snapshot_date(v jsonb) returns date language sql immutable as $$
  select case jsonb_typeof(v)
           when 'string' then case when btrim(v #>> '{}') in ('', 'null') then null else (v #>> '{}')::date end
           when 'array' then make_date((v ->> 0)::int, (v ->> 1)::int, (v ->> 2)::int)
         end
$$;

-- The history as the audit trail tells it — the reconstruction PeriodFactsQuery made before this table existed, for
-- every instant at once: the value at an instant is the "before" value of the earliest later audited change carrying
-- the field, otherwise the current value (status corrected by the completion requests and 签收 time); an approved
-- extension decided before that change undoes the deadline to its current_deadline; units are found by their short
-- name as it is now (the only place the display labels are still read). Evaluated just after each instant where one
-- of these inputs changes, then consecutive equal rows collapsed. Used once to fill the table below, and by a test
-- that compares it with the history written as the changes happen.
create function task_fact_history_from_audit(ids bigint[])
returns table (task_id bigint, valid_from timestamptz, status text, lead_unit_id bigint, deadline date,
               start_date date, tags text[], completed_on date)
language sql stable as $$
  with t as (select * from task where id = any (ids)),
  points as (
    select t.id as task_id, t.created_at as at from t
    union
    select a.entity_id, a.at from audit_entry a join t on t.id = a.entity_id
    where a.entity_type = '任务' and a.at > t.created_at and a.before_state is not null
      and jsonb_exists_any(a.before_state, array['状态', '完成时限', '牵头单位', '开始日期', '标签'])
    union
    select t.id, t.accepted_at from t where t.accepted_at > t.created_at
    union
    select c.task_id, c.requested_at from completion_request c join t on t.id = c.task_id
    where c.requested_at > t.created_at
    union
    select c.task_id, c.decided_at from completion_request c join t on t.id = c.task_id
    where c.decided_at > t.created_at
    union
    select e.task_id, e.decided_at from extension_request e join t on t.id = e.task_id
    where e.status = 'APPROVED' and e.decided_at > t.created_at
  ),
  facts as (
    select p.task_id, p.at,
      coalesce(
        case when st.v in ('UNASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'COMPLETION_REQUESTED', 'COMPLETED',
                           'TERMINATED') then st.v
             else case st.v when '未交办' then 'UNASSIGNED' when '待签收' then 'ASSIGNED' when '办理中' then 'IN_PROGRESS'
                            when '已退回' then 'RETURNED' when '办结待审' then 'COMPLETION_REQUESTED'
                            when '已办结' then 'COMPLETED' when '已终止' then 'TERMINATED' end end,
        case when t.status = 'COMPLETED'
                  and not exists (select 1 from completion_request c where c.task_id = t.id
                                  and c.requested_at <= p.at and c.decided_at <= p.at and c.status = 'APPROVED')
                  and exists (select 1 from completion_request c where c.task_id = t.id
                              and c.requested_at <= p.at and (c.decided_at is null or c.decided_at > p.at))
               then 'COMPLETION_REQUESTED'
             when t.status = 'IN_PROGRESS' and t.accepted_at > p.at then 'ASSIGNED'
             else t.status end) as status,
      case when un.found then case when un.v is null then null
                                   else coalesce((select u.id from unit u where u.active and u.short_name = un.v
                                                  order by u.sort_order, u.id limit 1), t.lead_unit_id) end
           else t.lead_unit_id end as lead_unit_id,
      case when ex.at is not null and (dl.at is null or ex.at < dl.at) then ex.v
           when dl.at is not null then coalesce(audit_snapshot_date(dl.v), t.deadline)
           else t.deadline end as deadline,
      case when sd.found then audit_snapshot_date(sd.v) else t.start_date end as start_date,
      case when tg.found then case when tg.v is null or btrim(tg.v) = '' then '{}'::text[]
                                   else string_to_array(tg.v, '、') end
           else t.tags end as tags,
      t.completed_on
    from points p join t on t.id = p.task_id
    left join lateral (select a.before_state ->> '状态' as v from audit_entry a
                       where a.entity_type = '任务' and a.entity_id = p.task_id and a.at > p.at
                         and jsonb_exists(a.before_state, '状态')
                       order by a.at, a.id limit 1) st on true
    left join lateral (select true as found, a.before_state ->> '牵头单位' as v from audit_entry a
                       where a.entity_type = '任务' and a.entity_id = p.task_id and a.at > p.at
                         and jsonb_exists(a.before_state, '牵头单位')
                       order by a.at, a.id limit 1) un on true
    left join lateral (select a.at, a.before_state -> '完成时限' as v from audit_entry a
                       where a.entity_type = '任务' and a.entity_id = p.task_id and a.at > p.at
                         and jsonb_exists(a.before_state, '完成时限')
                       order by a.at, a.id limit 1) dl on true
    left join lateral (select e.decided_at as at, e.current_deadline as v from extension_request e
                       where e.task_id = p.task_id and e.status = 'APPROVED' and e.decided_at > p.at
                       order by e.decided_at, e.id limit 1) ex on true
    left join lateral (select true as found, a.before_state -> '开始日期' as v from audit_entry a
                       where a.entity_type = '任务' and a.entity_id = p.task_id and a.at > p.at
                         and jsonb_exists(a.before_state, '开始日期')
                       order by a.at, a.id limit 1) sd on true
    left join lateral (select true as found, a.before_state ->> '标签' as v from audit_entry a
                       where a.entity_type = '任务' and a.entity_id = p.task_id and a.at > p.at
                         and jsonb_exists(a.before_state, '标签')
                       order by a.at, a.id limit 1) tg on true
  ),
  marked as (
    select f.*, f.status = 'COMPLETED' as done,
      (f.status, f.lead_unit_id, f.deadline, f.start_date, f.tags) is distinct from
        lag((f.status, f.lead_unit_id, f.deadline, f.start_date, f.tags))
          over (partition by f.task_id order by f.at) as changed
    from facts f
  )
  select m.task_id, m.at, m.status, m.lead_unit_id, m.deadline, m.start_date, m.tags,
         case when m.done then m.completed_on end
  from marked m where m.changed
  order by m.task_id, m.at
$$;

-- What exists already: the history the audit trail tells, once.
insert into task_fact_history (task_id, valid_from, status, lead_unit_id, deadline, start_date, tags, completed_on)
select * from task_fact_history_from_audit(array(select id from task));

create trigger task_fact_history_insert after insert on task
  referencing new table as new_rows for each statement execute function task_fact_history_after_insert();
create trigger task_fact_history_update after update on task
  referencing old table as old_rows new table as new_rows for each statement
  execute function task_fact_history_after_update();
