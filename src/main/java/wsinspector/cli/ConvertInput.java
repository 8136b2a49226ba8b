package wsinspector.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import wsinspector.capture.Dump;
import wsinspector.capture.DumpException;
import wsinspector.capture.DumpReader;
import wsinspector.capture.har.HarConversation;
import wsinspector.capture.har.HarFrames;
import wsinspector.capture.har.HarReader;
import wsinspector.dissect.Chunk;

/**
 * One conversation of an input file, as chunks.
 *
 * @param name          the file's name, for messages and comments
 * @param formatName    how it was read, e.g. {@code xxd} or {@code HAR}
 * @param reconstructed whether the bytes were rebuilt from recorded messages (a HAR) rather than recorded
 */
record ConvertInput(String name, String formatName, List<Chunk> chunks, boolean reconstructed) {

    static ConvertInput read(Path file, int stream) throws DumpException {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        if (isHar(file)) {
            List<HarConversation> sockets = HarReader.read(readAll(file, name), name);
            if (stream < 0 || stream >= sockets.size()) {
                throw new DumpException(name + " holds " + sockets.size() + " WebSocket conversation(s), numbered from 0;"
                        + " there is no stream " + stream + ".");
            }
            return new ConvertInput(name, "HAR", HarFrames.chunks(sockets.get(stream)), true);
        }
        Dump dump = DumpReader.read(file, null);
        if (stream != 0) {
            throw new DumpException(name + " holds one conversation (stream 0); there is no stream " + stream + ".");
        }
        return new ConvertInput(name, dump.format().toolName(), dump.chunks(), false);
    }

    private static boolean isHar(Path file) {
        try (var in = Files.newInputStream(file)) {
            return HarReader.looksLikeHar(in.readNBytes(256));
        } catch (IOException | SecurityException unreadable) {
            return false;   // the dump reader says what is wrong with the file
        }
    }

    private static byte[] readAll(Path file, String name) throws DumpException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
    }
}
