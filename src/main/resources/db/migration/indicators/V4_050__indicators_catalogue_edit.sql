-- Issue 13, catalogue editing: light rule sets get a version (409 on concurrent edits) and a preset flag. A preset is
-- named after its published source and stays read-only; a copy (copied_from names it) can be edited.
alter table ind_light_rule add column preset boolean not null default false;
alter table ind_light_rule add column version int not null default 0;
alter table ind_light_rule add column copied_from text;
update ind_light_rule set preset = true;
-- a number for the audit trail (the name stays the key the indicators refer to)
alter table ind_light_rule add column id bigint generated always as identity unique;
