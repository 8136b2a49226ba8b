package wsinspector.protocol;

import java.util.Arrays;

/**
 * What inflating one compressed message gave.
 *
 * @param output        the inflated bytes (at most the inflater's limit; what was inflated before an error)
 * @param limitExceeded whether the message inflated to more than the limit (the output is cut at the limit)
 * @param error         why the data could not be inflated, null if it could
 */
public record InflateResult(byte[] output, boolean limitExceeded, Phrase error) {
    public InflateResult {
        output = output == null ? new byte[0] : output;
    }

    public boolean ok() {
        return error == null && !limitExceeded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InflateResult r && limitExceeded == r.limitExceeded
                && java.util.Objects.equals(error, r.error) && Arrays.equals(output, r.output);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(output) * 31 + java.util.Objects.hashCode(error) + (limitExceeded ? 1 : 0);
    }

    @Override
    public String toString() {
        return "InflateResult[output(" + output.length + "), limitExceeded=" + limitExceeded + ", error=" + error + "]";
    }
}
