package wsinspector.net;

import wsinspector.protocol.Phrase;

/**
 * Hears about the echo server's connections, on the connection's own thread (keep it quick). Why a connection
 * ended or was refused comes as a {@link Phrase}, for the listener to say in its reader's language
 * ({@code wsinspector.explain.Explanations#phrase}); null when nothing says why.
 */
public interface ConnectionListener {

    /** The opening handshake succeeded. */
    default void opened(ConnectionInfo connection) {
    }

    /**
     * An opened connection ended.
     *
     * @param closeCode the code of the close frame that started the closing handshake, whoever sent it;
     *                  -1 when there was none (a legacy connection, or the TCP connection was lost)
     * @param reason    why: the close frame's reason as the peer wrote it, or what the server saw; null for nothing
     */
    default void closed(ConnectionInfo connection, int closeCode, Phrase reason) {
    }

    /** A handshake was refused with this HTTP status (400, 403, 426) or was not a handshake at all (status -1). */
    default void refused(String peer, int status, Phrase reason) {
    }

    /**
     * As {@link #refused(String, int, Phrase)}, with the connection's id (as the wire tap names it, so a list of
     * connections can number the refused ones too); -1 for a connection refused before it was served (503).
     */
    default void refused(long connection, String peer, int status, Phrase reason) {
        refused(peer, status, reason);
    }

    /**
     * An open connection's reading paused: more than the limit of bytes waits for a client that does not read (its
     * stalled timeout closes it unless it drains). The one limit hit that neither refuses nor ends a connection.
     */
    default void readingPaused(long connection, String peer, Phrase why) {
    }

    /** Something failed inside the server, not by a client's doing; the phrase says what and whether it goes on. */
    default void serverFault(Phrase what) {
    }
}
