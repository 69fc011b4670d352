-- Timestamps this module writes by default come from the application's clock (luoshi_now(), V0_001), like the
-- ones it writes in SQL: one "now" for the rows, the lights and the bulletins (issue 11).
alter table supervision_group alter column created_at set default luoshi_now();
alter table supervision_group alter column updated_at set default luoshi_now();
alter table inspection alter column created_at set default luoshi_now();
alter table rectification alter column created_at set default luoshi_now();
alter table rectification alter column updated_at set default luoshi_now();
alter table supervision_order alter column created_at set default luoshi_now();
alter table supervision_order alter column updated_at set default luoshi_now();
alter table supervision_attachment alter column uploaded_at set default luoshi_now();
