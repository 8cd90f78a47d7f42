-- Doses recorded per resident and shift, kept by triggers in the same transaction as the doses themselves.
-- Why: the 总览's 漏记给药 and the self-inspection's MAR check ask, for every resident in the home, whether each
-- finished shift has as many records as the orders made doses due. Counting the records order by order is one key
-- seek per running order (16,000 in the bench home: ~90 ms for a week); this table answers with one range of
-- shift_date (2,000 rows a shift). A dose can only be recorded in a slot that was due in its round's shift
-- (core/medication/recordShift.ts) and an order cannot be stopped before a recorded dose (orders.ts), so
-- due − recorded is what nobody recorded. The shift is the round's: recordShift files each dose in the round of the
-- shift the dose falls in, so no shift boundary is written twice (core/medication/schema.ts SHIFTS stays the one).
CREATE TABLE medication_shift_tally (
  shift_date TEXT NOT NULL,
  shift TEXT NOT NULL,
  resident_id INTEGER NOT NULL,
  doses INTEGER NOT NULL,
  not_given INTEGER NOT NULL,
  PRIMARY KEY (shift_date, shift, resident_id)
) STRICT, WITHOUT ROWID;

-- What the table must equal: tests compare the two after writes, and a bulk load refills the table from it.
CREATE VIEW medication_shift_tally_source AS
SELECT m.date AS shift_date, m.shift, o.resident_id, count(*) AS doses, sum(a.status <> 'given') AS not_given
FROM medication_administrations a JOIN medication_rounds m ON m.id = a.round_id JOIN medication_orders o ON o.id = a.order_id
GROUP BY m.date, m.shift, o.resident_id;

INSERT INTO medication_shift_tally (shift_date, shift, resident_id, doses, not_given)
SELECT shift_date, shift, resident_id, doses, not_given FROM medication_shift_tally_source;

CREATE TRIGGER medication_shift_tally_insert AFTER INSERT ON medication_administrations BEGIN
  INSERT INTO medication_shift_tally (shift_date, shift, resident_id, doses, not_given)
  SELECT m.date, m.shift, o.resident_id, 1, NEW.status <> 'given' FROM medication_rounds m, medication_orders o
  WHERE m.id = NEW.round_id AND o.id = NEW.order_id
  ON CONFLICT (shift_date, shift, resident_id) DO UPDATE SET doses = doses + 1, not_given = not_given + excluded.not_given;
END;

CREATE TRIGGER medication_shift_tally_delete AFTER DELETE ON medication_administrations BEGIN
  UPDATE medication_shift_tally SET doses = doses - 1, not_given = not_given - (OLD.status <> 'given')
  WHERE (shift_date, shift, resident_id) = (SELECT m.date, m.shift, o.resident_id FROM medication_rounds m, medication_orders o
                                            WHERE m.id = OLD.round_id AND o.id = OLD.order_id);
END;

-- A correction (recordShift's upsert) moves the dose to the new round and may change its status: out of the old, into the new.
CREATE TRIGGER medication_shift_tally_update AFTER UPDATE OF order_id, status, round_id ON medication_administrations BEGIN
  UPDATE medication_shift_tally SET doses = doses - 1, not_given = not_given - (OLD.status <> 'given')
  WHERE (shift_date, shift, resident_id) = (SELECT m.date, m.shift, o.resident_id FROM medication_rounds m, medication_orders o
                                            WHERE m.id = OLD.round_id AND o.id = OLD.order_id);
  INSERT INTO medication_shift_tally (shift_date, shift, resident_id, doses, not_given)
  SELECT m.date, m.shift, o.resident_id, 1, NEW.status <> 'given' FROM medication_rounds m, medication_orders o
  WHERE m.id = NEW.round_id AND o.id = NEW.order_id
  ON CONFLICT (shift_date, shift, resident_id) DO UPDATE SET doses = doses + 1, not_given = not_given + excluded.not_given;
END;

-- Incidents with something still to do (family not told, follow-up open) are a handful among tens of thousands:
-- the 总览 reads them twice a load. Without this index each read was a pass over the register (13 ms in the bench).
CREATE INDEX incidents_open ON incidents (occurred_at, id)
  WHERE deleted_at IS NULL AND (family_notified_at IS NULL OR follow_up_closed_on IS NULL);

-- Residents who left recently still had doses due before they left: found by date, not by a pass over 20,000 leavers.
CREATE INDEX residents_left_on ON residents (left_on) WHERE left_on IS NOT NULL;

-- The running orders of every resident (漏记给药, the self-inspection) need only their times and span: with those in
-- the index the 20,000 running orders are read from it alone (bench: 17 ms → 8 ms for the home).
DROP INDEX medication_orders_resident;
CREATE INDEX medication_orders_resident ON medication_orders (resident_id, start_at, stop_at, long_term, times);
