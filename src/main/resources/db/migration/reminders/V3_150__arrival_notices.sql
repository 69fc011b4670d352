-- 到达通知 (issue 12): a notice that work arrived is a reminder written at once, outside any pass (pass_id 0), to the
-- units, the 督查室 or named accounts (PERSON: a 牵头区领导, the author of a 批示).
alter table reminder drop constraint reminder_audience_check;
alter table reminder add constraint reminder_audience_check
  check (audience in ('UNIT', 'UNIT_AND_SUPERVISORS', 'SUPERVISORS', 'PERSON'));
