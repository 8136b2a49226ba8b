package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import wsinspector.capture.CaptureReader;
import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

class TextsTest {
    @ParameterizedTest
    @CsvSource({"1, 1 байт", "2, 2 байта", "4, 4 байта", "5, 5 байт", "11, 11 байт", "12, 12 байт", "21, 21 байт",
            "22, 22 байта", "111, 111 байт", "1024, 1024 байта"})
    void russianByteCountsAgree(long n, String expected) {
        assertEquals(expected, Texts.bytes(new I18n(I18n.RUSSIAN), n));
    }

    @ParameterizedTest
    @CsvSource({"1, 1 byte", "2, 2 bytes", "65536, 65536 bytes"})
    void englishByteCounts(long n, String expected) {
        assertEquals(expected, Texts.bytes(new I18n(I18n.ENGLISH), n));
    }

    @Test
    void aLengthWithItsTopBitSetIsTheUnsignedNumberOnTheWire() {
        // 2^63 and 2^64 - 1: the 64-bit length a hostile frame announces, kept in a signed long
        assertEquals("9223372036854775808 байт", Texts.bytes(new I18n(I18n.RUSSIAN), Long.MIN_VALUE));
        assertEquals("18446744073709551615 байт", Texts.bytes(new I18n(I18n.RUSSIAN), -1L));
        assertEquals("9223372036854775808 bytes", Texts.bytes(new I18n(I18n.ENGLISH), Long.MIN_VALUE));
    }

    @Test
    void frameSummaryIsInTheReadersLanguage() {
        var hello = Samples.clientFrame(Samples.MASKED_HELLO);
        assertEquals("Text  ·  FIN  ·  masked  ·  5 bytes  ·  \"Hello\"", Texts.summary(new I18n(I18n.ENGLISH), hello));
        assertEquals("Текст  ·  FIN  ·  замаскирован  ·  5 байт  ·  \"Hello\"", Texts.summary(new I18n(I18n.RUSSIAN), hello));
    }

    /** A TCP event's header named the listing's code «fin» in both languages, beside «TCP-соединение (0 байт)». */
    @Test
    void aTcpEventIsNamedByItsFlagNotByTheListingsCode() throws Exception {
        List<Message> messages = CaptureReader.read(Path.of("samples/protocol-error.pcapng"), CaptureReader.Options.defaults())
                .firstWebSocket().dissect().messages();
        List<String> flags = messages.stream().filter(m -> m instanceof ConnectionEventMessage)
                .map(m -> Texts.summary(new I18n(I18n.RUSSIAN), m)).distinct().toList();
        assertEquals(List.of("SYN", "SYN-ACK", "FIN"), flags);
    }
}
