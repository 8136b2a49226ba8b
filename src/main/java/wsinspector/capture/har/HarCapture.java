package wsinspector.capture.har;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import wsinspector.capture.Capture;
import wsinspector.capture.CapturedConnection;
import wsinspector.capture.DumpException;
import wsinspector.capture.StreamPiece;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.Endpoint;

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
