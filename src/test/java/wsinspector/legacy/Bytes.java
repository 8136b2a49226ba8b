package wsinspector.legacy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Test helpers: hex in, frames out. */
final class Bytes {

    private Bytes() {
    }

    /** "00 48 ff" → bytes; spaces are ignored. */
    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Decodes a whole stream fed in one piece, then finishes it. */
    static List<LegacyFrame> decode(byte[] stream) {
        return decodeSplit(stream, stream.length);
    }

    /** Decodes a stream fed in pieces of at most {@code piece} bytes. */
    static List<LegacyFrame> decodeSplit(byte[] stream, int piece) {
        List<LegacyFrame> frames = new ArrayList<>();
        LegacyFrameDecoder decoder = new LegacyFrameDecoder(frames::add);
        for (int off = 0; off < stream.length; off += piece) {
            decoder.feed(stream, off, Math.min(piece, stream.length - off));
        }
        decoder.finish();
        return frames;
    }

    /** Header lookup as an HTTP parser would give it: case-insensitive names. */
    static Function<String, Optional<String>> headers(Map<String, String> map) {
        TreeMap<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.putAll(map);
        return name -> Optional.ofNullable(ci.get(name));
    }
}
