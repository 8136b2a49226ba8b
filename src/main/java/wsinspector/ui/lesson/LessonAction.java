package wsinspector.ui.lesson;

import java.util.List;

/**
 * What a step of a lesson does on the window's live session before it is shown: start the echo server,
 * connect the client, send something, have the server ping the client, send bytes exactly as given.
 * The file's {@code "do"} object names one of these by its {@code "action"} (each kind below says its name;
 * {@link ActionReader} knows them all and reads each).
 */
public sealed interface LessonAction {

    /** {@code startServer}: the window's echo server, unless it already runs (then that one is used). */
    record StartServer(List<String> subprotocols) implements LessonAction {
        public StartServer {
            subprotocols = List.copyOf(subprotocols);
        }
    }

    /**
     * {@code connect}: the client connects to the echo server (a connection open before is closed).
     *
     * @param path         the request target, {@code /chat}
     * @param key          the Sec-WebSocket-Key, null for a random one
     * @param origin       the Origin header, null for none
     * @param subprotocols offered in Sec-WebSocket-Protocol
     * @param legacy       the old protocol (hixie-76) instead of RFC 6455
     */
    record Connect(String path, String key, String origin, List<String> subprotocols, boolean legacy)
            implements LessonAction {
        public Connect {
            subprotocols = List.copyOf(subprotocols);
        }
    }

    /** {@code sendText}: a text message, in frames of {@code fragment} bytes (0: one frame). */
    record SendText(String text, int fragment) implements LessonAction {
    }

    /** {@code sendBinary}: a binary message. */
    record SendBinary(byte[] data) implements LessonAction {
        public SendBinary {
            data = data.clone();
        }
    }

    /** {@code ping}: the client pings the server. */
    record ClientPing(byte[] payload) implements LessonAction {
        public ClientPing {
            payload = payload.clone();
        }
    }

    /** {@code serverPing}: the server pings the client, which answers with a pong by itself. */
    record ServerPing(byte[] payload) implements LessonAction {
        public ServerPing {
            payload = payload.clone();
        }
    }

    /** {@code close}: the client starts the closing handshake. */
    record Close(int code, String reason) implements LessonAction {
    }

    /** {@code sendRaw}: bytes sent exactly as given, as the frame builder's "send raw" does (broken frames too). */
    record SendRaw(byte[] bytes) implements LessonAction {
        public SendRaw {
            bytes = bytes.clone();
        }
    }
}
