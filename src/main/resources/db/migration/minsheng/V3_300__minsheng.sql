-- Module minsheng: the public face of the 民生实事 (tasks tagged 民生实事), curated by the 督查室, and the frozen
-- publications the public page and feed show. Nothing here is read publicly except the latest publication.

-- What the public sees of one tagged task; a task without a row is shown with its own title and no note.
create table minsheng_item (
  task_id               bigint primary key references task (id) on delete cascade,
  public_title          text check (length(public_title) between 1 and 200),   -- null: the task's title
  public_note           text check (length(public_note) <= 300),               -- 公开说明
  planned_investment    numeric(12, 2) check (planned_investment >= 0),         -- 计划投资（万元）
  completed_investment  numeric(12, 2) check (completed_investment >= 0),       -- 完成投资（万元）
  investment_note       text check (length(investment_note) <= 100),          -- required when completed > planned
  included              boolean not null default true,
  version               int not null default 0,
  updated_by            text not null,
  updated_at            timestamptz not null default now(),
  constraint minsheng_item_completed_needs_planned_ck
    check (completed_investment is null or planned_investment is not null),
  constraint minsheng_item_overrun_explained_ck
    check (completed_investment is null or completed_investment <= planned_investment
           or investment_note is not null)
);

-- One explicit publish (发布) by the 督查室: when, by whom (internal), and the figures as they were.
create table minsheng_publication (
  id                     bigint generated always as identity primary key,
  number                 int not null check (number > 0),
  published_at           timestamptz not null,
  published_by           text not null,
  as_of                  date not null,
  items_total            int not null,
  items_completed        int not null,
  items_started          int not null,
  completion_rate        numeric(5, 1),
  start_rate             numeric(5, 1),
  average_progress       numeric(5, 1),
  items_with_investment  int not null,
  planned_investment     numeric(14, 2),
  completed_investment   numeric(14, 2),
  investment_rate        numeric(9, 1),
  constraint minsheng_publication_number_uq unique (number)
);

-- The items of a publication, frozen: unit names, not people; no foreign key to the task, so a later deletion or
-- edit of the task leaves the published record as it was.
create table minsheng_publication_item (
  publication_id        bigint not null references minsheng_publication (id),
  seq                   int not null,
  task_id               bigint not null,
  title                 text not null,
  target                text,
  lead_unit_id          bigint,
  lead_unit             text,
  co_units              text[] not null default '{}',
  deadline              date,
  progress_percent      numeric(8, 1) not null,
  status                text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
  light                 text not null check (light in ('GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY', 'NONE')),
  last_update           date,
  note                  text,
  planned_investment    numeric(12, 2),
  completed_investment  numeric(12, 2),
  investment_note       text,
  primary key (publication_id, seq)
);
