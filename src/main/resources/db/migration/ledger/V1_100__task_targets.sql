-- Module ledger: a task's further quantified targets (第二项起). A speech often sets several targets in one breath
-- (今年要完成115个老旧小区改造……今年要完成22个社区健身中心建设); the first stays in task.target_* — the primary target
-- that progress, milestones and lights measure against — and the second and later ones are kept here, in order.
create table task_target (
  task_id  bigint not null references task (id) on delete cascade,
  seq      int not null check (seq >= 2),          -- place in the task's list of targets; 1 is the task row's own
  value    numeric(18, 4) not null check (value >= 0),
  unit     text not null check (length(unit) between 1 and 10),
  object   text check (length(object) <= 100),
  period   text check (length(period) <= 20),
  primary key (task_id, seq)
);
