package wsinspector.capture;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

/**
 * Reads a byte dump: raw bytes, or the text that xxd, hexdump -C, od, tcpdump -x or Wireshark
 * print, or plain hex. The format is found from the content, never from the file name.
 *
 * <p>A text dump may name directions with lines {@code # c2s} / {@code # client} and
 * {@code # s2c} / {@code # server}; each starts a new chunk. Bytes before the first marker, and
 * all bytes of a dump without markers, get the direction the caller gives (null: the dissector
 * infers it). Other lines starting with {@code #} are comments.
 *
 * <p>tcpdump output gives one chunk per packet, with its IP and TCP headers still in front of
 * the payload (a later step strips them). Dumps have no timestamps: every chunk's is 0.
 *
 * <p>Reading is linear in the file's size and holds at most about three times the file in memory.
 * Anything wrong is a {@link DumpException} naming the file and line; nothing else is thrown.
 */
public final class DumpReader {
    /** More than this is no hand-made dump; a capture that big belongs in a pcap file. */
    static final long MAX_FILE_BYTES = 1L << 30;

    private DumpReader() {
    }

    public static Dump read(Path file, Direction directionOrNull) throws DumpException {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        return parse(readAll(file, name), true, name, directionOrNull);
    }

    public static Dump read(byte[] content, String nameForMessages, Direction directionOrNull)
            throws DumpException {
        Objects.requireNonNull(content, "content");
        return parse(content, false, nameForMessages == null ? "dump" : nameForMessages, directionOrNull);
    }

    /** @param owned whether {@code content} is this reader's own array, which a raw dump's chunk may keep */
    private static Dump parse(byte[] content, boolean owned, String name, Direction direction) throws DumpException {
        if (content.length == 0) {
            return new Dump(DumpFormat.RAW, List.of(), false);
        }
        DumpFormat format = TextCheck.isText(content) ? FormatDetector.detect(content, name) : null;
        if (format == null) {
            byte[] bytes = owned ? content : content.clone();
            return new Dump(DumpFormat.RAW, List.of(new Chunk(direction, 0L, bytes)), false);
        }
        return HexDumpParser.parse(content, name, direction, format);
    }

    private static byte[] readAll(Path file, String name) throws DumpException {
        try {
            if (Files.isDirectory(file)) {
                throw new DumpException("cannot read " + name + ": it is a folder, not a file. Choose a dump file.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new DumpException("cannot read " + name + ": it holds " + (size >> 20) + " MiB, more than the "
                        + (MAX_FILE_BYTES >> 20) + " MiB a dump may hold. Save the capture as a pcap file instead.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DumpException("cannot read " + name + ": no such file. Check the name and the folder ("
                    + file.toAbsolutePath() + ").", e);
        } catch (AccessDeniedException e) {
            throw new DumpException("cannot read " + name + ": permission denied. Make the file readable, or copy it"
                    + " somewhere you can read it.", e);
        } catch (IOException | SecurityException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
    }
}
