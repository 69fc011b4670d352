-- a unit's open list, newest first (issue 15 at ten million requests): walk the open requests by receipt and check
-- the unit's open dispatches from an index of (unit, request) that holds only open dispatches — 2–4 ms for a unit
-- with 7,000 open requests, where reading all of them and sorting took 74 ms
create index if not exists request_open_received_idx on request (received_at desc, id desc)
  where status not in ('CLOSED', 'MERGED');
create index if not exists request_dispatch_unit_open_request_idx on request_dispatch (unit_id, request_id)
  where status in ('OPEN', 'SIGNED');
