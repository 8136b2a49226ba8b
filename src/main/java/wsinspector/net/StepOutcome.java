package wsinspector.net;

/**
 * How a step of the step mode ended, as data: the window words it from its bundles, with the step's
 * {@link StepResult#arguments() arguments}, and describes the bytes from their dissection. Nothing here is a
 * sentence.
 */
public enum StepOutcome {
    /**
     * The step did what it says. Arguments: for OPEN_TCP the client's address, the server's address (both
     * {@code ip:port}) and {@code tls} or {@code tcp}; none for the others.
     */
    DONE,
    /**
     * The server had already closed the connection when the request was to be sent: it waited for a request, got
     * none, and closed (servers protect themselves from slow clients). Nothing was sent. Arguments: the seconds
     * since the connection was opened.
     */
    SERVER_CLOSED_BEFORE_REQUEST,
    /** The server closed the connection while the step waited for its bytes. Arguments: how many bytes came first. */
    SERVER_CLOSED,
    /** Nothing (or not enough) arrived within the client's timeout. Arguments: the timeout in seconds. */
    NO_ANSWER,
    /** What came where the response should be is not an HTTP head; the step's bytes are what came. */
    NOT_HTTP,
    /** The response does not complete the opening handshake (a refusal, a wrong accept key…): its dissection says why. */
    HANDSHAKE_FAILED,
    /** The frame announces more than the step mode reads. Arguments: the announced payload length. */
    FRAME_TOO_LONG,
    /** The frame received breaks a rule of the protocol: its dissection says which. */
    PROTOCOL_ERROR
}
