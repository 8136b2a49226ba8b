package wsinspector.ui.lesson;

import java.util.Map;
import java.util.Set;

import wsinspector.ui.inspect.StepTab;

/**
 * Which part of the inspector's view a lesson's step talks about, to show whole while the step is on screen: the one
 * its file names ({@code "show": {"tab": "legacy", "part": "reasons"}}), else the view's own choice. The old
 * framing's comparison is taller than a 1280×800 screen: a step about its frames side by side, one about why the old
 * framing was replaced, each shows its own part whole (the rest scrolls), not the top of the whole comparison.
 */
public final class LessonViews {
    /** The parts a file may name, by the tab they are in: the name in the file, and the part's style class. */
    public static final Map<String, Map<String, String>> PARTS = Map.of(
            "handshake", Map.of("accept", StepTab.PROOF),
            "legacy", Map.of("frames", "legacy-frames", "differences", "legacy-diffs", "reasons", "legacy-reasons"));

    /** The fields of a frame's first two bytes: what the bits view draws. */
    private static final Set<String> HEADER_BITS = Set.of("frame.fin", "frame.rsv1", "frame.rsv2",
            "frame.rsv3", "frame.opcode", "frame.mask", "frame.length7");

    private LessonViews() {
    }

    /**
     * The part of the view a step shows whole: the part its file names; without one, the accept computation for the
     * fields of the answer's accept key, the lines of the message shown for the handshake's other fields (the step's
     * line among them, selected), and a frame's view whole; null when the step opens no view, or names a field the
     * view it opens does not draw (then the inspector's own layout shows it: its bytes in the hex, selected).
     */
    public static StepTab of(LessonStep step) {
        String tab = step.tab();
        if (tab == null) {
            return null;
        }
        if (step.part() != null) {
            return new StepTab(tab, PARTS.get(tab).get(step.part()));
        }
        if (tab.equals("bits") && step.field() != null && !HEADER_BITS.contains(step.field())) {
            // a step about the extended length, the masking key, the payload: those bytes are not in the header's two
            // bytes the bits view draws; the view's own layout shows them selected in the hex, named in the tree (the
            // 8 bytes of a 64-bit length were nowhere in the inspector, W8-9)
            return null;
        }
        if (tab.equals("handshake")) {
            String field = step.field();
            return field != null && (field.startsWith("accept.") || field.equals("header.Sec-WebSocket-Accept"))
                    ? StepTab.ACCEPT : StepTab.LINES;
        }
        return new StepTab(tab, StepTab.BODY);
    }
}
