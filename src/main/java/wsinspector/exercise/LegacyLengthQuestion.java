package wsinspector.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyFrameDecoder;

/** The length bytes of a 0x80-type legacy frame, blanked, to be written from the payload's length (draft-hixie-76 §5.3). */
final class LegacyLengthQuestion {
    private LegacyLengthQuestion() {
    }

    static Optional<Question> of(byte[] bytes) {
        List<LegacyFrame> frames = new ArrayList<>();
        LegacyFrameDecoder decoder = new LegacyFrameDecoder(frames::add);
        decoder.feed(bytes, 0, bytes.length);
        decoder.finish();
        if (frames.size() != 1) {
            return Optional.empty();
        }
        LegacyFrame f = frames.get(0);
        if (f.kind() != LegacyFrame.Kind.LENGTH_PREFIXED || !f.lengthComplete() || f.truncated()
                || f.wire().length != bytes.length) {
            return Optional.empty();
        }
        int at = f.lengthFieldOffset();
        int size = f.lengthFieldSize();
        StringBuilder groups = new StringBuilder();
        for (int i = at; i < at + size; i++) {
            groups.append(groups.length() == 0 ? "" : " · ").append(Bits.bits(bytes[i]));
        }
        String answer = Bits.hexBytes(bytes, at, size);
        return Optional.of(new Question(Blank.LEGACY_LENGTH, at, size, -1, -1, -1, answer,
                Reasoning.of("why.legacyLength", f.payloadLength(), groups.toString(), answer)));
    }
}
