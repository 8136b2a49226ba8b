package wsinspector.dissect;

import java.util.List;
import java.util.function.Supplier;

import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.Problem;

/**
 * One RFC 6455 frame.
 *
 * @param frame     the frame as decoded (its own offset counts from where framing began; use {@link #offset()})
 * @param completed the data message this frame completed (reassembled, inflated), or {@code null}
 * @param problems  the rules the frame breaks, in the order they were found
 * @param tree      builds the field tree on first use and keeps it
 */
public record FrameMessage(Direction direction, long offset, long timestampNanos, DecodedFrame frame,
                           AssembledMessage completed, List<Problem> problems, Supplier<Field> tree)
        implements Message {
    @Override
    public Field root() {
        return tree.get();
    }

    @Override
    public Kind kind() {
        return Kind.FRAME;
    }

    @Override
    public byte[] wire() {
        return frame.wire();
    }

    /** The frame's bytes in the stream, also those past the dissector's limit that {@link #wire()} does not keep. */
    @Override
    public int length() {
        return (int) Math.min(Integer.MAX_VALUE, frame.length());
    }

    /** The header, or {@code null} when the stream ended inside it. */
    public FrameHeader header() {
        return frame.header();
    }
}
