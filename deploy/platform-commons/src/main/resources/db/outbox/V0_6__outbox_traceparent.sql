-- The trace an event belongs to (docs/EVENTS.md, "Traces"): the W3C traceparent of the span that wrote the row
-- (00-<trace id>-<span id>-<flags>), null when nothing was traced. The relay sends it on as the Kafka header
-- traceparent (of its publish span, a child of this one), so the consumers continue the writer's trace.
alter table outbox_event add column if not exists traceparent text;
