package wsinspector.ui.live;

import java.io.EOFException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import wsinspector.net.HandshakeFailure;

/**
 * Failures as a person should read them: what went wrong and what to do, in the current language, never a
 * stack trace. Known causes get their own text; anything else shows its message (or its class name, if it has none).
 */
public final class Errors {
    private Errors() {
    }

    public static Note note(Throwable failure) {
        Throwable t = unwrap(failure);
        String detail = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof HandshakeFailure h) {
            return Note.error("live.error.said", h.phrase());
        }
        if (t instanceof UnknownHostException) {
            return Note.error("live.error.unknownHost", detail);
        }
        if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return Note.error("live.error.refused", detail);
        }
        if (t instanceof SocketTimeoutException) {
            return Note.error("live.error.timeout", detail);
        }
        if (t instanceof EOFException) {
            return Note.error("live.error.closedByPeer", detail);
        }
        if (t instanceof Unavailable u) {
            return Note.error("live.error.state", u.why());
        }
        if (t instanceof IllegalStateException) {
            return Note.error("live.error.state", detail);
        }
        return Note.error("live.error.other", detail);
    }

    /** The failure under the wrappers that futures and executors add. */
    static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof CompletionException || cur instanceof ExecutionException
                || cur instanceof UncheckedIOException) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }
}
