package wsinspector.capture;

import wsinspector.protocol.Phrase;

/**
 * Checks that each line of an offset-column dump starts where the line before it ended, and
 * expands {@code *} lines (hexdump, od, xxd -a: "the line before repeats up to the next offset").
 * A section (the bytes between two direction markers, or one tcpdump packet) may start at any
 * offset; within it, a gap or a step back is an error, since bytes would be lost or invented.
 */
final class OffsetTracker {
    /** A {@code *} line can stand for any number of bytes; a 40-byte file must not fill the memory. */
    static final long MAX_EXPANDED_BYTES = 64L << 20;
    private static final int MAX_OFFSET_DIGITS = 15;
    private static final Phrase WHAT_TO_DO = Phrase.of("dump.fix.every-line");

    /**
     * The radixes the offsets so far can be read in: 16 for every tool but od, whose offsets may be
     * hex, octal (its default) or decimal. Small offsets read the same in all three, so od's radix
     * is narrowed line by line, keeping those in which every line follows on from the one before.
     */
    private int[] radixes;
    private String previousDigits;
    private int previousLength;
    private DumpLine pendingStar;

    OffsetTracker(DumpFormat format) {
        this.radixes = format == DumpFormat.OD ? new int[] {16, 8, 10} : new int[] {16};
    }

    boolean inSection() {
        return previousDigits != null;
    }

    void star(DumpLine line) throws DumpException {
        if (previousDigits == null || previousLength == 0) {
            throw line.error(Phrase.of("dump.star-first"), DumpLine.FIX_OR_COMMENT);
        }
        pendingStar = line;
    }

    /**
     * Called with a line's offset before its bytes are written: checks the offset and writes the
     * bytes a pending {@code *} stands for.
     *
     * @param totalBytes the bytes read so far in the whole dump, for the limit on expansion
     */
    void beforeLine(DumpLine line, String digits, ByteSink sink, long totalBytes) throws DumpException {
        if (digits.length() > MAX_OFFSET_DIGITS) {
            throw line.error(Phrase.of("dump.offset-too-large", digits), DumpLine.FIX_OR_COMMENT);
        }
        if (previousDigits == null) {
            preferByWidth(digits);
            parse(line, digits);
            return;
        }
        narrowRadixes(digits);
        long offset = parse(line, digits);
        long expected = parse(line, previousDigits) + previousLength;
        if (pendingStar != null) {
            expand(line, digits, offset - expected, sink, totalBytes);
        } else if (offset != expected) {
            throw line.error(misplaced(digits, offset, expected), WHAT_TO_DO);
        }
    }

    void afterLine(String digits, int bytesOnLine) {
        previousDigits = digits;
        previousLength = bytesOnLine;
    }

    /** Ends a section: the next line may start anywhere. */
    void endSection() throws DumpException {
        if (pendingStar != null) {
            throw pendingStar.error(Phrase.of("dump.star-end"), Phrase.of("dump.fix.star-end"));
        }
        previousDigits = null;
        previousLength = 0;
    }

    private void expand(DumpLine line, String digits, long gap, ByteSink sink, long totalBytes)
            throws DumpException {
        DumpLine star = pendingStar;
        pendingStar = null;
        if (gap < 0 || gap % previousLength != 0) {
            throw line.error(Phrase.of("dump.star-run", digits, previousLength, star.number()), WHAT_TO_DO);
        }
        if (totalBytes + gap > MAX_EXPANDED_BYTES) {
            throw line.error(Phrase.of("dump.star-limit", star.number(), gap, MAX_EXPANDED_BYTES >> 20),
                    Phrase.of("dump.fix.star-limit"));
        }
        sink.repeatTail(previousLength, gap / previousLength);
        radixes = new int[] {radixes[0]}; // the bytes now depend on it: a later line that disagrees is an error
    }

    /**
     * od pads hex offsets (-Ax) to 6 digits, octal (its default) and decimal (-Ad) to 7; when the
     * offsets fit several radixes, as they do after a {@code *} over one-byte lines, the width decides.
     */
    private void preferByWidth(String digits) {
        if (radixes.length == 3 && digits.length() >= 7) {
            radixes = new int[] {8, 10, 16};
        }
    }

    /** Keeps the radixes in which this offset follows on; if none is left, keeps them all for the message. */
    private void narrowRadixes(String digits) {
        int[] kept = java.util.Arrays.stream(radixes).filter(r -> followsOn(digits, r)).toArray();
        if (kept.length > 0) {
            radixes = kept;
        }
    }

    private boolean followsOn(String digits, int radix) {
        long previous = parseOrNegative(previousDigits, radix);
        long now = parseOrNegative(digits, radix);
        if (previous < 0 || now < 0) {
            return false;
        }
        long step = now - previous;
        if (pendingStar == null) {
            return step == previousLength;
        }
        return step >= previousLength && step % previousLength == 0;
    }

    private long parse(DumpLine line, String digits) throws DumpException {
        long value = parseOrNegative(digits, radixes[0]);
        if (value < 0) {
            throw line.error(Phrase.of(radixes[0] == 8 ? "dump.offset-not-octal" : "dump.offset-not-decimal", digits),
                    DumpLine.FIX_OR_COMMENT);
        }
        return value;
    }

    private static long parseOrNegative(String digits, int radix) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                return -1;
            }
            value = value * radix + d;
        }
        return value;
    }

    private Phrase misplaced(String digits, long offset, long expected) {
        String shownExpected = format(expected, digits.length());
        if (offset > expected) {
            return Phrase.of("dump.offset-gap", digits, shownExpected, offset - expected);
        }
        return Phrase.of("dump.offset-backwards", digits, shownExpected);
    }

    private String format(long value, int width) {
        String s = Long.toString(value, radixes[0]);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
