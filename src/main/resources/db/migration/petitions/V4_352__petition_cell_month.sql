-- The statistics page's rollup of petition_cell without the unit dimension (the page does not filter by unit): per
-- month × level × channel × category × first/repeat, ≈ 1/80 of the rows at a district's size. Kept from petition_cell
-- by statement triggers over its transition tables (the upserts of the V4_350 triggers fire them: an INSERT … ON
-- CONFLICT DO UPDATE fires the insert trigger for the rows it inserted and the update trigger for those it updated),
-- so it changes in the same transaction as the cases and registrations too. EXECUTE as in V4_350.

create table petition_cell_month (
  month          date not null,
  level          text not null,
  channel        text not null,
  category_id    bigint not null,
  repeat         boolean not null,
  cases          int not null default 0,
  registrations  int not null default 0,
  people         int not null default 0,
  primary key (month, level, channel, category_id, repeat)
);

-- (the statement for a set of signed rows; EXECUTEd by the trigger functions, which alone see the transition tables)
create function petition_cell_month_sql(sql_rows text) returns text language plpgsql immutable as $$
begin
  return format($q$
    insert into petition_cell_month (month, level, channel, category_id, repeat, cases, registrations, people)
    select month, level, channel, category_id, repeat, sum(cases), sum(registrations), sum(people)
    from (%s) r
    group by 1, 2, 3, 4, 5 having sum(cases) <> 0 or sum(registrations) <> 0 or sum(people) <> 0
    on conflict (month, level, channel, category_id, repeat)
    do update set cases = petition_cell_month.cases + excluded.cases,
                  registrations = petition_cell_month.registrations + excluded.registrations,
                  people = petition_cell_month.people + excluded.people$q$, sql_rows);
end $$;

create function petition_cell_month_insert() returns trigger language plpgsql as $$
begin
  execute petition_cell_month_sql(
    'select month, level, channel, category_id, repeat, cases, registrations, people from new_rows');
  return null;
end $$;

create function petition_cell_month_update() returns trigger language plpgsql as $$
begin
  execute petition_cell_month_sql(
    'select month, level, channel, category_id, repeat, cases, registrations, people from new_rows
     union all
     select month, level, channel, category_id, repeat, -cases as cases, -registrations as registrations, -people as people from old_rows');
  return null;
end $$;

create function petition_cell_month_delete() returns trigger language plpgsql as $$
begin
  execute petition_cell_month_sql(
    'select month, level, channel, category_id, repeat, -cases as cases, -registrations as registrations, -people as people from old_rows');
  return null;
end $$;

create trigger petition_cell_month_insert after insert on petition_cell
  referencing new table as new_rows for each statement execute function petition_cell_month_insert();
create trigger petition_cell_month_update after update on petition_cell
  referencing old table as old_rows new table as new_rows for each statement
  execute function petition_cell_month_update();
create trigger petition_cell_month_delete after delete on petition_cell
  referencing old table as old_rows for each statement execute function petition_cell_month_delete();

insert into petition_cell_month (month, level, channel, category_id, repeat, cases, registrations, people)
select month, level, channel, category_id, repeat, sum(cases), sum(registrations), sum(people)
from petition_cell group by 1, 2, 3, 4, 5;

-- The rebuild (V4_350) also recomputes the rollup.
create or replace function petition_cells_rebuild() returns void language plpgsql as $$
begin
  lock table petition_case, petition_visit in share mode;
  update petition_case c set answered_again = x.again
  from (select c2.id, c2.answered_on is not null and exists (select 1 from petition_visit v
               where v.case_id = c2.id and v.visited_on > c2.answered_on) again from petition_case c2) x
  where c.id = x.id and c.answered_again is distinct from x.again;
  delete from petition_cell;
  delete from petition_rate_cell;
  insert into petition_cell (month, level, channel, category_id, unit_id, repeat, cases, registrations, people)
  select month, level, channel, category_id, unit_id, repeat, sum(cases), sum(registrations), sum(people)
  from (select date_trunc('month', received_on)::date as month, level, channel, category_id,
               coalesce(lead_unit_id, 0) unit_id, repeat_petition as repeat, 1 cases, 0 registrations, 0 people
        from petition_case
        union all
        select date_trunc('month', v.visited_on)::date, v.level, v.channel, c.category_id,
               coalesce(c.lead_unit_id, 0), v.repeat_visit, 0, 1, v.people
        from petition_visit v join petition_case c on c.id = v.case_id) x
  group by 1, 2, 3, 4, 5, 6;
  insert into petition_rate_cell (received_month, event_month, fact, n)
  select f.received_month, f.event_month, f.fact, count(*)
  from petition_case r cross join lateral petition_rate_facts(r.received_on, r.accepted_on, r.acceptance_due,
         r.answered_on, r.handling_due, r.repeat_petition, r.answered_again) f
  group by 1, 2, 3;
  -- the rollup followed the delete and the insert through its triggers; made exact from the cells once more
  delete from petition_cell_month;
  insert into petition_cell_month (month, level, channel, category_id, repeat, cases, registrations, people)
  select month, level, channel, category_id, repeat, sum(cases), sum(registrations), sum(people)
  from petition_cell group by 1, 2, 3, 4, 5;
end $$;

