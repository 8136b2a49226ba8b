package wsinspector.ui.live;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import wsinspector.net.Source;
import wsinspector.net.TapEvent;

/**
 * Which of the wire tap's recordings the window gets, so that every TCP connection is shown once although both
 * of its ends may be recorded (our client talking to our own echo server is seen by both).
 *
 * <p>The rule: <b>the echo server's recording is always kept</b> (it sees every connection made to it: outside
 * clients such as a browser, and our own client); <b>the client's recording is kept only for a connection to a
 * server that is not our echo server</b> (a public echo service, a proxy). A client connection goes to our echo
 * server when its peer (the address the client connected to, {@code ip:port}) is an address our server listened
 * on in this session. The decision is made from the client's {@code Opened} event alone, so nothing is buffered
 * and no race between the two ends' threads can record a connection twice or lose it. The server's view is also
 * what the lesson is about: what the server read, and how it answered.
 *
 * <p>{@link TapEvent.Dropped} events always pass: a loss is never hidden.
 */
final class TapRule {
    private final Supplier<Set<InetSocketAddress>> ownServers;
    /** Client connections whose events are left out (their server records them). */
    private final Set<Long> skipped = ConcurrentHashMap.newKeySet();

    /** @param ownServers the addresses our echo server has listened on in this session */
    TapRule(Supplier<Set<InetSocketAddress>> ownServers) {
        this.ownServers = ownServers;
    }

    /** The events of the batch the window records, in order. Called on the tap's thread only. */
    List<TapEvent> filter(List<TapEvent> batch) {
        List<TapEvent> kept = new ArrayList<>(batch.size());
        for (TapEvent e : batch) {
            if (keep(e)) {
                kept.add(e);
            }
        }
        return kept;
    }

    private boolean keep(TapEvent e) {
        if (e instanceof TapEvent.Opened o) {
            if (o.source() == Source.CLIENT && isOwnServer(o.peer())) {
                skipped.add(o.connection());
                return false;
            }
            return true;
        }
        if (e instanceof TapEvent.Bytes b) {
            return !(b.source() == Source.CLIENT && skipped.contains(b.connection()));
        }
        if (e instanceof TapEvent.Closed c) {
            return !(c.source() == Source.CLIENT && skipped.remove(c.connection()));
        }
        return true;
    }

    /** Whether {@code ip:port} (as the client's Opened event writes its peer) is one of our server's addresses. */
    boolean isOwnServer(String peer) {
        int colon = peer.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        int port;
        InetAddress ip;
        try {
            port = Integer.parseInt(peer.substring(colon + 1));
            String host = peer.substring(0, colon).replace("[", "").replace("]", "");
            ip = InetAddress.getByName(host); // a literal address: no name lookup
        } catch (NumberFormatException | UnknownHostException notAnAddress) {
            return false;
        }
        for (InetSocketAddress own : ownServers.get()) {
            InetAddress bound = own.getAddress();
            boolean sameHost = bound == null || bound.isAnyLocalAddress() || bound.equals(ip)
                    || (bound.isLoopbackAddress() && ip.isLoopbackAddress());
            if (own.getPort() == port && sameHost) {
                return true;
            }
        }
        return false;
    }
}
