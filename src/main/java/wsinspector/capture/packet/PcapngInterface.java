package wsinspector.capture.packet;

import java.math.BigInteger;

/**
 * One interface of a pcapng section (an Interface Description Block): its link type and how its
 * packets' 64-bit timestamps count time ({@code if_tsresol}, {@code if_tsoffset}).
 *
 * @param resolution   the {@code if_tsresol} byte: high bit clear, units of 10^-n s; set, 2^-n s (default 6: µs)
 * @param offsetSeconds the {@code if_tsoffset}: seconds to add to every timestamp
 */
record PcapngInterface(int linkType, long snapLength, int resolution, long offsetSeconds) {
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L};

    /** Nanoseconds since the epoch of a timestamp in this interface's units. */
    long toNanos(long units) {
        long offset = offsetSeconds * 1_000_000_000L;
        if ((resolution & 0x80) == 0) {
            int exponent = resolution;
            if (exponent <= 9) {
                return units * POWERS_OF_TEN[9 - exponent] + offset;
            }
            long divisor = exponent - 9 < POWERS_OF_TEN.length ? POWERS_OF_TEN[exponent - 9] : Long.MAX_VALUE;
            return Long.divideUnsigned(units, divisor) + offset;
        }
        int shift = resolution & 0x7F;
        BigInteger nanos = new BigInteger(Long.toUnsignedString(units)).multiply(BigInteger.valueOf(1_000_000_000L))
                .shiftRight(shift);
        return nanos.longValue() + offset;
    }
}
