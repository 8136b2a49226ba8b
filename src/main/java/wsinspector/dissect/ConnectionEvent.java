package wsinspector.dissect;

/** What happens to a TCP connection besides data, as a capture shows it: opened, closed, reset. */
public enum ConnectionEvent {
    SYN("syn"),
    SYN_ACK("syn-ack"),
    FIN("fin"),
    RST("rst");

    private final String code;

    ConnectionEvent(String code) {
        this.code = code;
    }

    /** The name in JSON output and in bundle keys ({@code event.syn}). */
    public String code() {
        return code;
    }
}
