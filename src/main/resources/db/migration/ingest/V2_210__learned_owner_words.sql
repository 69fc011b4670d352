-- Module ingest: 采纳记录 — what the 督查室 accepted. When a reviewed draft is accepted, the significant words of each
-- accepted task's title and paragraph are counted for the lead unit the clerk kept or chose; later owner suggestions
-- read these counts as evidence (a word the clerks gave mostly to one unit points to it). Derived data: rebuilt from
-- nothing but accepted reviews, never edited by hand.
create table ingest_learned_word (
  word        text not null check (length(word) between 2 and 20),
  unit_id     bigint not null references unit (id),
  tasks       integer not null check (tasks > 0),   -- accepted tasks with this word that the unit leads
  last_on     date not null,                        -- the latest directive date among them
  updated_at  timestamptz not null default luoshi_now(),
  primary key (word, unit_id)
);
