package de.dienstleistungspool.portal.pages;

import java.net.URI;

/** Keeps redirects inside the portal: a target after sign-in must be a local path, never another site. */
final class LocalPaths {

    private LocalPaths() {
    }

    static boolean isLocal(String target) {
        if (target == null || target.length() > 500 || !target.startsWith("/") || target.startsWith("//")
                || target.contains("\\") || target.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() == null && uri.getAuthority() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
