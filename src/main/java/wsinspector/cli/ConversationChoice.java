package wsinspector.cli;

import wsinspector.capture.Capture;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;

/** The conversation of an input a command works on: the one {@code --stream N} names, else the first WebSocket one. */
final class ConversationChoice {
    private ConversationChoice() {
    }

    static CapturedConnection pick(Capture capture, String name, Integer stream) throws DumpException {
        if (capture.connections().isEmpty()) {
            throw new DumpException(name + " holds no bytes, so no conversation.");
        }
        if (stream == null) {
            CapturedConnection first = capture.firstWebSocket();
            if (first == null) {
                throw new DumpException(name + " holds " + capture.connections().size() + " TCP connection(s) and none"
                        + " starts with a WebSocket handshake. See them with decode --list and pick one with --stream N.");
            }
            return first;
        }
        CapturedConnection chosen = capture.stream(stream);
        if (chosen == null) {
            throw new DumpException(name + " holds conversation(s) numbered " + capture.connections().get(0).stream()
                    + " to " + capture.connections().get(capture.connections().size() - 1).stream()
                    + "; there is no stream " + stream + ".");
        }
        return chosen;
    }
}
