-- The trace a queued e-mail or webhook delivery belongs to (docs/OPERATIONS.md, "Traces"): the W3C traceparent of the
-- consumer span that queued it, so each sending attempt is a span of the booking's trace; null when nothing was traced.
alter table notification add column traceparent text;
alter table webhook_delivery add column traceparent text;
