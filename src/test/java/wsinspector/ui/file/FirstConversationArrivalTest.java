package wsinspector.ui.file;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.dissect.MessageIndex;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;

/**
 * FX100: the window arranges itself for a capture when its first conversation arrives (the bands, the forms' heights:
 * 20-50 ms of the FX thread) and shows the first message (the selection, the inspector's header, the first view's start)
 * in FX tasks and frames of their own: the first message is handed over only once the frame after the arrival is drawn,
 * never in the same hand-over (they were one FX task, and one pulse after it).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class FirstConversationArrivalTest {
    private static final byte[] REQUEST = ("GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HELLO = {(byte) 0x81, (byte) 0x85, 0x37, (byte) 0xfa, 0x21, 0x3d, 0x7f, (byte) 0x9f, 0x4d,
            0x51, 0x58};

    @Test
    void theFirstMessageComesInAHandOverAfterTheFrameThatShowsTheConversation() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        // hand-overs run at once on the reading thread, each one noted: what runs in the same hand-over shares an FX task
        FxBatcher batcher = new FxBatcher(handOver -> {
            events.add("hand-over");
            handOver.run();
        }, Duration.ZERO, (action, delay) -> action.run(), System::nanoTime);
        CaptureSource source = new CaptureSource() {
            @Override
            public String name() {
                return "two.bin";
            }

            @Override
            public String read(Sink sink) {
                MessageIndex index = sink.conversation(new Found(0, null, null, OptionalLong.empty(), false));
                Dissector d = new Dissector(index, index);
                d.accept(Chunk.of(Direction.CLIENT_TO_SERVER, REQUEST));
                d.accept(Chunk.of(Direction.CLIENT_TO_SERVER, HELLO));
                d.finish();
                sink.progress(1, 1);
                return "raw bytes";
            }
        };
        CaptureLoad load = new CaptureLoad(source, batcher, found -> Conversation.ofFile("two.bin", found.timeOrigin(),
                found.reconstructed()), new CaptureLoad.Shown() {
            @Override
            public void conversation(Conversation conversation, boolean first) {
                events.add("conversation");
            }

            @Override
            public void firstMessage(Message message, Runnable drawn) {
                events.add("first message");
                drawn.run();
            }

            @Override
            public void afterNextFrame(Runnable action) {
                events.add("frame drawn");
                action.run();
            }

            @Override
            public void whatItIs(List<wsinspector.capture.packet.CaptureNotice> notices) {
                events.add("what it is");
            }

            @Override
            public void read(long messages) {
            }
        });

        load.run();
        load.get(20, TimeUnit.SECONDS);

        int arrival = events.indexOf("conversation");
        int first = events.indexOf("first message");
        assertTrue(arrival >= 0 && first > arrival, events.toString());
        List<String> between = events.subList(arrival, first);
        assertTrue(between.contains("frame drawn"), "a frame is drawn after the arrival, before the first message: " + events);
        assertTrue(events.subList(events.indexOf("frame drawn"), first).contains("hand-over"),
                "the first message in a hand-over of its own, after that frame: " + events);
    }
}
