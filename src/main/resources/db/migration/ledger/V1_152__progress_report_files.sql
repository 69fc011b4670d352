-- 报送进展 with files (issue 12): photos taken on a phone, PDF and Office documents, checked as evidence is.
alter table attachment add column progress_report_id bigint references progress_report (id) on delete cascade;
create index attachment_report_idx on attachment (progress_report_id) where progress_report_id is not null;
