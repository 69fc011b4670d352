-- 时钟巡检 (issue 15): each open request's worst running clock and its earliest due, as the clock pass last judged
-- them, so a unit's open list can be filtered and counted by light without computing every clock. The pages still
-- compute the clocks they show; these columns are for counts, filters and the pass's own changes.
alter table request add column light text check (light in ('GREEN', 'YELLOW', 'RED', 'LATE', 'PAUSED', 'DONE'));
alter table request add column light_due timestamptz;
-- the pass clears closed requests' lights through this (a closed request keeps no light)
create index request_lit_idx on request (id) where light is not null;
create index request_lead_open_light_idx on request (lead_unit_id, light) where status not in ('CLOSED', 'MERGED');
