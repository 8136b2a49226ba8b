package wsinspector.net;

import java.net.InetAddress;

/**
 * Pings a student page's connection when the page asks (POST /ping?student=NAME): the page names its connection
 * by the {@code student} parameter of its WebSocket URL. Only a request from the connection's own address is
 * heard, so one student cannot make the server ping another's browser.
 */
final class StudentPings {
    private final EchoServer server;

    StudentPings(EchoServer server) {
        this.server = server;
    }

    /** Whether an open connection of that name, from that address, was found (and pinged). */
    boolean ping(String student, InetAddress from) {
        for (ConnectionInfo c : server.connections()) {
            boolean named = QueryString.value(c.path(), "student").filter(student::equals).isPresent();
            if (named && host(c.peer()).equals(from.getHostAddress())) {
                // the payload says whose idea it was, for the lecturer's timeline; the browser's pong echoes it
                server.ping(c.id(), server.peerWords().askedByThePage());
                return true;
            }
        }
        return false;
    }

    /** "10.0.0.7" of "10.0.0.7:51234" (and the IPv6 address of "0:0:0:0:0:0:0:1:51234"). */
    private static String host(String peer) {
        int colon = peer.lastIndexOf(':');
        return colon < 0 ? peer : peer.substring(0, colon);
    }
}
