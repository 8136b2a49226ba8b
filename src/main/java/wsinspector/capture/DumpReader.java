package wsinspector.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.protocol.Phrase;

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
 * <p>Reading is linear in the file's size. {@link #stream} hands a raw file on in slices, holding one
 * slice at a time whatever the file's size; a text dump is parsed whole (so an error on its last line
 * is found before anything is shown) and may hold at most an eighth of the memory Java may use.
 * Anything wrong is a {@link DumpException} naming the file and line; nothing else is thrown.
 */
public final class DumpReader {
    /** More than this is no hand-made dump. */
    static final long MAX_FILE_BYTES = 1L << 30;
    /** The slice a raw file is handed on in; also how much of a file decides whether it is text. */
    public static final int SLICE = 64 * 1024;

    private DumpReader() {
    }

    public static Dump read(Path file, Direction directionOrNull) throws DumpException {
        Objects.requireNonNull(file, "file");
        String name = nameOf(file);
        return parse(readAll(file, name), true, name, directionOrNull);
    }

    /**
     * Reads a file and hands its bytes to {@code sink} as they are read: a raw file in slices of
     * {@value #SLICE} bytes (the dissector gives the same messages for any split), a text dump chunk by
     * chunk once it has been parsed whole. {@code onFormat} hears the format before the first chunk.
     *
     * @return the format the file was read as
     */
    public static DumpFormat stream(Path file, Direction directionOrNull, Consumer<DumpFormat> onFormat,
                                    Consumer<Chunk> sink) throws DumpException {
        Objects.requireNonNull(file, "file");
        String name = nameOf(file);
        try (InputStream in = open(file, name)) {
            byte[] first = in.readNBytes(SLICE);
            boolean whole = first.length < SLICE;
            if (first.length > 0 && TextCheck.isText(first, whole)) {
                byte[] content = whole ? first : rest(file, name, first, in);
                Dump dump = parse(content, true, name, directionOrNull);
                onFormat.accept(dump.format());
                dump.chunks().forEach(sink);
                return dump.format();
            }
            onFormat.accept(DumpFormat.RAW);
            byte[] slice = first;
            while (slice.length > 0) {
                sink.accept(new Chunk(directionOrNull, 0L, slice));
                slice = slice.length < SLICE ? new byte[0] : in.readNBytes(SLICE);
            }
            return DumpFormat.RAW;
        } catch (IOException | SecurityException e) {
            throw DumpException.unreadable(name, e);
        }
    }

    /** The rest of a text dump after its first slice, when the memory Java may use allows holding it. */
    private static byte[] rest(Path file, String name, byte[] first, InputStream in) throws IOException, DumpException {
        long size = Files.size(file);
        long limit = Math.min(MAX_FILE_BYTES, Runtime.getRuntime().maxMemory() / 8);
        if (size > limit) {
            throw new DumpException(Phrase.of("unreadable.text-too-big", name, size >> 20, limit >> 20));
        }
        byte[] more = in.readAllBytes();
        byte[] content = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, content, first.length, more.length);
        return content;
    }

    /** Opens a file for reading, or says in words why it cannot be (shared by every reader of files). */
    static InputStream open(Path file, String name) throws DumpException {
        try {
            if (Files.isDirectory(file)) {
                throw new DumpException(Phrase.of("unreadable.folder", name));
            }
            return Files.newInputStream(file);
        } catch (IOException | SecurityException e) {
            throw DumpException.unreadable(name, e);
        }
    }

    static String nameOf(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
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
        try (InputStream in = open(file, name)) {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new DumpException(Phrase.of("unreadable.too-big", name, size >> 20, MAX_FILE_BYTES >> 20));
            }
            return in.readAllBytes();
        } catch (IOException | SecurityException e) {
            throw DumpException.unreadable(name, e);
        }
    }
}
