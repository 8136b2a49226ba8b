package wsinspector.net;

/** Hears about the echo server's connections, on the connection's own thread (keep it quick). */
public interface ConnectionListener {

    /** The opening handshake succeeded. */
    default void opened(ConnectionInfo connection) {
    }

    /**
     * An opened connection ended.
     *
     * @param closeCode the code of the close frame that started the closing handshake, whoever sent it;
     *                  -1 when there was none (a legacy connection, or the TCP connection was lost)
     */
    default void closed(ConnectionInfo connection, int closeCode, String reason) {
    }

    /** A handshake was refused with this HTTP status (400, 403, 426) or was not a handshake at all (status -1). */
    default void refused(String peer, int status, String reason) {
    }

    /**
     * As {@link #refused(String, int, String)}, with the connection's id (as the wire tap names it, so a list of
     * connections can number the refused ones too); -1 for a connection refused before it was served (503).
     */
    default void refused(long connection, String peer, int status, String reason) {
        refused(peer, status, reason);
    }
}
