package wsinspector.dissect;

import java.util.List;
import java.util.function.Supplier;

import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.Problem;

/**
 * One hixie-75/76 frame.
 *
 * @param problems the rules the frame breaks
 * @param tree     builds the field tree on first use and keeps it
 */
public record LegacyFrameMessage(Direction direction, long offset, long timestampNanos, LegacyFrame frame,
                                 List<Problem> problems, Supplier<Field> tree) implements Message {
    @Override
    public Field root() {
        return tree.get();
    }

    @Override
    public Kind kind() {
        return Kind.LEGACY_FRAME;
    }

    @Override
    public byte[] wire() {
        return frame.wire();
    }
}
