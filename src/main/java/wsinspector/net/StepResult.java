package wsinspector.net;

import java.util.Arrays;

import wsinspector.dissect.Direction;

/**
 * What one step of the step mode did.
 *
 * @param direction      which way {@code bytes} went (or will go, for BUILD_REQUEST); null when no bytes moved
 * @param bytes          the bytes of the step: the request, the response, one frame as on the wire; empty if none
 * @param explanationKey the key of the step's explanation in the resource bundles, e.g. {@code lesson.request}
 * @param ok             whether the step succeeded; after a failed step only CLOSE_TCP remains
 * @param detail         what happened, in English, for the person at the front of the room
 */
public record StepResult(StepKind kind, Direction direction, byte[] bytes, String explanationKey, boolean ok,
                         String detail) {
    public StepResult {
        bytes = bytes == null ? new byte[0] : bytes.clone();
        detail = detail == null ? "" : detail;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepResult r && kind == r.kind && direction == r.direction && ok == r.ok
                && Arrays.equals(bytes, r.bytes) && explanationKey.equals(r.explanationKey) && detail.equals(r.detail);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + Arrays.hashCode(bytes)) * 31 + detail.hashCode();
    }

    @Override
    public String toString() {
        return "StepResult[" + kind + ", " + direction + ", " + bytes.length + " bytes, " + explanationKey + ", ok=" + ok
                + ", " + detail + "]";
    }
}
