-- The countdown (倒计时) and the day count in a deadline finding (已逾期N个工作日) change every working day while the
-- light mostly does not. Stored, they made each day's first lights pass rewrite every open task's row; now they
-- are worked out from the deadline when a light is shown (O(1) with the calendar, docs/decisions.md 52). The row
-- keeps only whether the reason opens with the deadline finding, and the other findings in words.
alter table task_light add column deadline_finding boolean not null default false;
alter table task_light drop column countdown_days, drop column countdown_text;
