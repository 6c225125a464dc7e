package de.dienstleistungspool.notification.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address ranges no webhook may reach: loopback, unspecified, private (RFC 1918), shared (CGNAT), link-local,
 * unique-local, multicast, reserved and benchmark ranges, and IPv6 forms that embed such an IPv4 address.
 */
public final class InternalAddresses {

    private InternalAddresses() {
    }

    public static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        return b.length == 4 ? isInternalV4(b, 0) : isInternalV6(b);
    }

    private static boolean isInternalV4(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        return a0 == 0 || a0 == 10 || a0 == 127
                || (a0 == 100 && (a1 & 0xc0) == 64)              // 100.64.0.0/10 shared (carrier-grade NAT)
                || (a0 == 169 && a1 == 254)                       // link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xf0) == 16)
                || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && (b[at + 2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (a0 == 198 && (a1 & 0xfe) == 18)               // 198.18.0.0/15 benchmarking
                || a0 >= 224;                                     // multicast, reserved, broadcast
    }

    private static boolean isInternalV6(byte[] b) {
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc || b0 == 0xff || (b0 == 0xfe && (b1 & 0x80) == 0x80)) {
            return true; // unique-local fc00::/7, multicast ff00::/8, link- and site-local fe80::/9
        }
        if (allZero(b, 0, 10) && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) || allZero(b, 10, 12))) {
            return isInternalV4(b, 12); // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d
        }
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return allZero(b, 4, 12) ? isInternalV4(b, 12) : true; // NAT64 64:ff9b::/96 (64:ff9b:1::/48 is local use)
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return isInternalV4(b, 2); // 6to4 2002:a.b.c.d::/48
        }
        return b0 == 0x20 && b1 == 0x01 && ((b[2] == 0 && b[3] == 0) || ((b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8));
        // Teredo 2001::/32 tunnels to an embedded address; 2001:db8::/32 is documentation only
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the address lies in the CIDR range ({@code 203.0.113.0/24}, {@code 2001:db8::/32}). */
    public static boolean inNetwork(InetAddress address, String cidr) {
        int slash = cidr.indexOf('/');
        try {
            byte[] network = InetAddress.getByName(slash < 0 ? cidr : cidr.substring(0, slash)).getAddress();
            byte[] candidate = address.getAddress();
            if (network.length != candidate.length) {
                return false;
            }
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((network[i / 8] & mask) != (candidate[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("notification.webhooks.forbidden-networks: '" + cidr + "' is not an address range", e);
        }
    }
}
