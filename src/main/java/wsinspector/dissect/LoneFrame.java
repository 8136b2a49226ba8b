package wsinspector.dissect;

import java.util.ArrayList;
import java.util.List;

import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.FrameJudge;
import wsinspector.protocol.FrameReader;
import wsinspector.protocol.JudgedFrame;
import wsinspector.protocol.Problem;

/**
 * One RFC 6455 frame dissected on its own, as the first frame of a connection without extensions (the frame
 * builder's preview): the same reader and field tree as a stream gets, offsets from the frame's first byte, with no
 * handshake made up to put the dissector in the RFC 6455 state.
 */
public final class LoneFrame {
    /** Like the echo server's limit: a preview never keeps more of a message than this. */
    private static final long MAX_MESSAGE_BYTES = 16L * 1024 * 1024;

    private LoneFrame() {
    }

    /** The first frame in {@code bytes}, sent in {@code direction}; a cut one is judged as truncated. */
    public static FrameMessage dissect(Direction direction, byte[] bytes) {
        List<JudgedFrame> frames = new ArrayList<>(1);
        FrameReader reader = new FrameReader(new FrameJudge(Conversation.role(direction), null, MAX_MESSAGE_BYTES),
                frames::add);
        reader.feed(bytes, 0, bytes.length);
        reader.finish();
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no bytes, so no frame");
        }
        JudgedFrame j = frames.get(0);
        List<Problem> problems = List.copyOf(j.problems());
        AssembledMessage message = j.completed();
        return new FrameMessage(direction, 0, 0, j.frame(), message, problems,
                new LazyTree(() -> FrameFields.build(j.frame(), 0, message, problems)));
    }
}
