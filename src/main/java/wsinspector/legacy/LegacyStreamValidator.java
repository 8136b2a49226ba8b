package wsinspector.legacy;

import java.util.ArrayList;
import java.util.List;
import wsinspector.protocol.Problem;

/**
 * Judges the frames of one direction in order: each frame on its own ({@link LegacyFrameValidator})
 * and against the frames before it. The only state is whether the closing handshake was seen.
 */
public final class LegacyStreamValidator {

    private long closeOffset = -1;

    /** Problems of the next frame of the direction, in stream order. */
    public List<Problem> accept(LegacyFrame f) {
        List<Problem> problems = new ArrayList<>(LegacyFrameValidator.validate(f));
        if (closeOffset >= 0) {
            // draft-hixie-76 §4.2/§5.3: after 0xff 0x00 the peer sends nothing more.
            problems.add(0, Problem.of(LegacyRule.CLOSE_AFTER_CLOSE, f.offset(), "legacy.type", closeOffset));
        } else if (f.kind() == LegacyFrame.Kind.CLOSE) {
            closeOffset = f.offset();
        }
        return problems;
    }
}
