-- Module audit: who changed which record when, with the values before and after.
create table audit_entry (
  id            bigint generated always as identity primary key,
  at            timestamptz not null default now(),
  actor         text not null,
  action        text not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'TRANSITION')),
  entity_type   text not null,
  entity_id     bigint not null,
  task_id       bigint,
  directive_id  bigint,
  summary       text not null,
  before_state  jsonb,
  after_state   jsonb
);
create index audit_entry_task_idx on audit_entry (task_id, at desc) where task_id is not null;
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, at desc);
create index audit_entry_directive_idx on audit_entry (directive_id, at desc) where directive_id is not null;
