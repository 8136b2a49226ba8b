package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hundreds of clients at once: every echo exact, nothing lost, within a bound. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadTest {
    private static final int CLIENTS = 200;
    private static final int MESSAGES = 20;
    private EchoServer server;
    private ExecutorService pool;

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
        server.close();
    }

    @Test
    void twoHundredClientsTimesTwentyMessagesAllEchoedExactly() throws Exception {
        server = new EchoServer(EchoServerOptions.defaults(), null);
        InetSocketAddress at = server.start();
        URI uri = URI.create("ws://127.0.0.1:" + at.getPort() + "/load");
        pool = Executors.newFixedThreadPool(CLIENTS, Threads.daemons("load-client"));
        AtomicInteger echoed = new AtomicInteger();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int seed = c;
            clients.add(pool.submit(() -> {
                runClient(uri, seed, echoed);
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get(55, TimeUnit.SECONDS);
        }
        assertEquals(CLIENTS * MESSAGES, echoed.get());
    }

    private static void runClient(URI uri, int seed, AtomicInteger echoed) throws Exception {
        Random random = new Random(seed);
        Received received = new Received();
        try (WsClient client = WsClient.connect(ClientOptions.defaults(uri), null, received)) {
            for (int m = 0; m < MESSAGES; m++) {
                byte[] data = new byte[1 + random.nextInt(20_000)];
                random.nextBytes(data);
                int fragment = random.nextBoolean() ? 0 : 1 + random.nextInt(4096);
                if (m % 2 == 0) {
                    String text = "client " + seed + " message " + m + " " + java.util.Base64.getEncoder().encodeToString(data);
                    client.sendText(text, fragment, null);
                    assertEquals(text, new String(received.next().payload(), StandardCharsets.UTF_8));
                } else {
                    client.sendBinary(data, fragment, null);
                    assertArrayEquals(data, received.next().payload());
                }
                echoed.incrementAndGet();
            }
        }
    }
}
