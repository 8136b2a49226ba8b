package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.explain.EnglishWords;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;

/**
 * {@code serve --lang ru} says every event of its log in Russian: a handshake too long (431), a request that is no
 * WebSocket handshake (400), a handshake that never comes, a client that does not read (its reading paused, then
 * closed 1008), a client that breaks a frame rule (1002). No line on stdout or stderr holds an English sentence, and
 * nothing goes to java.util.logging at INFO or above (which would print English beside the report).
 */
@Timeout(30)
class ServeRussianLogTest {
    private static final Pattern LISTENING = Pattern.compile("ws://127\\.0\\.0\\.1:(\\d+)/");
    private static final String KEY_REQUEST = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

    private final ServeRun run = new ServeRun();
    private final LineQueue out = run.out;
    private final LineQueue err = run.err;
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public synchronized void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.INFO.intValue()) {
                logged.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToTheLog() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stop() throws InterruptedException {
        Logger.getLogger("").removeHandler(recorder);
        run.stop();
    }

    @Test
    void everyLoggedEventIsRussian() throws Exception {
        int port = serve("--lang", "ru", "--max-handshake", "256", "--handshake-timeout", "0.5", "--max-queued", "4096",
                "--stalled-timeout", "0.5");
        List<String> lines = new ArrayList<>();

        // a limit hit: a handshake longer than --max-handshake, answered 431
        String answer = exchange(port, "GET / HTTP/1.1\r\nX-Long: " + "a".repeat(400) + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 431 "), answer);
        lines.add(lineWith(" 431 "));

        // a bad handshake: Upgrade: websocket without Sec-WebSocket-Key, answered 400
        answer = exchange(port, KEY_REQUEST.replace("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", ""));
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        lines.add(lineWith(" 400 "));

        // a handshake that never comes: closed after --handshake-timeout
        try (Socket silent = new Socket("127.0.0.1", port)) {
            silent.setSoTimeout(10_000);
            assertEquals(-1, silent.getInputStream().read(), "closed by the server");
        }
        lines.add(out.next());

        // a client that does not read: a 4 MiB message echoed to it fills its socket, reading pauses, then 1008
        try (Socket deaf = new Socket()) {
            deaf.setReceiveBufferSize(4096);
            deaf.connect(new java.net.InetSocketAddress("127.0.0.1", port), 10_000);
            OutputStream o = deaf.getOutputStream();
            o.write(KEY_REQUEST.getBytes(StandardCharsets.US_ASCII));
            o.write(FrameEncoder.encode(FrameSpec.binary(new byte[4 << 20]).withMask(new byte[] {1, 2, 3, 4})));
            o.flush();
            lines.add(out.next()); // opened
            lines.add(lineWith("приостановлено"));
            lines.add(lineWith(" 1008 "));
        }

        // a client that breaks a rule: an unmasked frame from a client, closed 1002
        try (Socket rude = new Socket("127.0.0.1", port)) {
            rude.setSoTimeout(10_000);
            OutputStream o = rude.getOutputStream();
            o.write(KEY_REQUEST.getBytes(StandardCharsets.US_ASCII));
            o.write(FrameEncoder.encode(FrameSpec.text("hi")));
            o.flush();
            rude.getInputStream().readAllBytes();
            lines.add(lineWith(" 1002 "));
        }

        for (String line : lines) {
            String words = line.replaceAll("127\\.0\\.0\\.1:\\d+", " ");
            assertEquals(List.of(), EnglishWords.phrases(words), line);
        }
        assertEquals(null, err.lines.poll(), "nothing on stderr");
        synchronized (recorder) {
            assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList(), "nothing logged in English");
        }
    }

    /** Starts {@code serve} with these options; its port. */
    private int serve(String... args) throws InterruptedException {
        run.start(args);
        Matcher m = LISTENING.matcher(out.next());
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    /** Sends a request and reads the whole answer (the server closes after a refusal). */
    private static String exchange(int port, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The next line of the report that holds {@code part}, the lines before it kept for the check too. */
    private String lineWith(String part) throws InterruptedException {
        String line;
        List<String> before = new ArrayList<>();
        while (!(line = out.next()).contains(part)) {
            before.add(line);
        }
        for (String b : before) {
            assertEquals(List.of(), EnglishWords.phrases(b.replaceAll("127\\.0\\.0\\.1:\\d+", " ")), b);
        }
        return line;
    }
}
