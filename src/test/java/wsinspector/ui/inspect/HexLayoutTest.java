package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HexLayoutTest {
    @Test
    void rowShowsOffsetHexAndAscii() {
        HexLayout layout = new HexLayout(11);
        assertEquals("0000  81 85 37 fa 21 3d 7f 9f  4d 51 58                 ··7·!=··MQX     ",
                layout.text(Samples.MASKED_HELLO)); // masked "Hello"
    }

    @Test
    void secondRowStartsAfterSixteenBytes() {
        byte[] bytes = new byte[17];
        bytes[16] = 0x41;
        String[] lines = new HexLayout(17).text(bytes).split("\n");
        assertEquals(2, lines.length);
        assertEquals("0010  41", lines[1].substring(0, 8));
        assertEquals(lines[0].length(), lines[1].length());
    }

    @ParameterizedTest
    @CsvSource({"0, 6", "1, 9", "7, 27", "8, 31", "15, 52", "16, 79"})
    void hexPositionOfByte(int index, int position) {
        assertEquals(position, new HexLayout(32).hexStart(index));
    }

    @ParameterizedTest
    @CsvSource({"0, 56", "15, 71", "16, 129"})
    void asciiPositionOfByte(int index, int position) {
        assertEquals(position, new HexLayout(32).asciiStart(index));
    }

    @Test
    void everyByteMapsBackFromBothDigitsAndItsCharacter() {
        HexLayout layout = new HexLayout(40);
        for (int i = 0; i < 40; i++) {
            assertEquals(i, layout.byteAt(layout.hexStart(i)));
            assertEquals(i, layout.byteAt(layout.hexStart(i) + 1));
            assertEquals(i, layout.byteAt(layout.asciiStart(i)));
        }
    }

    @ParameterizedTest
    @CsvSource({"0", "5", "8", "29", "30", "54", "55", "72"})
    void offsetColumnSpacesAndLineEndsHoldNoByte(int position) {
        assertEquals(-1, new HexLayout(40).byteAt(position));
    }

    @Test
    void positionsPastTheLastByteHoldNoByte() {
        HexLayout layout = new HexLayout(11);
        assertEquals(-1, layout.byteAt(layout.hexStart(11)));
        assertEquals(-1, layout.byteAt(layout.asciiStart(11)));
    }

    @Test
    void longMessagesAreCut() {
        HexLayout layout = new HexLayout(100_000);
        assertEquals(HexLayout.MAX_BYTES, layout.length());
        assertEquals(8, layout.offsetDigits());
    }

    @Test
    void emptyMessageHasNoText() {
        assertEquals("", new HexLayout(0).text(new byte[0]));
    }
}
