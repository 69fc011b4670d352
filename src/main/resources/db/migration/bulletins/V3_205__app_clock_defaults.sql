-- Timestamps this module writes by default come from the application's clock (luoshi_now(), V0_001), like the
-- ones it writes in SQL: one "now" for the rows, the lights and the bulletins (issue 11).
alter table bulletin_template alter column uploaded_at set default luoshi_now();
