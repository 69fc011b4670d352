-- Issue 12: the public page says when an item was completed late and shows the first promise of an extended item.
-- Frozen with each publication like the other public fields (null in publications made before this version).
alter table minsheng_publication_item
  add column completed_on      date,   -- 办结日期 of a completed item
  add column original_deadline date;   -- 原完成时限 of an item whose deadline was extended
