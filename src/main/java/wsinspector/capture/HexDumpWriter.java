package wsinspector.capture;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;

/**
 * Writes a conversation as an xxd-style hex dump with {@code # client} / {@code # server} lines
 * before each run of bytes in one direction, the text that {@code DumpReader} reads back into
 * the same chunks. Offsets count each direction's own stream, so a line's offset is the offset
 * the inspector shows for its first byte.
 */
public final class HexDumpWriter {
    private static final int PER_LINE = 16;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private HexDumpWriter() {
    }

    /** The dump of the messages' wire bytes, in the order the messages completed. */
    public static String write(List<Message> messages, String comment) {
        return writeChunks(toChunks(messages), comment);
    }

    /** The messages' wire bytes as chunks, one per run of messages in the same direction. */
    public static List<Chunk> toChunks(List<Message> messages) {
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < messages.size()) {
            Direction dir = messages.get(i).direction();
            ByteArrayOutputStream run = new ByteArrayOutputStream();
            while (i < messages.size() && messages.get(i).direction() == dir) {
                run.writeBytes(messages.get(i).wire());
                i++;
            }
            chunks.add(Chunk.of(dir, run.toByteArray()));
        }
        return chunks;
    }

    /**
     * The dump of chunks, each after its direction's marker line; chunks without a direction are
     * written after a plain comment and read back as bytes of unknown direction only if they come first.
     *
     * @param comment written first as {@code #} lines; may be null
     */
    public static String writeChunks(List<Chunk> chunks, String comment) {
        StringBuilder out = new StringBuilder();
        if (comment != null && !comment.isBlank()) {
            comment.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        }
        long[] streamOffsets = new long[Direction.values().length];
        long undirected = 0;
        Direction previous = null;
        for (Chunk chunk : chunks) {
            Direction dir = chunk.direction();
            if (dir != null && dir != previous) {
                out.append(dir == Direction.CLIENT_TO_SERVER ? "# client" : "# server").append('\n');
            }
            long start = dir == null ? undirected : streamOffsets[dir.ordinal()];
            appendLines(out, chunk.bytes(), start);
            if (dir == null) {
                undirected += chunk.bytes().length;
            } else {
                streamOffsets[dir.ordinal()] += chunk.bytes().length;
            }
            previous = dir;
        }
        return out.toString();
    }

    /** xxd's layout: {@code 00000000: 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M}. */
    static void appendLines(StringBuilder out, byte[] bytes, long startOffset) {
        for (int line = 0; line < bytes.length; line += PER_LINE) {
            int n = Math.min(PER_LINE, bytes.length - line);
            out.append(String.format("%08x: ", startOffset + line));
            for (int k = 0; k < PER_LINE; k++) {
                if (k < n) {
                    int b = bytes[line + k] & 0xFF;
                    out.append(DIGITS[b >> 4]).append(DIGITS[b & 0xF]);
                } else {
                    out.append("  ");
                }
                if (k % 2 == 1) {
                    out.append(' ');
                }
            }
            out.append(' ');
            for (int k = 0; k < n; k++) {
                int b = bytes[line + k] & 0xFF;
                out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            out.append('\n');
        }
    }
}
