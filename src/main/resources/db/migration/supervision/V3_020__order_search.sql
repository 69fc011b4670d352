-- Issue 12 全文检索: 督办单 are searched by words anywhere in their number, 督办事项, 依据, 要求 and 办复 (see ledger/V3_970).
-- luoshi_bigrams(text): the text's two-character pieces (二字片段), lower-cased — "道路改造" → {道路, 路改, 改造}. A GIN
-- index on it finds the rows that contain every piece of a searched word, which are then checked exactly (ilike):
-- Chinese search words are mostly two characters long (道路、整改、污染), and pg_trgm's trigrams serve only words of
-- three or more. The same function is created by the ledger, supervision and bulletins migrations (identical text,
-- whichever runs first), because each indexes its own tables with it. Its cost is declared high: computing the pieces
-- of a long text (a speech) takes milliseconds, so the planner should test them through the index, never row by row.
create or replace function luoshi_bigrams(t text) returns text[]
  language sql immutable strict parallel safe cost 10000
  as $$ select array(select substr(x.l, i, 2) from (select lower(t) as l) x, generate_series(1, length(x.l) - 1) i) $$;

create index supervision_order_search_idx on supervision_order
  using gin (luoshi_bigrams(number || ' ' || task_title || ' ' || basis || ' ' || requirement || ' '
                            || coalesce(response, '')));
