package wsinspector.capture.packet;

import java.util.List;
import java.util.Objects;

/**
 * Something a capture reader met that is not a packet: a part of the file it could not read (reading
 * stops or goes on, as the key says), a comment the file carries, a TCP stream's missing bytes. Data,
 * not a sentence: the sentence comes from the bundles ({@code notice.<key>}) with the arguments.
 *
 * @param key        what it is, e.g. {@code pcap.truncated-record}
 * @param fileOffset the byte offset in the file where it is, -1 when it concerns no place in the file
 * @param args       the values the sentence names (numbers and names as text)
 */
public record CaptureNotice(String key, long fileOffset, List<String> args) {
    public CaptureNotice {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static CaptureNotice of(String key, long fileOffset, Object... args) {
        return new CaptureNotice(key, fileOffset, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /**
     * What to say, before any frame, of an input whose start is no WebSocket conversation (ordinary HTTP, or bytes that
     * make no sense as frames); null when it looks like one.
     */
    public static CaptureNotice notWebSocket(wsinspector.dissect.WebSocketLikeness judged) {
        if (judged.looksLikeWebSocket()) {
            return null;
        }
        if (judged.plainHttp() != null) {
            return of("plain-http", -1, judged.plainHttp());
        }
        // only the first messages are judged: «52 из 64» over a listing of 130 read as a miscount (W9-12)
        return of(judged.total() < wsinspector.dissect.WebSocketLikeness.MESSAGES_LOOKED_AT ? "not-websocket"
                : "not-websocket-first", -1, judged.broken(), judged.total());
    }

    /**
     * The notice as words to be said: bundle key {@code notice.<key>}, whose pattern has the file offset as
     * {@code {0}} and the arguments from {@code {1}} on.
     */
    public wsinspector.protocol.Phrase phrase() {
        java.util.List<Object> all = new java.util.ArrayList<>(args.size() + 1);
        all.add(fileOffset);
        all.addAll(args);
        return new wsinspector.protocol.Phrase("notice." + key, all);
    }

    /** A plain English rendering for logs and tests; people see the bundles' sentence. */
    @Override
    public String toString() {
        return key + (fileOffset >= 0 ? " @" + fileOffset : "") + " " + args;
    }
}
