package wsinspector.net;

import java.net.InetAddress;
import java.util.Collection;

/**
 * At most so many connections at once from one client address, once the server listens beyond loopback (a class
 * on the network: one student's runaway script must not take every connection). A server on a loopback address
 * hears only this machine (the lecturer's own client, the step mode, a benchmark), and is not capped.
 *
 * @param max the most connections from one address; 0 for no cap
 */
record AddressCap(int max) {
    /** The default of {@code serve} and the window: a student's page, a second tab, a reload still closing, a script. */
    static final int DEFAULT = 10;

    AddressCap {
        if (max < 0) {
            throw new IllegalArgumentException("the cap per address must not be negative: " + max);
        }
    }

    /** Whether the cap applies to a server listening there (so a caller need not count connections when not). */
    boolean appliesTo(InetAddress listening) {
        return max != 0 && !listening.isLoopbackAddress();
    }

    /**
     * Whether one more connection from {@code who} is admitted.
     *
     * @param listening the address the server listens on
     * @param current   the addresses of the connections open now
     */
    boolean admits(InetAddress listening, InetAddress who, Collection<InetAddress> current) {
        if (!appliesTo(listening)) {
            return true;
        }
        long same = current.stream().filter(who::equals).count();
        return same < max;
    }
}
