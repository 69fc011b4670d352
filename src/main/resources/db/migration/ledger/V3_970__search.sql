-- Issue 12 全文检索 (search module): directives, tasks, progress reports and problems are searched by words anywhere in
-- their text, through a GIN index of two-character pieces on one expression per table (the search faces use the
-- same expressions), and listed newest first (the date indexes below).
-- luoshi_bigrams(text): the text's two-character pieces (二字片段), lower-cased — "道路改造" → {道路, 路改, 改造}. A GIN
-- index on it finds the rows that contain every piece of a searched word, which are then checked exactly (ilike):
-- Chinese search words are mostly two characters long (道路、整改、污染), and pg_trgm's trigrams serve only words of
-- three or more. The same function is created by the ledger, supervision and bulletins migrations (identical text,
-- whichever runs first), because each indexes its own tables with it. Its cost is declared high: computing the pieces
-- of a long text (a speech) takes milliseconds, so the planner should test them through the index, never row by row.
create or replace function luoshi_bigrams(t text) returns text[]
  language sql immutable strict parallel safe cost 10000
  as $$ select array(select substr(x.l, i, 2) from (select lower(t) as l) x, generate_series(1, length(x.l) - 1) i) $$;

create index directive_search_idx on directive
  using gin (luoshi_bigrams(title || ' ' || issuer || ' ' || coalesce(body, '')));
create index task_search_idx on task
  using gin (luoshi_bigrams(title || ' ' || coalesce(description, '')));
create index progress_report_search_idx on progress_report
  using gin (luoshi_bigrams(narrative || ' ' || coalesce(difficulties, '') || ' ' || coalesce(next_steps, '')));
create index problem_search_idx on problem
  using gin (luoshi_bigrams(description || ' ' || coalesce(resolution, '')));
-- newest first: the reports of all units (督查室) and of one unit (a word naming the unit)
create index progress_report_newest_idx on progress_report (reported_on desc, id desc);
create index progress_report_unit_newest_idx on progress_report (unit_id, reported_on desc, id desc);
