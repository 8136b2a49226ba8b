package wsinspector.ui.live;

import wsinspector.net.BrowserName;
import wsinspector.protocol.Phrase;

/**
 * One line of the echo server's connection list.
 *
 * @param id        the connection's number, as the wire tap and the timeline name it ("Server #3"); negative for a
 *                  connection refused before it was served (503: it has no number)
 * @param peer      the client's address, e.g. {@code 127.0.0.1:54321}
 * @param protocol  RFC6455, HIXIE76 or HIXIE75; empty for a refused handshake
 * @param path      the request target, e.g. {@code /chat}
 * @param status    open, closed or refused
 * @param code      the close code (closed; -1 for none), or the HTTP status of the refusal (refused)
 * @param reason    the close reason or why the handshake was refused, as a phrase said in the reader's language;
 *                  null when nothing says why
 * @param browser   the client's browser from its User-Agent (a student's Chrome 120 on Linux), null if not known
 */
public record ServerConnectionRow(long id, String peer, String protocol, String path, Status status, int code,
                                  Phrase reason, BrowserName browser) {

    public enum Status { OPEN, CLOSED, REFUSED }

    public ServerConnectionRow {
        path = path == null ? "" : path;
        protocol = protocol == null ? "" : protocol;
    }

    /** A row whose browser is not known (a refused handshake, our own client). */
    public ServerConnectionRow(long id, String peer, String protocol, String path, Status status, int code, Phrase reason) {
        this(id, peer, protocol, path, status, code, reason, null);
    }

    ServerConnectionRow closed(int closeCode, Phrase why) {
        return new ServerConnectionRow(id, peer, protocol, path, Status.CLOSED, closeCode, why, browser);
    }
}
