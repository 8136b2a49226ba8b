package wsinspector.bench;

import java.util.concurrent.CountDownLatch;

import wsinspector.net.JavaWebSocketEcho;

/**
 * The Java-WebSocket 1.6.0 echo server (the tests' peer, no permessage-deflate) on its own, for bench/proof.sh:
 * prints {@code listening PORT} and echoes until the process is ended. Not a test (surefire excludes bench).
 */
public final class JavaWebSocketEchoMain {
    private JavaWebSocketEchoMain() {
    }

    public static void main(String[] args) throws Exception {
        try (JavaWebSocketEcho server = JavaWebSocketEcho.start(false)) {
            System.out.println("listening " + server.getPort());
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }
}
