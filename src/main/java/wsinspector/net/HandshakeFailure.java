package wsinspector.net;

import java.io.IOException;

import wsinspector.protocol.Phrase;

/**
 * The client's opening handshake failed: the server refused it or botched it. What went wrong is a phrase,
 * said in the reader's language where it is shown; the exception's message is its English, for a log.
 */
public final class HandshakeFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Phrase phrase;

    /** @param message the English for a log, e.g. naming the rules broken by their ids */
    HandshakeFailure(Phrase phrase, String message) {
        super(message);
        this.phrase = phrase;
    }

    /** What went wrong, as words to say in the reader's language. */
    public Phrase phrase() {
        return phrase;
    }
}
