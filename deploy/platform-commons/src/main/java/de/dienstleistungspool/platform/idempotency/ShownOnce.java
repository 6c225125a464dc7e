package de.dienstleistungspool.platform.idempotency;

/**
 * A Jackson view for answer fields that are shown once, such as an initial password or a signing secret: annotated
 * {@code @JsonView(ShownOnce.class)}, they are in the first answer but never stored for a replay, so the
 * {@code idempotent_request} table holds no secret.
 */
public final class ShownOnce {

    private ShownOnce() {
    }
}
