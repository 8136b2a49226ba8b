package wsinspector.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses students type to reach a server open to the network: for one listening on every address
 * (0.0.0.0), the machine's IPv4 addresses that are neither loopback nor link-local; for one listening on a
 * particular address, that address; for one on loopback, none (no other machine can reach it).
 */
public final class StudentAddresses {
    private StudentAddresses() {
    }

    /** The page's URLs, e.g. {@code http://192.168.1.5:8080/}, best first (interfaces that are up, in system order). */
    public static List<String> pageUrls(InetSocketAddress listening) {
        List<String> urls = new ArrayList<>();
        for (InetAddress a : reachable(listening.getAddress())) {
            String host = a.getHostAddress();
            urls.add("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + listening.getPort() + "/");
        }
        return urls;
    }

    static List<InetAddress> reachable(InetAddress bound) {
        if (bound == null || bound.isLoopbackAddress()) {
            return List.of();
        }
        if (!bound.isAnyLocalAddress()) {
            return List.of(bound);
        }
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        found.add(a);
                    }
                }
            }
        } catch (SocketException e) {
            return List.of(); // the system would not list its interfaces: nothing to name
        }
        return found;
    }
}
