package wsinspector.ui.file;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.List;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.HandshakeRequestSpec;
import wsinspector.protocol.OpeningHandshake;

/**
 * The conversations of samples/, made with the project's own encoders (so they are right by
 * construction): the course notes' RFC 6455 conversation and a hixie-76 one.
 */
public final class SampleDumps {
    /** The samples of the repository, written by {@link SamplesTest}. */
    public static final Path COURSE_NOTES = Path.of("samples", "course-notes.xxd");
    public static final Path HIXIE76 = Path.of("samples", "hixie76.xxd");

    /** The course notes' key (LESSON.md §2); its accept is hsBlbuDTkk24srzEOTBUlZAlC2g=. */
    public static final String NOTES_KEY = "Iv8io/9s+lYFgZWcXczP8Q==";
    /** The masking key of RFC 6455 §5.7's example: 37 fa 21 3d. */
    public static final byte[] RFC_MASK = hex("37fa213d");

    private SampleDumps() {
    }

    public static final String COURSE_NOTES_COMMENT = """
            The course notes' conversation (new WebSocket("wss://mai.ru/chat"), here without TLS):
            the handshake with the notes' key, a masked "Hello" and its echo, the server's ping and the
            client's pong, and the closing handshake with code 1000. Made by SamplesTest with the
            project's encoders; "# client" and "# server" lines name the direction.""";

    public static final String HIXIE76_COMMENT = """
            The same conversation in the 2010 draft the course notes describe (hixie-76):
            Key1/Key2/key3 handshake with the MD5 answer, "Hello" as 00 ... ff and back, a
            binary message as 80 <length> <bytes>, and the closing ff 00 both ways. Made by SamplesTest.""";

    public static List<Chunk> courseNotes() {
        HandshakeRequestSpec request = new HandshakeRequestSpec("mai.ru", "/chat", NOTES_KEY, "https://mai.ru",
                List.of(), List.of(), List.of(), 13);
        return List.of(
                c2s(OpeningHandshake.buildRequest(request)),
                s2c(OpeningHandshake.buildResponse(NOTES_KEY, null, null)),
                c2s(FrameEncoder.encode(FrameSpec.text("Hello").withMask(RFC_MASK))),   // 81 85 37 fa 21 3d 7f 9f 4d 51 58
                s2c(FrameEncoder.encode(FrameSpec.text("Hello"))),                      // 81 05 48 65 6c 6c 6f
                s2c(FrameEncoder.encode(FrameSpec.ping(ascii("are you there?")))),
                c2s(FrameEncoder.encode(FrameSpec.pong(ascii("are you there?")).withMask(hex("a1b2c3d4")))),
                c2s(FrameEncoder.encode(FrameSpec.close(1000, "bye").withMask(hex("0f1e2d3c")))),
                s2c(FrameEncoder.encode(FrameSpec.close(1000, "bye"))));
    }

    public static List<Chunk> hixie76() {
        String key1 = "1   38 wZ3f9 23O0 3l 0r";
        String key2 = "27   0E 6 2  1665:< ;U 1H";
        byte[] key3 = hex("91253ed3a9e76a88");
        Challenge challenge = Hixie76Handshake.challenge(key1, key2, key3);
        return List.of(
                c2s(Hixie76Handshake.buildRequest("mai.ru", "/chat", "https://mai.ru", key1, key2, key3, null)),
                s2c(Hixie76Handshake.buildResponse("https://mai.ru", "ws://mai.ru/chat", null, challenge.response())),
                c2s(LegacyFrameEncoder.text("Hello")),                                 // 00 48 65 6c 6c 6f ff
                s2c(LegacyFrameEncoder.text("Hello")),
                c2s(LegacyFrameEncoder.binary(hex("cafebabe"))),                       // 80 04 ca fe ba be
                s2c(LegacyFrameEncoder.binary(hex("cafebabe"))),
                c2s(LegacyFrameEncoder.close()),                                       // ff 00
                s2c(LegacyFrameEncoder.close()));
    }

    public static Chunk c2s(byte[] bytes) {
        return Chunk.of(Direction.CLIENT_TO_SERVER, bytes);
    }

    public static Chunk s2c(byte[] bytes) {
        return Chunk.of(Direction.SERVER_TO_CLIENT, bytes);
    }

    public static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
