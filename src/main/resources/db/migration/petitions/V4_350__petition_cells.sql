-- Monthly statistics cells (信访统计单元): the statistics page reads these instead of counting a million cases.
--
-- petition_cell: per month × level × channel × category × responsible unit × first/repeat, the 件 (cases, by the
-- month they were received, with the case's current level, first channel, category, unit and 重复 flag) and the 件次 /
-- 人次 (registrations and the people on them, by their own month, level, channel and repeat flag, with their case's
-- category and unit). 件人次 is derived: 来访 in 人次, the other channels in 件次.
--
-- petition_rate_cell: the counters of the five rates per month received × month the event happened (a case accepted
-- in March that was received in February counts for "按期受理" from March on), so a rate "截至M月底" is a sum over
-- received_month in [1月, M月] and event_month <= M月.
--
-- Both are kept in the same transaction as every insert, update and delete of petition_case and petition_visit by
-- statement-level triggers over transition tables; the triggers EXECUTE their SQL so that each statement is planned
-- with its transition tables' real sizes (see ledger V1_146: a plan cached for one row turns quadratic on an import).
-- petition_cells_rebuild() recomputes both from the base tables.

-- The due dates the rates need, computed by the application on the calendar in force (PetitionService, PetitionImport;
-- PetitionCells.recomputeDues after a calendar change) and stored so that SQL can count on them.
alter table petition_case
  add column acceptance_due date,                         -- 受理告知 last day (第二十三条)
  add column handling_due date,                           -- 办理 last day incl. extension (第三十四条)
  add column answered_again boolean not null default false; -- a registration after the answer (一次性化解率)

update petition_case c set answered_again = exists (select 1 from petition_visit v
                                                    where v.case_id = c.id and v.visited_on > c.answered_on)
where c.answered_on is not null;

create table petition_cell (
  month          date not null,                -- first day of the month
  level          text not null,
  channel        text not null,
  category_id    bigint not null,
  unit_id        bigint not null,              -- 责任单位 (lead_unit_id), 0 when none yet
  repeat         boolean not null,             -- 重复 (case: repeat_petition; registration: repeat_visit)
  cases          int not null default 0,       -- 件
  registrations  int not null default 0,       -- 件次
  people         int not null default 0,       -- 人次
  primary key (month, level, channel, category_id, unit_id, repeat)
);

create table petition_rate_cell (
  received_month date not null,
  event_month    date not null,
  fact           text not null check (fact in ('ACCEPT_DUE', 'ACCEPT_ON_TIME', 'ANSWERED', 'ANSWERED_ON_TIME',
                                               'FIRST_ANSWERED', 'FIRST_ONCE')),
  n              int not null default 0,
  primary key (received_month, event_month, fact)
);

-- The rate facts of one case (definitions in docs/petitions.md, "Rates").
create function petition_rate_facts(received date, accepted date, acc_due date, answered date, h_due date,
                                    rep boolean, again boolean)
returns table (received_month date, event_month date, fact text) language sql immutable as $$
  select date_trunc('month', received)::date, date_trunc('month', x.e)::date, x.f
  from (values
    ('ACCEPT_DUE', least(accepted, acc_due)),
    ('ACCEPT_ON_TIME', case when accepted <= acc_due then accepted end),
    ('ANSWERED', case when accepted is not null then answered end),
    ('ANSWERED_ON_TIME', case when accepted is not null and answered <= h_due then answered end),
    ('FIRST_ANSWERED', case when accepted is not null and not rep then answered end),
    ('FIRST_ONCE', case when accepted is not null and not rep and not again then answered end)) x (f, e)
  where x.e is not null
$$;

-- ---- petition_case -------------------------------------------------------------------------------------------------

create function petition_case_cells_insert() returns trigger language plpgsql as $$
declare
  any_rows boolean;
begin
  -- a statement that changed no row (e.g. the nested update below when nothing moved) has nothing to count
  execute 'select exists (select 1 from new_rows)' into any_rows;
  if not any_rows then
    return null;
  end if;
  execute $q$
    insert into petition_cell (month, level, channel, category_id, unit_id, repeat, cases)
    select date_trunc('month', received_on)::date, level, channel, category_id, coalesce(lead_unit_id, 0),
           repeat_petition, count(*)
    from new_rows group by 1, 2, 3, 4, 5, 6
    on conflict (month, level, channel, category_id, unit_id, repeat)
    do update set cases = petition_cell.cases + excluded.cases$q$;
  execute $q$
    insert into petition_rate_cell (received_month, event_month, fact, n)
    select f.received_month, f.event_month, f.fact, count(*)
    from new_rows r cross join lateral petition_rate_facts(r.received_on, r.accepted_on, r.acceptance_due,
           r.answered_on, r.handling_due, r.repeat_petition, r.answered_again) f
    group by 1, 2, 3
    on conflict (received_month, event_month, fact) do update set n = petition_rate_cell.n + excluded.n$q$;
  return null;
end $$;

create function petition_case_cells_delete() returns trigger language plpgsql as $$
declare
  any_rows boolean;
begin
  -- a statement that changed no row (e.g. the nested update below when nothing moved) has nothing to count
  execute 'select exists (select 1 from old_rows)' into any_rows;
  if not any_rows then
    return null;
  end if;
  execute $q$
    insert into petition_cell (month, level, channel, category_id, unit_id, repeat, cases)
    select date_trunc('month', received_on)::date, level, channel, category_id, coalesce(lead_unit_id, 0),
           repeat_petition, -count(*)
    from old_rows group by 1, 2, 3, 4, 5, 6
    on conflict (month, level, channel, category_id, unit_id, repeat)
    do update set cases = petition_cell.cases + excluded.cases$q$;
  execute $q$
    insert into petition_rate_cell (received_month, event_month, fact, n)
    select f.received_month, f.event_month, f.fact, -count(*)
    from old_rows r cross join lateral petition_rate_facts(r.received_on, r.accepted_on, r.acceptance_due,
           r.answered_on, r.handling_due, r.repeat_petition, r.answered_again) f
    group by 1, 2, 3
    on conflict (received_month, event_month, fact) do update set n = petition_rate_cell.n + excluded.n$q$;
  return null;
end $$;

-- A deleted case takes its registrations with it (on delete cascade). The cascade runs after the case row is gone,
-- when the registrations' trigger can no longer find their category and unit, so the case subtracts them first.
create function petition_case_visits_before_delete() returns trigger language plpgsql as $$
begin
  insert into petition_cell (month, level, channel, category_id, unit_id, repeat, registrations, people)
  select date_trunc('month', v.visited_on)::date, v.level, v.channel, old.category_id, coalesce(old.lead_unit_id, 0),
         v.repeat_visit, -count(*), -sum(v.people)
  from petition_visit v where v.case_id = old.id group by 1, 2, 3, 4, 5, 6
  on conflict (month, level, channel, category_id, unit_id, repeat)
  do update set registrations = petition_cell.registrations + excluded.registrations,
                people = petition_cell.people + excluded.people;
  return old;
end $$;

create function petition_case_cells_update() returns trigger language plpgsql as $$
declare
  any_rows boolean;
begin
  -- a statement that changed no row (e.g. the nested update below when nothing moved) has nothing to count
  execute 'select exists (select 1 from new_rows)' into any_rows;
  if not any_rows then
    return null;
  end if;
  -- the cases' own cells: old key −1, new key +1 (only where a key column changed)
  execute $q$
    insert into petition_cell (month, level, channel, category_id, unit_id, repeat, cases)
    select month, level, channel, category_id, unit_id, repeat, sum(d)
    from (select date_trunc('month', o.received_on)::date as month, o.level, o.channel, o.category_id,
                 coalesce(o.lead_unit_id, 0) unit_id, o.repeat_petition as repeat, -1 d
          from old_rows o join new_rows n on n.id = o.id
          where (o.received_on, o.level, o.channel, o.category_id, o.lead_unit_id, o.repeat_petition)
                is distinct from (n.received_on, n.level, n.channel, n.category_id, n.lead_unit_id, n.repeat_petition)
          union all
          select date_trunc('month', n.received_on)::date, n.level, n.channel, n.category_id,
                 coalesce(n.lead_unit_id, 0), n.repeat_petition, 1
          from old_rows o join new_rows n on n.id = o.id
          where (o.received_on, o.level, o.channel, o.category_id, o.lead_unit_id, o.repeat_petition)
                is distinct from (n.received_on, n.level, n.channel, n.category_id, n.lead_unit_id, n.repeat_petition)
         ) x
    group by 1, 2, 3, 4, 5, 6 having sum(d) <> 0
    on conflict (month, level, channel, category_id, unit_id, repeat)
    do update set cases = petition_cell.cases + excluded.cases$q$;
  -- their registrations move when the case's category or unit changed
  execute $q$
    insert into petition_cell (month, level, channel, category_id, unit_id, repeat, registrations, people)
    select month, level, channel, category_id, unit_id, repeat, sum(d), sum(d * people)
    from (select date_trunc('month', v.visited_on)::date as month, v.level, v.channel, o.category_id,
                 coalesce(o.lead_unit_id, 0) unit_id, v.repeat_visit as repeat, -1 d, v.people
          from old_rows o join new_rows n on n.id = o.id join petition_visit v on v.case_id = o.id
          where (o.category_id, o.lead_unit_id) is distinct from (n.category_id, n.lead_unit_id)
          union all
          select date_trunc('month', v.visited_on)::date, v.level, v.channel, n.category_id,
                 coalesce(n.lead_unit_id, 0), v.repeat_visit, 1, v.people
          from old_rows o join new_rows n on n.id = o.id join petition_visit v on v.case_id = n.id
          where (o.category_id, o.lead_unit_id) is distinct from (n.category_id, n.lead_unit_id)
         ) x
    group by 1, 2, 3, 4, 5, 6 having sum(d) <> 0 or sum(d * people) <> 0
    on conflict (month, level, channel, category_id, unit_id, repeat)
    do update set registrations = petition_cell.registrations + excluded.registrations,
                  people = petition_cell.people + excluded.people$q$;
  -- the rate facts: old −1, new +1
  execute $q$
    insert into petition_rate_cell (received_month, event_month, fact, n)
    select f.received_month, f.event_month, f.fact, sum(r.d)
    from (select o.*, -1 d from old_rows o join new_rows n on n.id = o.id
          where (o.received_on, o.accepted_on, o.acceptance_due, o.answered_on, o.handling_due, o.repeat_petition,
                 o.answered_again) is distinct from (n.received_on, n.accepted_on, n.acceptance_due, n.answered_on,
                 n.handling_due, n.repeat_petition, n.answered_again)
          union all
          select n.*, 1 from old_rows o join new_rows n on n.id = o.id
          where (o.received_on, o.accepted_on, o.acceptance_due, o.answered_on, o.handling_due, o.repeat_petition,
                 o.answered_again) is distinct from (n.received_on, n.accepted_on, n.acceptance_due, n.answered_on,
                 n.handling_due, n.repeat_petition, n.answered_again)) r
    cross join lateral petition_rate_facts(r.received_on, r.accepted_on, r.acceptance_due, r.answered_on,
           r.handling_due, r.repeat_petition, r.answered_again) f
    group by 1, 2, 3 having sum(r.d) <> 0
    on conflict (received_month, event_month, fact) do update set n = petition_rate_cell.n + excluded.n$q$;
  -- an answer moved: is there a registration after it? (the nested update runs this trigger again, for the flag)
  execute $q$
    update petition_case c set answered_again = x.again
    from (select n.id, n.answered_on is not null and exists (select 1 from petition_visit v
                 where v.case_id = n.id and v.visited_on > n.answered_on) again
          from old_rows o join new_rows n on n.id = o.id
          where o.answered_on is distinct from n.answered_on) x
    where c.id = x.id and c.answered_again is distinct from x.again$q$;
  return null;
end $$;

create trigger petition_case_cells_insert after insert on petition_case
  referencing new table as new_rows for each statement execute function petition_case_cells_insert();
create trigger petition_case_cells_update after update on petition_case
  referencing old table as old_rows new table as new_rows for each statement
  execute function petition_case_cells_update();
create trigger petition_case_cells_delete after delete on petition_case
  referencing old table as old_rows for each statement execute function petition_case_cells_delete();
create trigger petition_case_visits_before_delete before delete on petition_case
  for each row execute function petition_case_visits_before_delete();

-- ---- petition_visit ------------------------------------------------------------------------------------------------

-- d = +1 for new rows, −1 for old rows; registrations whose case is gone (the cascade of a case's delete) are skipped:
-- the case's before-delete trigger has subtracted them.
-- (returns the statement: transition tables are visible only to the trigger function itself, which EXECUTEs it)
create function petition_visit_cells_sql(sql_rows text) returns text language plpgsql immutable as $$
begin
  return format($q$
    insert into petition_cell (month, level, channel, category_id, unit_id, repeat, registrations, people)
    select date_trunc('month', r.visited_on)::date, r.level, r.channel, c.category_id, coalesce(c.lead_unit_id, 0),
           r.repeat_visit, sum(r.d), sum(r.d * r.people)
    from (%s) r join petition_case c on c.id = r.case_id
    group by 1, 2, 3, 4, 5, 6 having sum(r.d) <> 0 or sum(r.d * r.people) <> 0
    on conflict (month, level, channel, category_id, unit_id, repeat)
    do update set registrations = petition_cell.registrations + excluded.registrations,
                  people = petition_cell.people + excluded.people$q$, sql_rows);
end $$;

create function petition_visit_cells_insert() returns trigger language plpgsql as $$
declare
  any_rows boolean;
begin
  -- a statement that changed no row (e.g. the nested update below when nothing moved) has nothing to count
  execute 'select exists (select 1 from new_rows)' into any_rows;
  if not any_rows then
    return null;
  end if;
  execute petition_visit_cells_sql(
    'select case_id, visited_on, level, channel, repeat_visit, people, 1 d from new_rows');
  execute $q$
    update petition_case c set answered_again = true
    from (select distinct case_id, visited_on from new_rows) n
    where c.id = n.case_id and c.answered_on is not null and n.visited_on > c.answered_on and not c.answered_again$q$;
  return null;
end $$;

create function petition_visit_cells_update() returns trigger language plpgsql as $$
declare
  any_rows boolean;
begin
  -- a statement that changed no row (e.g. the nested update below when nothing moved) has nothing to count
  execute 'select exists (select 1 from new_rows)' into any_rows;
  if not any_rows then
    return null;
  end if;
  execute petition_visit_cells_sql(
    'select case_id, visited_on, level, channel, repeat_visit, people, -1 d from old_rows
     union all select case_id, visited_on, level, channel, repeat_visit, people, 1 from new_rows');
  execute $q$
    update petition_case c set answered_again = x.again
    from (select c2.id, exists (select 1 from petition_visit v where v.case_id = c2.id
                                and v.visited_on > c2.answered_on) again
          from petition_case c2
          where c2.answered_on is not null
            and c2.id in (select case_id from old_rows union select case_id from new_rows)) x
    where c.id = x.id and c.answered_again is distinct from x.again$q$;
  return null;
end $$;

create function petition_visit_cells_delete() returns trigger language plpgsql as $$
declare
  any_rows boolean;
begin
  -- a statement that changed no row (e.g. the nested update below when nothing moved) has nothing to count
  execute 'select exists (select 1 from old_rows)' into any_rows;
  if not any_rows then
    return null;
  end if;
  execute petition_visit_cells_sql(
    'select case_id, visited_on, level, channel, repeat_visit, people, -1 d from old_rows');
  execute $q$
    update petition_case c set answered_again = x.again
    from (select c2.id, exists (select 1 from petition_visit v where v.case_id = c2.id
                                and v.visited_on > c2.answered_on) again
          from petition_case c2
          where c2.answered_on is not null and c2.answered_again
            and c2.id in (select case_id from old_rows)) x
    where c.id = x.id and c.answered_again is distinct from x.again$q$;
  return null;
end $$;

create trigger petition_visit_cells_insert after insert on petition_visit
  referencing new table as new_rows for each statement execute function petition_visit_cells_insert();
create trigger petition_visit_cells_update after update on petition_visit
  referencing old table as old_rows new table as new_rows for each statement
  execute function petition_visit_cells_update();
create trigger petition_visit_cells_delete after delete on petition_visit
  referencing old table as old_rows for each statement execute function petition_visit_cells_delete();

-- ---- rebuild -------------------------------------------------------------------------------------------------------

-- Recomputes both cell tables from the base tables (after a restore, or after the application recomputed the due
-- dates on a changed calendar). Takes the tables' locks so that no registration slips between delete and insert.
create function petition_cells_rebuild() returns void language plpgsql as $$
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
end $$;

select petition_cells_rebuild();
