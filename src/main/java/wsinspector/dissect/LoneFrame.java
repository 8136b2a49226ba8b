package wsinspector.dissect;

import java.util.ArrayList;
import java.util.List;

import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.Assembly;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameDecoder;
import wsinspector.protocol.MessageAssembler;
import wsinspector.protocol.Problem;

/**
 * One RFC 6455 frame dissected on its own, as the first frame of a connection without extensions (the frame
 * builder's preview): the same validator, assembler and field tree as a stream gets, offsets from the frame's
 * first byte, with no handshake made up to put the dissector in the RFC 6455 state.
 */
public final class LoneFrame {
    /** Like the echo server's limit: a preview never keeps more of a message than this. */
    private static final long MAX_MESSAGE_BYTES = 16L * 1024 * 1024;

    private LoneFrame() {
    }

    /** The first frame in {@code bytes}, sent in {@code direction}; a cut one is judged as truncated. */
    public static FrameMessage dissect(Direction direction, byte[] bytes) {
        List<DecodedFrame> frames = new ArrayList<>(1);
        FrameDecoder decoder = new FrameDecoder(frames::add);
        decoder.feed(bytes, 0, bytes.length);
        decoder.finish();
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no bytes, so no frame");
        }
        DecodedFrame f = frames.get(0);
        List<Problem> problems = new ArrayList<>(
                wsinspector.protocol.FrameValidator.validate(f, Conversation.role(direction), false));
        AssembledMessage completed = null;
        if (f.header() != null && !f.truncated()) {
            Assembly assembly = new MessageAssembler(Conversation.role(direction), null, MAX_MESSAGE_BYTES).accept(f);
            problems.addAll(assembly.problems());
            completed = assembly.completed();
        }
        AssembledMessage message = completed;
        return new FrameMessage(direction, 0, 0, f, completed, List.copyOf(problems),
                new LazyTree(() -> FrameFields.build(f, 0, message, problems)));
    }
}
