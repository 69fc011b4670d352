-- Spring Modulith's JDBC event publication registry is gone (docs/decisions.md 55): nothing published through it.
drop table if exists event_publication;
