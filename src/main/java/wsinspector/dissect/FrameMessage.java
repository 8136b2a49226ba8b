package wsinspector.dissect;

import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.AssembledMessage;

/**
 * One RFC 6455 frame.
 *
 * @param frame     the frame as decoded (its own offset counts from where framing began; use {@link #offset()})
 * @param completed the data message this frame completed (reassembled, inflated), or {@code null}
 */
public record FrameMessage(Direction direction, long offset, long timestampNanos, DecodedFrame frame,
                           AssembledMessage completed, Field root) implements Message {
    @Override
    public Kind kind() {
        return Kind.FRAME;
    }

    @Override
    public byte[] wire() {
        return frame.wire();
    }

    /** The header, or {@code null} when the stream ended inside it. */
    public FrameHeader header() {
        return frame.header();
    }
}
