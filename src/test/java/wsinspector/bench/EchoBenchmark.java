package wsinspector.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.JavaWebSocketEcho;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;

/**
 * Echo round trips per second and latency percentiles, at 1 and 100 concurrent clients, against the project's
 * {@link EchoServer} and a Java-WebSocket echo server in the same run, both driven by the same blocking raw-socket
 * client (a 100-byte masked binary frame out, its echo back, then the next). Not a test (surefire excludes
 * {@code bench}); run {@code main} by hand:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) wsinspector.bench.EchoBenchmark [seconds]}.
 */
public final class EchoBenchmark {
    private static final int PAYLOAD = 100;

    private EchoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        System.out.printf("echo benchmark: %d-byte binary messages, %.1f s per run after %.1f s of warm-up, %d cores%n",
                PAYLOAD, seconds, seconds / 2, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-16s %8s %14s %10s %10s%n", "server", "clients", "round trips/s", "p50 µs", "p99 µs");
        try (EchoServer ours = new EchoServer(EchoServerOptions.defaults(), null);
             JavaWebSocketEcho reference = JavaWebSocketEcho.start(false)) {
            InetSocketAddress oursAt = ours.start();
            InetSocketAddress referenceAt = new InetSocketAddress("127.0.0.1", reference.getPort());
            for (int clients : new int[] {1, 100}) {
                report("wsinspector", clients, run(oursAt, clients, seconds));
                report("Java-WebSocket", clients, run(referenceAt, clients, seconds));
            }
        }
    }

    private record Result(long roundTrips, double seconds, long[] latenciesNanos) {
    }

    private static void report(String server, int clients, Result r) {
        long[] l = r.latenciesNanos();
        Arrays.sort(l);
        System.out.printf("%-16s %8d %14.0f %10.1f %10.1f%n", server, clients, r.roundTrips() / r.seconds(),
                percentile(l, 0.50) / 1000.0, percentile(l, 0.99) / 1000.0);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    /** Warm-up, then a measured period; every client starts and stops at the same moments. */
    private static Result run(InetSocketAddress at, int clients, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CyclicBarrier start = new CyclicBarrier(clients + 1);
        long warmupNanos = (long) (seconds / 2 * 1e9);
        long measureNanos = (long) (seconds * 1e9);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> client(at, start, warmupNanos, measureNanos)));
        }
        start.await();
        long total = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            long[] l = f.get();
            all.add(l);
            total += l.length;
        }
        pool.shutdown();
        long[] merged = new long[(int) total];
        int at0 = 0;
        for (long[] l : all) {
            System.arraycopy(l, 0, merged, at0, l.length);
            at0 += l.length;
        }
        return new Result(total, seconds, merged);
    }

    private static long[] client(InetSocketAddress at, CyclicBarrier start, long warmupNanos, long measureNanos)
            throws Exception {
        try (Socket s = new Socket()) {
            s.connect(at, 10_000);
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(s.getInputStream()));
            handshake(out, in);
            byte[] frame = FrameEncoder.encode(FrameSpec.binary(new byte[PAYLOAD]).withMask(new byte[] {1, 2, 3, 4}));
            byte[] echo = new byte[2 + PAYLOAD];
            start.await();
            long warmupEnd = System.nanoTime() + warmupNanos;
            while (System.nanoTime() < warmupEnd) {
                roundTrip(out, in, frame, echo);
            }
            long[] latencies = new long[1 << 16];
            int n = 0;
            long end = System.nanoTime() + measureNanos;
            long now;
            while ((now = System.nanoTime()) < end) {
                roundTrip(out, in, frame, echo);
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                }
                latencies[n++] = System.nanoTime() - now;
            }
            out.write(FrameEncoder.encode(FrameSpec.close(1000, "").withMask(new byte[] {1, 2, 3, 4})));
            return Arrays.copyOf(latencies, n);
        }
    }

    private static void roundTrip(OutputStream out, DataInputStream in, byte[] frame, byte[] echo) throws IOException {
        out.write(frame);
        while (true) {
            in.readFully(echo, 0, 2);
            if (echo[0] == (byte) 0x89) { // a keep-alive ping (Java-WebSocket sends them): answer, read on
                byte[] ping = new byte[echo[1] & 0x7F];
                in.readFully(ping);
                out.write(FrameEncoder.encode(FrameSpec.pong(ping).withMask(new byte[] {1, 2, 3, 4})));
                continue;
            }
            if (echo[0] != (byte) 0x82 || echo[1] != PAYLOAD) {
                throw new IOException("unexpected echo header " + (echo[0] & 0xFF) + " " + (echo[1] & 0xFF));
            }
            in.readFully(echo, 2, PAYLOAD); // 82 64 + 100 bytes: the server's unmasked echo
            return;
        }
    }

    private static void handshake(OutputStream out, DataInputStream in) throws IOException {
        out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        StringBuilder head = new StringBuilder();
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("no handshake response");
            }
            head.append((char) b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("refused: " + head);
        }
    }
}
