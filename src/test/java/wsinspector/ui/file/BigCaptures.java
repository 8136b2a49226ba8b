package wsinspector.ui.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Big captures for the tests of opening them, written on the fly (bench/make-big-capture.py writes the benchmark's). */
public final class BigCaptures {
    /** Enough frames that reading them takes a while, few enough for a test. */
    public static final int FRAMES = 200_000;

    private BigCaptures() {
    }

    /** A client's stream: an upgrade request, then masked 16-byte text frames ("message 0000000\n", …). */
    public static Path clientStream(Path dir, int frames) throws IOException {
        Path file = dir.resolve("big-c2s.raw");
        Random random = new Random(6455);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] frame = new byte[22];
            frame[0] = (byte) 0x81;
            frame[1] = (byte) 0x90;
            for (int n = 0; n < frames; n++) {
                byte[] text = String.format("message %07d\n", n).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 4; i++) {
                    frame[2 + i] = (byte) random.nextInt();
                }
                for (int i = 0; i < 16; i++) {
                    frame[6 + i] = (byte) (text[i] ^ frame[2 + (i & 3)]);
                }
                out.write(frame);
            }
        }
        return file;
    }
}
