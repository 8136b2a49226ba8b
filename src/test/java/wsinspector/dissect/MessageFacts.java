package wsinspector.dissect;

import java.util.HexFormat;
import java.util.List;

import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Problem;

/**
 * Everything a message says, as one value that equals another message's when the two say the same: for tests that
 * compare a message made again (from an index row) with the one the dissector made.
 */
public record MessageFacts(Class<?> type, Message.Kind kind, Direction direction, long offset, long timestampNanos,
                           int length, String wire, List<Problem> problems, Field root, FrameHeader header,
                           AssembledMessage completed, long frameOffset) {

    public static MessageFacts of(Message m) {
        FrameMessage f = m instanceof FrameMessage frame ? frame : null;
        return new MessageFacts(m.getClass(), m.kind(), m.direction(), m.offset(), m.timestampNanos(), m.length(),
                HexFormat.of().formatHex(m.wire()), m.problems(), m.root(), f == null ? null : f.header(),
                f == null ? null : f.completed(), f == null ? -1 : f.frame().offset());
    }
}
