package wsinspector.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;

/**
 * The sequence handout marks each message's problems as the window's badge does, in the heaviest weight's colour: a
 * request without Origin (a remark) was a red "⚠ 1" like a broken rule, and so was a frame cut by the capture's end.
 */
class SequenceMarksTest {
    private static final byte[] REQUEST_WITHOUT_ORIGIN = ("GET / HTTP/1.1\r\nHost: mai.ru\r\nConnection: Upgrade\r\n"
            + "Upgrade: websocket\r\nSec-WebSocket-Key: Iv8io/9s+lYFgZWcXczP8Q==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] RESPONSE = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void eachMarkHasItsWeightsColourAndSign() {
        List<wsinspector.dissect.Message> messages = Dissector.dissect(List.of(
                Chunk.of(Direction.CLIENT_TO_SERVER, REQUEST_WITHOUT_ORIGIN), Chunk.of(Direction.SERVER_TO_CLIENT, RESPONSE),
                Chunk.of(Direction.CLIENT_TO_SERVER, HexFormat.of().parseHex("810548656c6c6f")), // unmasked: an error
                Chunk.of(Direction.SERVER_TO_CLIENT, HexFormat.of().parseHex("81054865")))).messages(); // cut: a warning
        Handout handout = SequenceSheet.make(new ExportSource("marks", -1, null, null, messages), Words.forLanguage("ru"));
        List<Shape.Text> marks = handout.blocks().stream().filter(Block.Drawing.class::isInstance)
                .flatMap(b -> ((Block.Drawing) b).shapes().stream())
                .filter(s -> s instanceof Shape.Text t && t.text().matches("[⚠ℹ] \\d+")).map(Shape.Text.class::cast)
                .toList();
        assertEquals(List.of("ℹ 1", "⚠ 1", "⚠ 1"), marks.stream().map(Shape.Text::text).toList());
        assertEquals(List.of(Ink.ACCENT, Ink.ERROR, Ink.WARNING), marks.stream().map(t -> t.style().ink()).toList());
    }
}
