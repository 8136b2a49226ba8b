package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import wsinspector.dissect.Field;
import wsinspector.dissect.Message;

class HexStylerTest {
    private final Message hello = Samples.clientFrame(Samples.MASKED_HELLO); // 81 85 37 fa 21 3d 7f 9f 4d 51 58
    private final HexLayout layout = new HexLayout(hello.length());
    private final HexStyler styler = new HexStyler(layout, hello.root(), hello.offset());

    private Field field(String key) {
        return hello.root().find(key).orElseThrow();
    }

    private String colour(int index) {
        return styler.classesOf(index, null).get(0);
    }

    @Test
    void adjacentFieldsHaveDifferentColours() {
        assertNotEquals(colour(0), colour(1)); // FIN's byte, MASK's byte
        assertNotEquals(colour(1), colour(2)); // MASK's byte, the masking key
        assertNotEquals(colour(5), colour(6)); // the key's last byte, the payload
    }

    @Test
    void aFieldsBytesShareOneColour() {
        for (int i = 2; i < 6; i++) {
            assertEquals(colour(2), colour(i));
        }
        for (int i = 6; i < 11; i++) {
            assertEquals(colour(6), colour(i));
        }
        assertEquals(styler.colourOf(field("frame.maskingKey")).orElseThrow(), colour(2));
    }

    @Test
    void selectedMaskingKeyLightsUpItsFourBytesOnly() {
        Field key = field("frame.maskingKey");
        for (int i = 0; i < 11; i++) {
            assertEquals(i >= 2 && i < 6, styler.classesOf(i, key).contains(HexStyler.SELECTED), "byte " + i);
        }
    }

    @Test
    void selectionCoversHexDigitsTheSpacesBetweenThemAndTheAsciiColumn() {
        List<Collection<String>> chars = styler.perCharacter(field("frame.maskingKey"));
        for (int pos = layout.hexStart(2); pos < layout.hexStart(5) + 2; pos++) {
            assertTrue(chars.get(pos).contains(HexStyler.SELECTED), "position " + pos);
        }
        assertFalse(chars.get(layout.hexStart(5) + 2).contains(HexStyler.SELECTED)); // the space after the field
        assertTrue(chars.get(layout.asciiStart(3)).contains(HexStyler.SELECTED));
        assertFalse(chars.get(layout.asciiStart(6)).contains(HexStyler.SELECTED));
    }

    @Test
    void offsetColumnHasItsOwnClass() {
        assertEquals(List.of(HexStyler.OFFSET), styler.perCharacter(null).get(0));
    }

    @Test
    void spansCoverTheWholeText() {
        StyleSpans<Collection<String>> spans = styler.spans(field("frame.fin"));
        assertEquals(layout.textLength(), spans.length());
    }

    @Test
    void aComputedValueLightsUpTheFieldAboveItThatHasBytes() {
        Message response = Samples.conversation().get(1);
        HexStyler s = new HexStyler(new HexLayout(response.length()), response.root(), response.offset());
        Field header = response.root().find("header.Sec-WebSocket-Accept").orElseThrow();
        Field sha1 = header.find("accept.sha1").orElseThrow();
        assertEquals(0, sha1.length());
        long[] range = s.highlightRange(sha1);
        assertEquals(header.offset(), range[0]);
        assertEquals(header.end(), range[1]);
    }

    @Test
    void bytesOfABrokenFieldCarryTheProblemClass() {
        Message unmasked = Samples.clientFrame(Samples.HELLO); // a client frame without a mask: RFC 6455 §5.1
        HexStyler s = new HexStyler(new HexLayout(unmasked.length()), unmasked.root(), unmasked.offset());
        assertTrue(s.classesOf(1, null).contains(HexStyler.PROBLEM)); // the byte with MASK = 0
        assertFalse(s.classesOf(0, null).contains(HexStyler.PROBLEM));
        assertFalse(s.classesOf(2, null).contains(HexStyler.PROBLEM));
    }

    @Test
    void lineEndsBetweenHeadersHaveNoFieldColour() {
        Message request = Samples.conversation().get(0);
        HexStyler s = new HexStyler(new HexLayout(request.length()), request.root(), request.offset());
        int crlf = "GET /chat HTTP/1.1".length();
        assertEquals(HexStyler.PLAIN, s.classesOf(crlf, null).get(0));
        assertNotEquals(HexStyler.PLAIN, s.classesOf(0, null).get(0));
    }

    @Test
    void bitFieldsShareTheColourOfTheirByte() {
        assertEquals(colour(0), styler.colourOf(field("frame.opcode")).orElseThrow());
        assertEquals(colour(1), styler.colourOf(field("frame.length7")).orElseThrow());
    }

    @Test
    void pathLeadsFromTheRootToTheField() {
        List<Field> path = HexStyler.pathTo(hello.root(), field("frame.opcode"));
        assertEquals(List.of("frame", "frame.header", "frame.opcode"), path.stream().map(Field::key).toList());
    }
}
