package wsinspector.dissect;

/** What happens to a TCP connection besides data, as a capture shows it: opened, closed, reset. */
public enum ConnectionEvent {
    SYN("syn", "SYN"),
    SYN_ACK("syn-ack", "SYN-ACK"),
    FIN("fin", "FIN"),
    RST("rst", "RST");

    private final String code;
    private final String flags;

    ConnectionEvent(String code, String flags) {
        this.code = code;
        this.flags = flags;
    }

    /** The TCP flags' names as TCP (and Wireshark) spell them: what a person reads ("SYN-ACK"), in every language. */
    public String flags() {
        return flags;
    }

    /** The name in JSON output and in bundle keys ({@code event.syn}). */
    public String code() {
        return code;
    }
}
