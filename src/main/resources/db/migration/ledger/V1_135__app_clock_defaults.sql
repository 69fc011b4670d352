-- Timestamps this module writes by default come from the application's clock (luoshi_now(), V0_001), like the
-- ones it writes in SQL: one "now" for the rows, the lights and the bulletins (issue 11).
alter table directive alter column created_at set default luoshi_now();
alter table directive alter column updated_at set default luoshi_now();
alter table task alter column created_at set default luoshi_now();
alter table task alter column updated_at set default luoshi_now();
alter table milestone alter column created_at set default luoshi_now();
alter table problem alter column raised_at set default luoshi_now();
alter table progress_report alter column created_at set default luoshi_now();
alter table extension_request alter column requested_at set default luoshi_now();
alter table completion_request alter column requested_at set default luoshi_now();
alter table attachment alter column uploaded_at set default luoshi_now();
alter table instruction alter column written_at set default luoshi_now();
alter table calendar_day_override alter column created_at set default luoshi_now();
