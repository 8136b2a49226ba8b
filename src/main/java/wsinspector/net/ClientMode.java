package wsinspector.net;

/** Which protocol the client speaks. */
public enum ClientMode {
    /** RFC 6455: Sec-WebSocket-Key/Accept handshake, masked frames with opcodes. */
    RFC6455,
    /** draft-hixie-76 (= hybi-00): Key1/Key2/key3 and MD5 handshake, {@code 00 … ff} framing, {@code ff 00} to close. */
    HIXIE76
}
