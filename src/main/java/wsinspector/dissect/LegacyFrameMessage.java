package wsinspector.dissect;

import wsinspector.legacy.LegacyFrame;

/** One hixie-75/76 frame. */
public record LegacyFrameMessage(Direction direction, long offset, long timestampNanos, LegacyFrame frame,
                                 Field root) implements Message {
    @Override
    public Kind kind() {
        return Kind.LEGACY_FRAME;
    }

    @Override
    public byte[] wire() {
        return frame.wire();
    }
}
