package wsinspector.protocol;

import java.util.ArrayList;
import java.util.List;

import wsinspector.protocol.FrameValidator.Role;

/**
 * One frame as the {@link FrameReader} read it: the frame, what its own bytes break, and what it did to its message.
 *
 * @param frame           the frame as delimited, offsets from the reader's first byte
 * @param sender          who it was judged as sent by; {@link Role#UNKNOWN} for a frame whose header never ended
 * @param frameProblems   the frame rules it breaks ({@link FrameValidator}), in the order of its fields
 * @param messageProblems what only its message shows ({@link MessageAssembler}): fragmentation, UTF-8, inflation,
 *                        the message limit; none for a control frame or a truncated one
 * @param completed       the data message this frame completed, null if none
 */
public record JudgedFrame(DecodedFrame frame, Role sender, List<Problem> frameProblems, List<Problem> messageProblems,
                          AssembledMessage completed) {

    /** Every problem, the frame's first: what a capture shows against the frame. */
    public List<Problem> problems() {
        if (messageProblems.isEmpty()) {
            return frameProblems; // the common case, a million times over in a big capture: no new list
        }
        if (frameProblems.isEmpty()) {
            return messageProblems;
        }
        List<Problem> all = new ArrayList<>(frameProblems);
        all.addAll(messageProblems);
        return all;
    }
}
