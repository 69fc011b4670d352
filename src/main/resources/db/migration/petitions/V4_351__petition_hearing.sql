-- 听证 on a 复核 (信访工作条例第三十六条: 听证所需时间不计算在复核期限内): the hearing's first and last day; the 复核
-- clock does not count them (PetitionLimits.recheckAnswerDue). hearing_days stays as the count of the recorded days.
alter table petition_review
  add column hearing_from date,
  add column hearing_to date,
  add constraint petition_review_hearing_ck check (hearing_to is null or hearing_from is not null and hearing_to >= hearing_from),
  add constraint petition_review_hearing_kind_ck check (hearing_from is null or kind = 'RECHECK');
