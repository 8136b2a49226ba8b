package wsinspector.cli;

import wsinspector.capture.Capture;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;
import wsinspector.protocol.Phrase;

/** The conversation of an input a command works on: the one {@code --stream N} names, else the first WebSocket one. */
final class ConversationChoice {
    private ConversationChoice() {
    }

    static CapturedConnection pick(Capture capture, String name, Integer stream) throws DumpException {
        if (capture.connections().isEmpty()) {
            throw new DumpException(Phrase.of("unreadable.no-bytes", name));
        }
        if (stream == null) {
            CapturedConnection first = capture.firstWebSocket();
            if (first == null) {
                throw new DumpException(Phrase.of("unreadable.no-websocket-pick", name, capture.connections().size()));
            }
            return first;
        }
        CapturedConnection chosen = capture.stream(stream);
        if (chosen == null) {
            throw new DumpException(Phrase.of("unreadable.stream-range", name, capture.connections().get(0).stream(),
                    capture.connections().get(capture.connections().size() - 1).stream(), stream));
        }
        return chosen;
    }
}
