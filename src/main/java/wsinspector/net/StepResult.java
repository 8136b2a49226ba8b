package wsinspector.net;

import java.util.Arrays;
import java.util.List;

import wsinspector.dissect.Direction;

/**
 * What one step of the step mode did, as data: which step, which way its bytes went, the bytes, and how it ended.
 * The words about it come from the window's bundles and the dissection of the bytes, never from here.
 *
 * @param direction which way {@code bytes} went (or will go, for BUILD_REQUEST); null when no bytes move in the step
 * @param bytes     the bytes of the step: the request, the response, one frame as on the wire; empty if none
 * @param outcome   how the step ended; after a failed step only CLOSE_TCP remains
 * @param arguments the outcome's values (addresses, seconds, lengths), as {@link StepOutcome} lists them
 */
public record StepResult(StepKind kind, Direction direction, byte[] bytes, StepOutcome outcome, List<String> arguments) {
    public StepResult {
        bytes = bytes == null ? new byte[0] : bytes.clone();
        arguments = List.copyOf(arguments);
    }

    static StepResult done(StepKind kind, Direction direction, byte[] bytes) {
        return new StepResult(kind, direction, bytes, StepOutcome.DONE, List.of());
    }

    /** Whether the step succeeded. */
    public boolean ok() {
        return outcome == StepOutcome.DONE;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepResult r && kind == r.kind && direction == r.direction && outcome == r.outcome
                && Arrays.equals(bytes, r.bytes) && arguments.equals(r.arguments);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + Arrays.hashCode(bytes)) * 31 + outcome.hashCode();
    }

    @Override
    public String toString() {
        return "StepResult[" + kind + ", " + direction + ", " + bytes.length + " bytes, " + outcome + " " + arguments + "]";
    }
}
