package wsinspector.net;

/** The steps of a client connection as the step mode walks them, one at a time, for a lecture. */
public enum StepKind {
    /** Open the TCP connection (and for wss://, the TLS session). */
    OPEN_TCP,
    /** Build the opening handshake request (RFC 6455 §4.1; draft-hixie-76 §4.1). */
    BUILD_REQUEST,
    /** Send it. */
    SEND_REQUEST,
    /** Read the server's response head (and for hixie-76 the 16-byte answer). */
    RECEIVE_RESPONSE,
    /** Check the response: Sec-WebSocket-Accept (RFC 6455 §4.1), or the MD5 answer (hixie-76). */
    VERIFY_ACCEPT,
    /** Send one frame. */
    SEND_FRAME,
    /** Read one frame. */
    RECEIVE_FRAME,
    /** Close the TCP connection. */
    CLOSE_TCP
}
