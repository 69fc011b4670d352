-- Tags (民生实事 …) are asked for with `tags @> array[...]` by the 民生实事 page and bulletins by category.
create index task_tags_idx on task using gin (tags);
