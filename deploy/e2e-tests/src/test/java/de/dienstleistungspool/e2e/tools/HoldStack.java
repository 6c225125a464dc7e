package de.dienstleistungspool.e2e.tools;

import de.dienstleistungspool.e2e.stack.E2eStack;

/** Starts the e2e stack and keeps it running (for exploring it by hand); prints its ports. */
public final class HoldStack {
    private HoldStack() {
    }

    public static void main(String[] args) throws Exception {
        E2eStack s = E2eStack.get();
        System.out.println(s.ports);
        Thread.sleep(Long.MAX_VALUE);
    }
}
