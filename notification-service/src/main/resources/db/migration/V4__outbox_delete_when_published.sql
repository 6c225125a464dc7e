-- The outbox relay deletes a row as soon as Kafka has acknowledged its event, instead of marking it published: a
-- delete only stamps the row as dead, while the update wrote a second copy of the whole row (about 1 KB) plus new
-- primary-key and seq index entries, and the marked rows had to be purged later in a second pass. Kafka keeps the
-- published events; the table holds only what is still on its way. Rows already published are deleted here.
delete from outbox_event where published_at is not null;
alter table outbox_event drop column published_at; -- drops the partial index outbox_event_unpublished with it
create index outbox_event_by_transaction on outbox_event (tx_id);
