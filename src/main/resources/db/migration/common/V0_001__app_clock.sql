-- The application's "now" in SQL (common). It is the transaction's start time, as now() is, unless the session has
-- been told the application's clock: when the injected java.time.Clock is not the system clock (tests, benchmarks
-- that move time), cn.luoshi.common.ClockedDataSource sets luoshi.now on every connection it hands out, so rows,
-- lights and bulletins agree on one "now". Production never sets it and pays nothing.
create or replace function luoshi_now() returns timestamptz
  language sql stable parallel safe
  as $$ select coalesce(nullif(current_setting('luoshi.now', true), '')::timestamptz, transaction_timestamp()) $$;
