package wsinspector.dissect;

import java.util.List;

import wsinspector.protocol.Problem;

/** One unit of a conversation as the dissector sees it: a handshake, a frame, or bytes it could not decode. */
public sealed interface Message permits HandshakeMessage, FrameMessage, LegacyFrameMessage, UndecodedBytes,
        GapMessage, ConnectionEventMessage {

    Kind kind();

    Direction direction();

    /** Offset of the first byte in its direction's stream (or in the file, for a dump of unknown direction). */
    long offset();

    /** The bytes exactly as they crossed the wire. */
    byte[] wire();

    /**
     * The dissection: a tree of fields over {@link #wire()}, offsets in stream coordinates. Built the first
     * time it is asked for and then kept: indexing a capture builds no trees, showing a message builds one.
     */
    Field root();

    /**
     * The rules this message breaks. Messages the dissector indexes hold them (no tree is built to answer);
     * this default, for messages whose tree is one field built at once, reads them off the tree.
     */
    default List<Problem> problems() {
        return root().allProblems();
    }

    long timestampNanos();

    default int length() {
        return wire().length;
    }

    /** The byte at a stream offset inside this message. */
    default int byteAt(long streamOffset) {
        return wire()[(int) (streamOffset - offset())] & 0xFF;
    }

    enum Kind {
        HANDSHAKE_REQUEST("handshake-request"),
        HANDSHAKE_RESPONSE("handshake-response"),
        FRAME("frame"),
        LEGACY_FRAME("legacy-frame"),
        UNDECODED("undecoded"),
        /** Bytes a capture does not hold (a TCP segment it lost). */
        GAP("gap"),
        /** A TCP connection's SYN, FIN or RST. */
        CONNECTION("connection");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The name used by the JSON output. */
        public String code() {
            return code;
        }
    }
}
