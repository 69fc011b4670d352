-- Issue 12: search on the task list finds words anywhere in a task's name or content and in its source's title
-- (Chinese has no word boundaries, so "contains", not "starts with"). pg_trgm's GIN indexes serve ilike '%词%' for
-- words of three characters or more; shorter words read the table (a district's few thousand tasks: milliseconds).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index if not exists task_title_trgm on task using gin (title gin_trgm_ops);
create index if not exists task_description_trgm on task using gin (description gin_trgm_ops);
create index if not exists directive_title_trgm on directive using gin (title gin_trgm_ops);
