package wsinspector.capture;

import wsinspector.protocol.Phrase;

import wsinspector.dissect.Direction;

/**
 * Reads a text dump whose format is known, line by line: markers and comments, then the format's
 * lines. tcpdump output keeps each packet's IP and TCP headers in its chunk; taking them off is
 * the job of the reader of captures, which knows the link and IP layers.
 */
final class HexDumpParser {
    private final DumpFormat format;
    private final ChunkCollector collector;
    private final OffsetTracker offsets;
    private boolean sawMarker;
    private boolean onlyBareHex = true;
    private boolean sawHex;
    /** Inside a block tshark -x adds after a packet's bytes (Reassembled TCP, Unmasked data): not the packet's. */
    private boolean skippingDerivedBlock;

    private HexDumpParser(DumpFormat format, Direction direction) {
        this.format = format;
        this.collector = new ChunkCollector(direction);
        this.offsets = new OffsetTracker(format);
    }

    static Dump parse(byte[] content, String file, Direction direction, DumpFormat format) throws DumpException {
        HexDumpParser parser = new HexDumpParser(format, direction);
        LineCursor lines = new LineCursor(content, file);
        for (DumpLine line = lines.next(); line != null; line = lines.next()) {
            parser.accept(line);
        }
        return parser.finish();
    }

    private void accept(DumpLine line) throws DumpException {
        if (line.isBlank()) {
            skippingDerivedBlock = false;
            return;
        }
        if (format == DumpFormat.WIRESHARK_HEX && isDataSourceTitle(line.text())) {
            // tshark -x titles a packet's own bytes "Frame (N bytes):" when it shows derived bytes after them
            skippingDerivedBlock = !line.text().startsWith("Frame (");
            if (!skippingDerivedBlock) {
                newPacket();
            }
            return;
        }
        if (skippingDerivedBlock) {
            return;
        }
        Direction marked = Marker.directionOf(line.text());
        if (marked != null) {
            sawMarker = true;
            offsets.endSection();
            collector.switchTo(marked);
        } else if (!Marker.isComment(line.text())) {
            if (format == DumpFormat.PLAIN_HEX) {
                onlyBareHex &= !HexText.decodePlain(line, collector.sink());
                sawHex = true;
            } else {
                acceptOffsetLine(line);
            }
        }
    }

    private void acceptOffsetLine(DumpLine line) throws DumpException {
        LineShape shape = LineShape.of(format, line.text());
        switch (shape.kind()) {
            case STAR:
                offsets.star(line);
                break;
            case OTHER:
                if (format != DumpFormat.TCPDUMP) {
                    throw line.error(Phrase.of("dump.not-a-line-of", line.quoted(), format.spoken(),
                            LineShape.example(format).strip()), DumpLine.FIX_OR_COMMENT);
                }
                newPacket();
                break;
            default:
                acceptBytes(line, shape);
        }
    }

    private void acceptBytes(DumpLine line, LineShape shape) throws DumpException {
        String digits = shape.offsetDigits(line.text());
        if ((format == DumpFormat.TCPDUMP || format == DumpFormat.WIRESHARK_HEX) && offsets.inSection() && isZero(digits)) {
            newPacket(); // tcpdump and tshark -x restart at offset 0 for each packet
        }
        ByteSink sink = collector.sink();
        offsets.beforeLine(line, digits, sink, collector.total());
        int before = sink.size();
        HexText.decodeGroups(line, shape.hexStart(), shape.hexEnd(), sink, bytesPerGroup(), format);
        offsets.afterLine(digits, sink.size() - before);
    }

    /** A tcpdump header line (timestamp, addresses): the packet before it is complete. */
    private void newPacket() throws DumpException {
        offsets.endSection();
        collector.endChunk();
    }

    private int bytesPerGroup() {
        return format == DumpFormat.XXD || format == DumpFormat.TCPDUMP ? 0 : 1;
    }

    private Dump finish() throws DumpException {
        offsets.endSection();
        collector.endChunk();
        DumpFormat read = format == DumpFormat.PLAIN_HEX && sawHex && onlyBareHex ? DumpFormat.XXD_PLAIN : format;
        return new Dump(read, collector.chunks(), sawMarker);
    }

    /** {@code Frame (77 bytes):}, {@code Reassembled TCP (31 bytes):}: a title of tshark -x before a block of bytes. */
    private static boolean isDataSourceTitle(String text) {
        return text.matches("[A-Za-z][^()]*\\(\\d+ bytes\\):\\s*");
    }

    private static boolean isZero(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
