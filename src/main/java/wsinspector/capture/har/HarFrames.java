package wsinspector.capture.har;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;

/**
 * The bytes a HAR's WebSocket could have crossed the wire as: its upgrade request and response
 * written as HTTP/1.1 heads from the recorded headers, and each message as one final frame. These
 * are reconstructed, not recorded: a HAR keeps no frame bytes, masks, FIN or RSV bits (the browser
 * joined the fragments and inflated what permessage-deflate compressed). So every frame is
 * unfragmented and uncompressed (RSV1 clear, which RFC 7692 §6 allows under the extension), and the
 * client's frames are masked with the key 00 00 00 00, which leaves their payload readable as it is.
 */
public final class HarFrames {
    /** The key the reconstructed client frames carry: a real mask was never recorded. */
    public static final byte[] RECONSTRUCTED_MASK = {0, 0, 0, 0};

    private HarFrames() {
    }

    /** The conversation as chunks: request, response (when one was recorded), then one chunk per message. */
    public static List<Chunk> chunks(HarConversation c) {
        List<Chunk> chunks = new ArrayList<>();
        chunks.add(new Chunk(Direction.CLIENT_TO_SERVER, c.startNanos(), request(c)));
        if (c.status() > 0) {
            chunks.add(new Chunk(Direction.SERVER_TO_CLIENT, c.startNanos(), response(c)));
        }
        for (HarMessage m : c.messages()) {
            chunks.add(new Chunk(m.direction(), m.timestampNanos(), frame(m)));
        }
        return chunks;
    }

    static byte[] frame(HarMessage m) {
        FrameSpec spec = FrameSpec.of(m.opcode(), m.payload());
        return FrameEncoder.encode(m.direction() == Direction.CLIENT_TO_SERVER ? spec.withMask(RECONSTRUCTED_MASK) : spec);
    }

    private static byte[] request(HarConversation c) {
        return head("GET " + target(c.url()) + " " + version(c.httpVersion()), c.requestHeaders());
    }

    private static byte[] response(HarConversation c) {
        String reason = c.statusText().isEmpty() ? "" : " " + c.statusText();
        return head(version(c.httpVersion()) + " " + c.status() + reason, c.responseHeaders());
    }

    private static byte[] head(String startLine, List<HarConversation.Header> headers) {
        StringBuilder head = new StringBuilder(startLine).append("\r\n");
        for (HarConversation.Header h : headers) {
            // HTTP/2 pseudo-headers (":path") have no HTTP/1.1 form
            if (!h.name().startsWith(":")) {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The request target of the URL: its path and query, {@code /} when it has none. */
    static String target(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException notAUrl) {
            return "/";
        }
    }

    /** The reconstruction writes HTTP/1.1 framing, whatever version (h2, h3) the browser used. */
    private static String version(String recorded) {
        return recorded.toUpperCase(java.util.Locale.ROOT).startsWith("HTTP/1.") ? recorded.toUpperCase(java.util.Locale.ROOT)
                : "HTTP/1.1";
    }
}
