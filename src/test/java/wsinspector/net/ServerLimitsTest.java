package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.MessageDeflater;

/**
 * Each limit of the echo server, hit by a hostile or forgetful client with the limit set short: the answer (an HTTP
 * status or a close code), the log line, and a second client that still echoes meanwhile.
 */
@Timeout(30)
class ServerLimitsTest {
    private final BlockingQueue<String> log = new LinkedBlockingQueue<>();
    /**
     * The server's log as its listeners hear it (serve prints these events, in its language): each line in English
     * and with the phrase's keys, so a line names the rule a close reports.
     */
    private final ConnectionListener logListener = new ConnectionListener() {
        @Override
        public void refused(long connection, String peer, int status, Phrase reason) {
            log.add("refused " + status + " " + WireText.of(reason));
        }

        @Override
        public void closed(ConnectionInfo connection, int closeCode, Phrase reason) {
            log.add("closed with " + closeCode + ": " + (reason == null ? "" : WireText.of(reason) + " " + reason));
        }

        @Override
        public void readingPaused(long connection, String peer, Phrase why) {
            log.add("reading paused: " + WireText.of(why));
        }
    };
    private EchoServer server;
    private InetSocketAddress at;

    private void start(EchoServerOptions options) throws IOException {
        server = new EchoServer(options, null);
        server.addConnectionListener(logListener);
        at = server.start();
    }

    private static EchoServerOptions with(ServerLimits limits) {
        return EchoServerOptions.defaults().withLimits(limits);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The next log line that contains {@code what}, waited for. */
    private String logLine(String what) throws InterruptedException {
        while (true) {
            String line = log.poll(10, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no log line with \"" + what + "\"");
            }
            if (line.contains(what)) {
                return line;
            }
        }
    }

    private void assertAnotherClientEchoes(String text) throws IOException {
        try (RawWs other = RawWs.open(at)) {
            other.sendMasked(FrameSpec.text(text));
            assertEquals(text, new String(other.readFrame().payload(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aHandshakeLongerThanTheLimitGets431() throws Exception {
        start(with(ServerLimits.defaults().withMaxHeadBytes(256)));
        try (RawWs big = new RawWs(at)) {
            big.send(("GET / HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(400) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(big.readToEnd().startsWith("HTTP/1.1 431 Request Header Fields Too Large"));
        }
        assertTrue(logLine("431").contains("longer than 256 bytes"));
        assertAnotherClientEchoes("after a long head");
    }

    @Test
    void aSlowlorisIsClosedAtTheHandshakeTimeoutWhileOthersEcho() throws Exception {
        start(EchoServerOptions.defaults().withHandshakeTimeout(Duration.ofMillis(300)));
        try (RawWs slow = new RawWs(at)) {
            slow.send("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII)); // and never the rest
            assertAnotherClientEchoes("while a slowloris waits");
            assertEquals(-1, slow.in.read()); // closed, nothing said
        }
        assertTrue(logLine("no opening handshake").contains("300 ms"));
    }

    @Test
    void pendingHandshakesAreCountedApartFromOpenConnections() throws Exception {
        start(with(ServerLimits.defaults().withMaxPendingHandshakes(2).withMaxConnections(1)));
        try (RawWs open = RawWs.open(at); RawWs silent1 = new RawWs(at); RawWs silent2 = new RawWs(at)) {
            awaitPending(2);
            try (RawWs third = new RawWs(at)) {
                assertTrue(third.readToEnd().startsWith("HTTP/1.1 503 Service Unavailable"));
            }
            assertTrue(logLine("still in their opening handshake").contains("503"));
            open.sendMasked(FrameSpec.text("the open one still echoes"));
            assertEquals("the open one still echoes", new String(open.readFrame().payload(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void oneOpenConnectionTooManyGets503() throws Exception {
        start(with(ServerLimits.defaults().withMaxConnections(1)));
        try (RawWs first = RawWs.open(at)) {
            IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> RawWs.open(at));
            assertTrue(refused.getMessage().contains("503"), refused.getMessage());
            assertTrue(logLine("refused 503").contains("more than 1 connections"));
        }
    }

    @Test
    void endlessFragmentsCloseWith1008AtTheLimit() throws Exception {
        start(with(ServerLimits.defaults().withMaxFragments(3)));
        try (RawWs endless = RawWs.open(at)) {
            endless.sendMasked(FrameSpec.of(0x1, "a".getBytes(StandardCharsets.US_ASCII)).withFin(false));
            for (int i = 0; i < 5; i++) {
                endless.sendMasked(FrameSpec.continuation("a".getBytes(StandardCharsets.US_ASCII)).withFin(false));
            }
            RawWs.Frame close = endless.readUntilClose();
            assertEquals(1008, close.closeCode());
            assertTrue(close.closeReason().startsWith("too-many-fragments"), close.closeReason());
        }
        assertTrue(logLine("closed with 1008").contains("too-many-fragments"));
        assertAnotherClientEchoes("after endless fragments");
    }

    @Test
    void aDeflateBombClosesWith1009AtTheInflatedLimit() throws Exception {
        start(with(ServerLimits.defaults().withMaxInflatedBytes(10_000)));
        try (RawWs bomb = RawWs.open(at, "Sec-WebSocket-Extensions: permessage-deflate")) {
            byte[] compressed = new MessageDeflater(false).deflate(new byte[1 << 20]);
            bomb.sendMasked(FrameSpec.binary(compressed).withRsv1(true));
            RawWs.Frame close = bomb.readUntilClose();
            assertEquals(1009, close.closeCode());
            assertTrue(close.closeReason().startsWith("inflate-limit-exceeded"), close.closeReason());
        }
        assertTrue(logLine("closed with 1009").contains("inflate-limit-exceeded"));
        assertAnotherClientEchoes("after a deflate bomb");
    }

    @Test
    void aLengthOf2To62ClosesWith1009AtItsHeader() throws Exception {
        start(EchoServerOptions.defaults());
        try (RawWs huge = RawWs.open(at)) {
            huge.send(FrameEncoder.encodeHeader(true, false, 0x2, RawWs.KEY, 1L << 62));
            assertEquals(1009, huge.readUntilClose().closeCode());
        }
        assertTrue(logLine("closed with 1009").contains("message-too-big"));
        assertAnotherClientEchoes("after 2^62");
    }

    @Test
    void aClientThatNeverReadsIsPausedThenClosedWith1008() throws Exception {
        start(with(ServerLimits.defaults().withMaxQueuedBytes(64 * 1024).withStalledTimeout(Duration.ofMillis(300))));
        RawWs stuck = RawWs.open(at);
        stuck.socket.setReceiveBufferSize(4096);
        byte[] message = FrameEncoder.encode(FrameSpec.binary(new byte[256 * 1024]).withMask(RawWs.KEY));
        Thread flood = new Thread(() -> {
            try {
                for (int i = 0; i < 64; i++) {
                    stuck.out.write(message); // the echoes are never read
                }
            } catch (IOException expected) {
                // the server closed the connection
            }
        });
        flood.setDaemon(true);
        flood.start();
        assertTrue(logLine("reading paused").contains("65536"));
        assertAnotherClientEchoes("while a client does not read");
        assertTrue(logLine("did not read").contains("1008"));
        stuck.close();
        flood.join(10_000);
        assertAnotherClientEchoes("after it was closed");
    }

    @Test
    void anIdleConnectionIsClosedWith1001() throws Exception {
        start(EchoServerOptions.defaults().withIdleTimeout(Duration.ofMillis(300)));
        try (RawWs idle = RawWs.open(at)) {
            RawWs.Frame close = idle.readUntilClose();
            assertEquals(1001, close.closeCode());
            assertTrue(close.closeReason().startsWith("idle for 300 ms"), close.closeReason());
        }
        assertTrue(logLine("idle for").contains("closed"));
    }

    private void awaitPending(int n) throws InterruptedException {
        // the acceptor counts a connection as it takes it: wait until both silent ones are taken
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.pendingHandshakes() < n && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(n, server.pendingHandshakes(), "pending handshakes");
    }
}
