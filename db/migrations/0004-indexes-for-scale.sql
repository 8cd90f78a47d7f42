-- Indexes for a file of millions of rows (issue #7, items 9 and 10).

-- The audit page lists newest first, ORDER BY at DESC, id DESC, a page at a time from a cursor. Every
-- filter gets an index that ends in `at` (and, as every index, the rowid), so each filter, alone or with a
-- date range, is one backwards index walk that stops at the page size: no count over millions, no sort.
-- audit_log_at (at) and audit_log_user (user_id, at) from 0001 already have that shape.
DROP INDEX audit_log_entity;
CREATE INDEX audit_log_entity ON audit_log (entity, at);
CREATE INDEX audit_log_entity_id ON audit_log (entity, entity_id, at);
CREATE INDEX audit_log_action ON audit_log (action, at);

-- The roster's default order (by bed: floor, then room and bed numbers compared as numbers, see
-- core/residents/list.ts) as an index on the very expressions it sorts by, so the first page walks the
-- beds in order and stops after 100 instead of sorting everyone (7 ms instead of 26 ms at 20,000 in
-- residence). An index on expressions needs no stored column, so nothing can forget to fill it.
CREATE INDEX beds_order ON beds (floor, length(room), room, length(bed_no), bed_no);
-- Everyone who ever had a bed, in id order: the bed walk of 已离院 and 全部.
CREATE INDEX residents_bed ON residents (bed_id);
