-- 到达通知 (issue 12): the account that wrote a 批示, so that the unit's 回复 reaches its author's bell.
alter table instruction add column written_by_user bigint;
