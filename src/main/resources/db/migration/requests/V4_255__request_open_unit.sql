-- 本单位在办 as rows (issue 15, a unit's open list at 32 clients): one row per (unit, open request) for every unit
-- the request is open for — the unit that leads it, its street (属地), and every unit with an open or signed dispatch
-- (主办、协办、吹哨报到) — with the request's receipt time, so the list is one walk of (unit, received_at desc) that
-- stops after a page, instead of walking all open requests newest first and testing each for the unit (V4_251).
-- Same rule as RequestService.OPEN_FOR_UNIT_RULE; RequestOpenUnitTests compares the two after every kind of change.
--
-- Kept in the transaction of every write by statement-level triggers over transition tables (a bulk import or the
-- clock pass's chunks are one statement each); they EXECUTE their SQL so each statement is planned with its
-- transition tables' real sizes (see ledger V1_146). An update of request refreshes only the requests whose status,
-- units or receipt time changed: the clock pass's light updates cost a join of the chunk with itself.

create table request_open_unit (
  unit_id      bigint not null,
  request_id   bigint not null references request (id) on delete cascade,
  received_at  timestamptz not null,
  primary key (unit_id, request_id)
);
create index request_open_unit_received_idx on request_open_unit (unit_id, received_at desc, request_id desc);
create index request_open_unit_request_idx on request_open_unit (request_id);

-- the rows of the requests in ids, recomputed from request and its dispatches
create function request_open_unit_refresh(ids bigint[]) returns void language plpgsql as $$
begin
  if ids is null or cardinality(ids) = 0 then
    return;
  end if;
  execute 'delete from request_open_unit where request_id = any($1)' using ids;
  execute 'insert into request_open_unit (unit_id, request_id, received_at)
           select distinct u.unit_id, r.id, r.received_at
           from (select distinct x from unnest($1) x) x(id)
           join request r on r.id = x.id
           cross join lateral (select r.lead_unit_id as unit_id
                               union select r.street_unit_id
                               union select d.unit_id from request_dispatch d
                                     where d.request_id = r.id and d.status in (''OPEN'', ''SIGNED'')) u
           where r.status not in (''CLOSED'', ''MERGED'') and u.unit_id is not null' using ids;
end $$;

create function request_open_unit_after_request_insert() returns trigger language plpgsql as $$
begin
  -- a new request has no dispatch yet: its lead unit and street
  execute 'insert into request_open_unit (unit_id, request_id, received_at)
           select distinct u.unit_id, n.id, n.received_at from new_rows n
           cross join lateral (select n.lead_unit_id as unit_id union select n.street_unit_id) u
           where n.status not in (''CLOSED'', ''MERGED'') and u.unit_id is not null
           on conflict do nothing';
  return null;
end $$;

-- (transition tables are visible to the trigger function only: each one collects its ids, then refreshes them)
create function request_open_unit_after_request_update() returns trigger language plpgsql as $$
declare
  ids bigint[];
begin
  execute 'select array_agg(n.id) from new_rows n join old_rows o on o.id = n.id
      where n.status is distinct from o.status or n.lead_unit_id is distinct from o.lead_unit_id
         or n.street_unit_id is distinct from o.street_unit_id or n.received_at is distinct from o.received_at'
    into ids;
  perform request_open_unit_refresh(ids);
  return null;
end $$;

create function request_open_unit_after_dispatch_insert() returns trigger language plpgsql as $$
declare
  ids bigint[];
begin
  execute 'select array_agg(distinct request_id) from new_rows' into ids;
  perform request_open_unit_refresh(ids);
  return null;
end $$;

create function request_open_unit_after_dispatch_update() returns trigger language plpgsql as $$
declare
  ids bigint[];
begin
  execute 'select array_agg(distinct x) from (
      select n.request_id as x from new_rows n join old_rows o on o.id = n.id
      where n.status is distinct from o.status or n.unit_id is distinct from o.unit_id
         or n.request_id is distinct from o.request_id
      union all select o.request_id from new_rows n join old_rows o on o.id = n.id
      where n.request_id is distinct from o.request_id) y' into ids;
  perform request_open_unit_refresh(ids);
  return null;
end $$;

create function request_open_unit_after_dispatch_delete() returns trigger language plpgsql as $$
declare
  ids bigint[];
begin
  execute 'select array_agg(distinct request_id) from old_rows' into ids;
  perform request_open_unit_refresh(ids);
  return null;
end $$;

create trigger request_open_unit_insert after insert on request
  referencing new table as new_rows for each statement execute function request_open_unit_after_request_insert();
create trigger request_open_unit_update after update on request
  referencing old table as old_rows new table as new_rows for each statement
  execute function request_open_unit_after_request_update();
create trigger request_open_unit_dispatch_insert after insert on request_dispatch
  referencing new table as new_rows for each statement execute function request_open_unit_after_dispatch_insert();
create trigger request_open_unit_dispatch_update after update on request_dispatch
  referencing old table as old_rows new table as new_rows for each statement
  execute function request_open_unit_after_dispatch_update();
create trigger request_open_unit_dispatch_delete after delete on request_dispatch
  referencing old table as old_rows for each statement execute function request_open_unit_after_dispatch_delete();

-- what is open now
insert into request_open_unit (unit_id, request_id, received_at)
select distinct u.unit_id, r.id, r.received_at from request r
cross join lateral (select r.lead_unit_id as unit_id
                    union select r.street_unit_id
                    union select d.unit_id from request_dispatch d
                          where d.request_id = r.id and d.status in ('OPEN', 'SIGNED')) u
where r.status not in ('CLOSED', 'MERGED') and u.unit_id is not null;
