package wsinspector.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.LegacyFrameMessage;
import wsinspector.dissect.Message;
import wsinspector.legacy.LegacyFrame;
import wsinspector.protocol.FrameHeader;

/**
 * Makes an exercise from a message: works out, from the message's own bytes, where each field asked
 * for is and what its value is. The same code serves exercises made in the window, drills and files.
 */
public final class ExerciseMaker {
    private ExerciseMaker() {
    }

    /** The exercise a spec describes, or why it cannot be made (a field the message does not have). */
    public static Exercise make(ExerciseSpec spec) throws ExerciseException {
        if (spec.blanks().isEmpty()) {
            throw new ExerciseException("error.noBlanks");
        }
        List<Question> questions = new ArrayList<>();
        for (Blank blank : spec.blanks()) {
            questions.add(question(spec, blank)
                    .orElseThrow(() -> new ExerciseException("error.notApplicable", blank.code())));
        }
        return new Exercise(spec, questions);
    }

    /** The fields this message can be asked about, in the order of {@link Blank}. */
    public static List<Blank> applicable(ExerciseSpec spec) {
        List<Blank> out = new ArrayList<>();
        for (Blank blank : Blank.values()) {
            if (question(spec, blank).isPresent()) {
                out.add(blank);
            }
        }
        return out;
    }

    /**
     * The exercise a message of the timeline can become (no field chosen yet): a whole frame, a
     * handshake response whose request key is known, or a length-prefixed legacy frame.
     */
    public static Optional<ExerciseSpec> from(Message message) {
        if (message instanceof FrameMessage f && f.header() != null && f.wire().length == f.length()
                && f.wire().length == f.header().frameLength()) {
            return Optional.of(new ExerciseSpec(Message.Kind.FRAME, f.direction(), f.wire(), null, List.of(), 0));
        }
        if (message instanceof HandshakeMessage h && !h.request() && h.accept() != null
                && h.head().first("Sec-WebSocket-Accept").isPresent()) {
            return Optional.of(new ExerciseSpec(Message.Kind.HANDSHAKE_RESPONSE, h.direction(), h.wire(),
                    h.accept().key(), List.of(), 0));
        }
        if (message instanceof LegacyFrameMessage l && l.frame().kind() == LegacyFrame.Kind.LENGTH_PREFIXED
                && l.frame().lengthComplete() && !l.frame().truncated()) {
            return Optional.of(new ExerciseSpec(Message.Kind.LEGACY_FRAME, l.direction(), l.wire(), null, List.of(), 0));
        }
        return Optional.empty();
    }

    private static Optional<Question> question(ExerciseSpec spec, Blank blank) {
        byte[] bytes = spec.bytes();
        return switch (spec.kind()) {
            case FRAME -> FrameQuestions.parse(bytes).flatMap(frame -> frame.question(blank, spec.payloadIndex()));
            case HANDSHAKE_RESPONSE -> blank == Blank.ACCEPT ? AcceptQuestion.of(bytes, spec.key()) : Optional.empty();
            case LEGACY_FRAME -> blank == Blank.LEGACY_LENGTH ? LegacyLengthQuestion.of(bytes) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Whether the bytes hold one whole RFC 6455 frame and nothing after it. */
    static boolean wholeFrame(byte[] bytes, FrameHeader h) {
        return h.frameLength() == bytes.length;
    }
}
