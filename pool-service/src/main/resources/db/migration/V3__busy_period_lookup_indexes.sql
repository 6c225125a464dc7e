-- Per-offer lookups by time (availability lists, calendar feeds, retire checks) filter on status, not on the
-- generated `blocks` column the partial GiST index covers; give them a plain btree.
create index busy_period_offer_start on busy_period (offer_id, start_at);
create index blackout_offer_start on blackout (offer_id, start_at);
