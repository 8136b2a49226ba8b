package wsinspector.ui.live;

import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Field;
import wsinspector.dissect.Hex;
import wsinspector.dissect.LoneFrame;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.Problem;

/**
 * A built frame as the class will see it: its bytes, the bytes split into the header's parts, and the same
 * dissection the inspector applies, so a broken rule shows before the frame is sent (e.g. "A client must mask
 * every frame it sends (RFC 6455 §5.1)"). A pure function of the spec.
 *
 * @param bytes    the frame exactly as {@link FrameEncoder} writes it
 * @param segments the bytes in order, each with the header part it belongs to
 * @param root     the dissected frame's field tree, offsets counted from the frame's first byte
 * @param problems the rules the frame breaks when a client sends it as the first frame after the handshake
 */
public record FramePreview(byte[] bytes, List<Segment> segments, Field root, List<Problem> problems) {

    /** What part of the frame a run of bytes is; the name is also the CSS class suffix ({@code live-seg-…}). */
    public enum Part { HEADER, LENGTH, MASKING_KEY, PAYLOAD }

    /** A run of bytes of one part, as hex. */
    public record Segment(Part part, int offset, String hex) {
    }

    public FramePreview {
        bytes = bytes.clone();
        segments = List.copyOf(segments);
        problems = List.copyOf(problems);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The preview of the frame a spec describes. */
    public static FramePreview of(FrameSpec spec) {
        byte[] frame = FrameEncoder.encode(spec);
        Field root = LoneFrame.dissect(Direction.CLIENT_TO_SERVER, frame).root();
        return new FramePreview(frame, segments(frame, spec), root, root.allProblems());
    }

    /** The frame's bytes as hex, split where the header's parts end. */
    static List<Segment> segments(byte[] frame, FrameSpec spec) {
        int extended = switch (frame[1] & 0x7F) {
            case 126 -> 2;
            case 127 -> 8;
            default -> 0;
        };
        int key = spec.maskingKey() == null ? 0 : 4;
        List<Segment> out = new ArrayList<>(4);
        add(out, Part.HEADER, frame, 0, 2);
        add(out, Part.LENGTH, frame, 2, extended);
        add(out, Part.MASKING_KEY, frame, 2 + extended, key);
        add(out, Part.PAYLOAD, frame, 2 + extended + key, frame.length - 2 - extended - key);
        return out;
    }

    private static void add(List<Segment> out, Part part, byte[] frame, int off, int len) {
        if (len > 0) {
            out.add(new Segment(part, off, Hex.preview(frame, off, len)));
        }
    }

    /** The 8 bits of byte {@code index} of the frame (0 or 1: the fixed header), most significant first. */
    public boolean[] bits(int index) {
        boolean[] out = new boolean[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (bytes[index] & (0x80 >> i)) != 0;
        }
        return out;
    }

    /** The whole frame as spaced hex (a long one cut after {@value Hex#PREVIEW_BYTES} bytes with an ellipsis). */
    public String hex() {
        return Hex.preview(bytes);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

}
