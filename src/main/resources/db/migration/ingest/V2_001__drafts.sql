-- Module ingest: drafts awaiting review (讲话转台账). A draft becomes a directive and its tasks when accepted.
create table ingest_draft (
  id            bigint generated always as identity primary key,
  created_by    text not null,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  status        text not null default 'DRAFT' check (status in ('DRAFT', 'ACCEPTED', 'DISCARDED')),
  file_name     text,
  -- the directive's fields as the reviewer last saved them
  title         text,
  issued_on     date not null,
  issuer        text,
  level         text not null,
  kind          text not null,
  body          text not null,          -- the normalised text; offsets point into it
  draft_json    text not null,          -- the engine's draft, luoshi-directive-draft/1
  marks_json    text not null,          -- highlights, figures, gaps and warnings (offsets are not in the contract)
  review_json   text not null,          -- the reviewer's edited version
  directive_id  bigint references directive (id) on delete set null
);
create index ingest_draft_status_idx on ingest_draft (status, created_at desc);
