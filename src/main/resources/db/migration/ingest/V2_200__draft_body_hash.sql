-- Module ingest (issue 18): the same text uploaded twice is flagged before a second draft is made.
alter table ingest_draft add column body_sha256 text;
update ingest_draft set body_sha256 = encode(sha256(convert_to(body, 'UTF8')), 'hex');
create index ingest_draft_body_sha256_idx on ingest_draft (body_sha256);
