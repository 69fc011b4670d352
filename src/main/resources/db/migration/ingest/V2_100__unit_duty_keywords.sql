-- Module ingest: duty keywords per unit (职责关键词), the evidence for suggesting a lead unit (牵头单位) in 讲话转台账.
-- Seeded once per unit from the catalogue ingest/duty-keywords.txt; afterwards the admin's edits stand.
create table unit_duty_keyword (
  id          bigint generated always as identity primary key,
  unit_id     bigint not null references unit (id),
  keyword     text not null check (length(keyword) between 1 and 20 and keyword !~ '[\s、,，|]'),
  created_by  text not null,
  created_at  timestamptz not null default now(),
  constraint unit_duty_keyword_uq unique (unit_id, keyword)
);

-- The units whose keywords have been taken from the catalogue (so a keyword the admin removed does not come back).
create table unit_duty_seeded (
  unit_id    bigint primary key references unit (id),
  seeded_at  timestamptz not null default now()
);
