package wsinspector.net;

import wsinspector.protocol.Phrase;

/** Hears what the client receives, on the client's reading thread (keep it quick). */
public interface ClientListener {

    /** A whole text (opcode 1) or binary (opcode 2) message, inflated if it was compressed. */
    default void onMessage(int opcode, byte[] payload) {
    }

    default void onPing(byte[] payload) {
    }

    default void onPong(byte[] payload) {
    }

    /**
     * The connection ended; called once. {@code code} is the server's close code, 1005 for a close frame without
     * one (or the hixie-76 {@code ff 00}), 1006 when the connection was lost without a closing handshake.
     */
    default void onClose(int code, String reason) {
    }

    /**
     * Something went wrong: the server broke a rule, or the connection failed. A close follows.
     *
     * @param problem what went wrong, as words to say in the reader's language
     */
    default void onError(Phrase problem) {
    }
}
