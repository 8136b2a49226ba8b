package wsinspector.protocol;

import java.util.Optional;

/** The defined frame opcodes (RFC 6455 §5.2, §11.8). Opcodes 3-7 and 0xB-0xF are reserved and have no constant. */
public enum Opcode {
    CONTINUATION(0x0),
    TEXT(0x1),
    BINARY(0x2),
    CLOSE(0x8),
    PING(0x9),
    PONG(0xA);

    private static final Opcode[] BY_CODE = new Opcode[16];

    static {
        for (Opcode o : values()) {
            BY_CODE[o.code] = o;
        }
    }

    private final int code;

    Opcode(int code) {
        this.code = code;
    }

    /** The 4-bit value on the wire. */
    public int code() {
        return code;
    }

    /** Whether this is a control frame opcode (close, ping, pong). */
    public boolean isControl() {
        return isControl(code);
    }

    /** The opcode with this 4-bit value, empty for a reserved or out-of-range value. */
    public static Optional<Opcode> of(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /** Control frames are those whose opcode has its most significant bit set (RFC 6455 §5.5). */
    public static boolean isControl(int code) {
        return (code & 0x8) != 0;
    }

    /** Opcodes 0x3-0x7 (data) and 0xB-0xF (control) are reserved for further definition (RFC 6455 §5.2). */
    public static boolean isReserved(int code) {
        return (code >= 0x3 && code <= 0x7) || (code >= 0xB && code <= 0xF);
    }
}
