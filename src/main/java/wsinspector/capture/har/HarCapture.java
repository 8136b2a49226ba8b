package wsinspector.capture.har;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import wsinspector.capture.Capture;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;
import wsinspector.protocol.Phrase;
import wsinspector.capture.DumpFormat;
import wsinspector.capture.StreamPiece;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.Endpoint;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.dissect.Dissector;

/**
 * A HAR as the inspector's one shape of input: each WebSocket entry a conversation (numbered from 0
 * in the order of the entries), its bytes the reconstructed frames of {@link HarFrames}, and a
 * notice {@code har.reconstructed} that says they were rebuilt from messages, not recorded.
 */
public final class HarCapture {
    /** The format's name where a capture names how it was read. */
    public static final String FORMAT = "HAR";
    /** The notice every HAR's capture carries; its sentence is {@code notice.har.reconstructed} with the file's name. */
    public static final String RECONSTRUCTED = "har.reconstructed";

    private HarCapture() {
    }

    public static Capture read(byte[] content, String name) throws DumpException {
        List<CapturedConnection> connections = new ArrayList<>();
        for (HarConversation c : HarReader.read(content, name)) {
            List<StreamPiece> pieces = HarFrames.chunks(c).stream().<StreamPiece>map(StreamPiece.Data::new).toList();
            connections.add(new CapturedConnection(connections.size(), null, server(c.url()), c.startNanos(), true, pieces));
        }
        return new Capture(FORMAT, connections, List.of(CaptureNotice.of(RECONSTRUCTED, -1, name)), true);
    }

    /**
     * Feeds one WebSocket of a HAR file to a dissector: the {@code stream}-th (from 0; -1 for the first),
     * after the notice that its frames are reconstructed. A HAR has no TCP connection to return: null.
     */
    public static TcpConnection stream(Path file, String name, int stream, Dissector dissector,
            Consumer<DumpFormat> onFormat, Consumer<CaptureNotice> notices) throws DumpException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw DumpException.unreadable(name, e);
        }
        Capture capture = read(content, name);
        int index = stream < 0 ? 0 : stream;
        if (index >= capture.connections().size()) {
            throw new DumpException(Phrase.of("unreadable.har-no-stream", name, capture.connections().size(), stream));
        }
        onFormat.accept(DumpFormat.HAR);
        capture.notices().forEach(notices);
        capture.connections().get(index).pieces().forEach(p -> p.feed(dissector));
        return null;
    }

    /** The server the URL names (its host as written, the scheme's port when none is given), or null. */
    static Endpoint server(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "wss".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return new Endpoint(uri.getHost().replaceAll("^\\[|\\]$", ""), port);
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }
}
