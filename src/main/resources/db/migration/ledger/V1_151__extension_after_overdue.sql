-- 逾期后申请延期 (issue 12): an overdue unit may still ask for more time; the request is marked, and the overdue
-- period before its approval stays counted (bulletins judge each day by the deadline then in force).
alter table extension_request add column after_overdue boolean not null default false;
