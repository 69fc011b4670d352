-- 时钟巡检 (issue 15): each open request's worst running clock and its earliest due, as the clock pass last judged
-- them, so a unit's open list can be filtered and counted by light without computing every clock. The pages still
-- compute the clocks they show; these columns are for counts, filters and the pass's own changes.
alter table request add column light text check (light in ('GREEN', 'YELLOW', 'RED', 'LATE', 'PAUSED', 'DONE'));
alter table request add column light_due timestamptz;
-- the pass clears closed requests' lights through this (a closed request keeps no light)
create index request_lit_idx on request (id) where light is not null;
create index request_lead_open_light_idx on request (lead_unit_id, light) where status not in ('CLOSED', 'MERGED');
-- 三率 of a month reads the month's dispatches, ratings and 办结 by date (at ten million requests a scan of every
-- dispatch takes seconds)
create index request_dispatch_at_idx on request_dispatch (dispatched_at);
create index request_dispatch_finished_idx on request_dispatch (finished_at)
  where role = 'LEAD' and whistle_id is null and status = 'FINISHED';

-- 三率 as aggregates: a dispatch's 签收/报到 due, stored once when it is first counted (RatesService.fillMissing:
-- office time on the calendar in force); a rating's unit (the lead that finished its round). 0 = no unit found.
alter table request_dispatch add column sign_due timestamptz;
create index request_dispatch_no_due_idx on request_dispatch (id) where sign_due is null;
alter table request_rating add column unit_id bigint;
create index request_rating_no_unit_idx on request_rating (id) where unit_id is null;
create index request_rating_at_unit_idx on request_rating (rated_at, unit_id);

-- a unit's lists: its open list from three indexes (open dispatches to it, open requests it leads, its street's open
-- requests); its whole list newest first
create index request_street_open_idx on request (street_unit_id, received_at desc) where status not in ('CLOSED', 'MERGED');
create index request_dispatch_unit_request_idx on request_dispatch (unit_id, request_id);
create index request_received_idx on request (received_at desc, id desc);

-- 自报解决 of each 办结 (per round; before, the request's latest answer stood for every round)
alter table request_dispatch add column resolved boolean;
create index request_dispatch_no_resolved_idx on request_dispatch (id)
  where role = 'LEAD' and whistle_id is null and status = 'FINISHED' and resolved is null;
