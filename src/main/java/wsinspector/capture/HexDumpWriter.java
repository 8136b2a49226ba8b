package wsinspector.capture;

import java.io.IOException;
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
        try {
            ConversationWriter writer = open(out, comment);
            for (Chunk chunk : chunks) {
                writer.add(chunk);
            }
            writer.finish();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    /**
     * Starts a dump written as the chunks come (the same text as {@link #writeChunks}): the comment now, each chunk's
     * marker and lines as it is added. Nothing but one chunk's lines is held.
     */
    public static ConversationWriter open(Appendable out, String comment) throws IOException {
        if (comment != null && !comment.isBlank()) {
            for (String line : comment.lines().toList()) {
                out.append("# ").append(line).append('\n');
            }
        }
        return new ConversationWriter() {
            private final long[] streamOffsets = new long[Direction.values().length];
            private long undirected;
            private Direction previous;
            private final StringBuilder lines = new StringBuilder();

            @Override
            public void add(Chunk chunk) throws IOException {
                Direction dir = chunk.direction();
                lines.setLength(0);
                if (dir != null && dir != previous) {
                    lines.append(dir == Direction.CLIENT_TO_SERVER ? "# client" : "# server").append('\n');
                }
                long start = dir == null ? undirected : streamOffsets[dir.ordinal()];
                appendLines(lines, chunk.bytes(), start);
                if (dir == null) {
                    undirected += chunk.bytes().length;
                } else {
                    streamOffsets[dir.ordinal()] += chunk.bytes().length;
                }
                previous = dir;
                out.append(lines);
            }

            @Override
            public void finish() throws IOException {
                if (out instanceof java.io.Flushable f) {
                    f.flush();
                }
            }
        };
    }

    /** xxd's layout: {@code 00000000: 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M}. */
    static void appendLines(StringBuilder out, byte[] bytes, long startOffset) {
        for (int line = 0; line < bytes.length; line += PER_LINE) {
            int n = Math.min(PER_LINE, bytes.length - line);
            // "%08x: " without String.format: a million frames' dump has millions of lines
            String at = Long.toHexString(startOffset + line);
            for (int pad = at.length(); pad < 8; pad++) {
                out.append('0');
            }
            out.append(at).append(": ");
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
