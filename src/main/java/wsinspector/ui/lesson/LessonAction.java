package wsinspector.ui.lesson;

import java.util.List;

/**
 * What a step of a lesson does on the window's live session before it is shown: start the echo server,
 * connect the client, send something, have the server ping the client, send bytes exactly as given.
 * The file's {@code "do"} object names one of these by its {@code "action"} (the names below).
 */
public sealed interface LessonAction {

    /** The name in the lesson file. */
    String name();

    /** {@code startServer}: the window's echo server, unless it already runs (then that one is used). */
    record StartServer(List<String> subprotocols) implements LessonAction {
        public StartServer {
            subprotocols = List.copyOf(subprotocols);
        }

        @Override
        public String name() {
            return "startServer";
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

        @Override
        public String name() {
            return "connect";
        }
    }

    /** {@code sendText}: a text message, in frames of {@code fragment} bytes (0: one frame). */
    record SendText(String text, int fragment) implements LessonAction {
        @Override
        public String name() {
            return "sendText";
        }
    }

    /** {@code sendBinary}: a binary message. */
    record SendBinary(byte[] data) implements LessonAction {
        public SendBinary {
            data = data.clone();
        }

        @Override
        public String name() {
            return "sendBinary";
        }
    }

    /** {@code ping}: the client pings the server. */
    record ClientPing(byte[] payload) implements LessonAction {
        public ClientPing {
            payload = payload.clone();
        }

        @Override
        public String name() {
            return "ping";
        }
    }

    /** {@code serverPing}: the server pings the client, which answers with a pong by itself. */
    record ServerPing(byte[] payload) implements LessonAction {
        public ServerPing {
            payload = payload.clone();
        }

        @Override
        public String name() {
            return "serverPing";
        }
    }

    /** {@code close}: the client starts the closing handshake. */
    record Close(int code, String reason) implements LessonAction {
        @Override
        public String name() {
            return "close";
        }
    }

    /** {@code sendRaw}: bytes sent exactly as given, as the frame builder's "send raw" does (broken frames too). */
    record SendRaw(byte[] bytes) implements LessonAction {
        public SendRaw {
            bytes = bytes.clone();
        }

        @Override
        public String name() {
            return "sendRaw";
        }
    }

    /** The names a file may use, in the order the documentation lists them. */
    List<String> NAMES = List.of("startServer", "connect", "sendText", "sendBinary", "ping", "serverPing", "close",
            "sendRaw");
}
