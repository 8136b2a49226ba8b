package wsinspector.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import wsinspector.capture.packet.CaptureNotice;

/**
 * The notice for an input that is no WebSocket conversation counts its broken messages in words that agree with any
 * count: "1 of its 1 messages are broken" / "1 из 1 сообщений испорчены" read wrong in both languages.
 */
class NotWebSocketNoticeTest {
    @Test
    void oneBrokenMessageOfOneReadsRightInEnglish() {
        assertEquals("this does not look like a WebSocket conversation: there is no handshake and most of its messages"
                        + " are broken (1 of 1). Check that the file is what you meant to open.",
                Explanations.forLanguage("en").phrase(CaptureNotice.of("not-websocket", -1, 1, 1).phrase()));
    }

    @Test
    void oneBrokenMessageOfOneReadsRightInRussian() {
        assertEquals("это не похоже на разговор WebSocket: рукопожатия нет, и большая часть сообщений испорчена"
                        + " (1 из 1). Проверьте, тот ли файл открыт.",
                Explanations.forLanguage("ru").phrase(CaptureNotice.of("not-websocket", -1, 1, 1).phrase()));
    }
}
