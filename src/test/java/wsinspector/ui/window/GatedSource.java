package wsinspector.ui.window;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import wsinspector.capture.DumpException;
import wsinspector.capture.packet.Endpoint;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.file.CaptureSource;

/**
 * A source the test controls: one conversation of an upgrade request and masked text frames, one packet
 * a millisecond apart (or messages of the test's own); it hands over the first {@code before} messages, then waits at a gate until the
 * test opens it (or the load is cancelled), then hands over the rest, or fails when told to.
 */
final class GatedSource implements CaptureSource {
    static final long START_NANOS = 1_700_000_000_000_000_000L;
    private final List<Message> messages;
    private final int before;
    private final wsinspector.protocol.Phrase failure;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final CountDownLatch waiting = new CountDownLatch(1);

    /** @param failure the error after the gate, or null to read to the end */
    GatedSource(int frames, int before, wsinspector.protocol.Phrase failure) {
        this(messages(frames), before, failure);
    }

    /** These messages, the first {@code before} of them before the gate. */
    GatedSource(List<Message> messages, int before, wsinspector.protocol.Phrase failure) {
        this.messages = messages;
        this.before = before;
        this.failure = failure;
    }

    int total() {
        return messages.size();
    }

    /** Lets the reading go on past the gate. */
    void open() {
        gate.countDown();
    }

    /** Whether the reading has reached the gate. */
    boolean atGate() {
        return waiting.getCount() == 0;
    }

    @Override
    public String name() {
        return "gated.pcap";
    }

    @Override
    public String read(Sink sink) throws DumpException {
        Consumer<Message> to = sink.conversation(new Found(0, new Endpoint("10.0.0.1", 50000),
                new Endpoint("10.0.0.2", 8080), OptionalLong.of(START_NANOS), false));
        for (int i = 0; i < messages.size(); i++) {
            if (i == before) {
                sink.progress(i, messages.size());
                waiting.countDown();
                try {
                    gate.await();
                } catch (InterruptedException cancelled) {
                    throw new CancellationException();
                }
                if (failure != null) {
                    throw new DumpException(failure);
                }
            }
            to.accept(messages.get(i));
        }
        sink.progress(messages.size(), messages.size());
        return "pcap";
    }

    private static List<Message> messages(int frames) {
        Random random = new Random(6455);
        List<Chunk> chunks = new ArrayList<>();
        chunks.add(new Chunk(Direction.CLIENT_TO_SERVER, START_NANOS, ("GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        for (int n = 0; n < frames; n++) {
            byte[] text = String.format("message %07d\n", n).getBytes(StandardCharsets.US_ASCII);
            byte[] frame = new byte[22];
            frame[0] = (byte) 0x81;
            frame[1] = (byte) 0x90;
            for (int i = 0; i < 4; i++) {
                frame[2 + i] = (byte) random.nextInt();
            }
            for (int i = 0; i < 16; i++) {
                frame[6 + i] = (byte) (text[i] ^ frame[2 + (i & 3)]);
            }
            chunks.add(new Chunk(Direction.CLIENT_TO_SERVER, START_NANOS + (n + 1) * 1_000_000L, frame));
        }
        return Dissector.dissect(chunks).messages();
    }
}
