package wsinspector.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;

/**
 * An exercise as a file keeps it: the message's bytes and which fields to ask for. The questions
 * and their answers are worked out from the bytes when the exercise is opened, never stored.
 *
 * @param kind         a frame, a handshake response or a legacy frame
 * @param key          the request's Sec-WebSocket-Key, for an {@link Blank#ACCEPT} question; else {@code null}
 * @param payloadIndex the payload byte (from 0) a {@link Blank#PAYLOAD_BYTE} question asks for; 0 when none is asked
 */
public record ExerciseSpec(Message.Kind kind, Direction direction, byte[] bytes, String key, List<Blank> blanks,
                           int payloadIndex) {
    public ExerciseSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        bytes = bytes.clone();
        blanks = List.copyOf(blanks);
        // the index means something only when a payload byte is asked for: two specs asking the same differ in nothing else
        payloadIndex = blanks.contains(Blank.PAYLOAD_BYTE) ? payloadIndex : 0;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public ExerciseSpec withBlanks(List<Blank> chosen, int index) {
        return new ExerciseSpec(kind, direction, bytes, key, chosen, index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExerciseSpec s && kind == s.kind && direction == s.direction && Arrays.equals(bytes, s.bytes)
                && Objects.equals(key, s.key) && blanks.equals(s.blanks) && payloadIndex == s.payloadIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, direction, Arrays.hashCode(bytes), key, blanks, payloadIndex);
    }
}
