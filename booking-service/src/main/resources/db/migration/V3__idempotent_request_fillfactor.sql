-- Every idempotent POST inserts its key row and then updates it with the response in the same transaction. Free space
-- left on each page lets that update stay on the page (a HOT update, no second primary-key entry), which keeps the hot
-- path of booking creation cheaper for PostgreSQL.
alter table idempotent_request set (fillfactor = 70);
