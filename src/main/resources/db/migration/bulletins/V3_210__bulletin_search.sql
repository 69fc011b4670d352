-- Issue 12 全文检索: 通报 are searched by words anywhere in their title, scope, period and 下步要求 (see ledger/V3_970).
-- luoshi_bigrams(text): the text's two-character pieces (二字片段), lower-cased — "道路改造" → {道路, 路改, 改造}. A GIN
-- index on it finds the rows that contain every piece of a searched word, which are then checked exactly (ilike):
-- Chinese search words are mostly two characters long (道路、整改、污染), and pg_trgm's trigrams serve only words of
-- three or more. The same function is created by the ledger, supervision and bulletins migrations (identical text,
-- whichever runs first), because each indexes its own tables with it. Its cost is declared high: computing the pieces
-- of a long text (a speech) takes milliseconds, so the planner should test them through the index, never row by row.
create or replace function luoshi_bigrams(t text) returns text[]
  language sql immutable strict parallel safe cost 10000
  as $$ select array(select substr(x.l, i, 2) from (select lower(t) as l) x, generate_series(1, length(x.l) - 1) i) $$;

create index bulletin_search_idx on bulletin
  using gin (luoshi_bigrams(title || ' ' || scope_label || ' ' || period_label || ' ' || requirements));
