package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.collections.ListChangeListener;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * Issue 11: an input that is no WebSocket conversation says so over the timeline, before any frame, where the eye
 * is; not only in the status line while the first row and the inspector read "no problems".
 */
class InputNoticeBannerTest extends WindowTest {
    private static final Path PACKETS = Path.of("src/test/resources/wsinspector/capture/packets");
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a,
            0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    @Test
    void aPngSaysItIsAnImageAboveTheFrames(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, Files.write(dir.resolve("picture.png"), PNG_HEAD));

        assertShownAboveTheFrames("This file is a PNG image, not a WebSocket conversation");
    }

    @Test
    void randomBytesSayTheyDoNotLookLikeWebSocket(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        WindowFixture.open(window, Files.write(dir.resolve("noise.bin"), noise));

        assertShownAboveTheFrames("This does not look like a WebSocket conversation");
    }

    @Test
    void inRussianTheWordsAreDecodes(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        WindowFixture.open(window, Files.write(dir.resolve("picture.png"), PNG_HEAD));

        assertShownAboveTheFrames("Это изображение PNG, а не разговор WebSocket");
    }

    /** W8-2: a page fetched over HTTP (curl from python's http.server, captured by tshark) is no broken handshake. */
    @Test
    void plainHttpSaysItIsOrdinaryHttpAboveTheFrames() throws Exception {
        WindowFixture.open(window, PACKETS.resolve("plain-http.pcapng"));

        assertShownAboveTheFrames("This is ordinary HTTP, not WebSocket: its head “GET /index.txt HTTP/1.1”");
        assertTrue(window.inspector().notWebSocketProperty().get(), "no verdict reads as a handshake's");
        Label verdict = (Label) window.inspector().lookup(".inspector-problem-count");
        assertEquals("⚠ HTTP, not a WebSocket handshake", verdict.getText());   // not «⚠ 4 violations»
    }

    @Test
    void plainHttpInRussian() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        WindowFixture.open(window, PACKETS.resolve("plain-http.pcapng"));

        assertShownAboveTheFrames("Это обычный HTTP, а не WebSocket");
        // W8-2: no red «⚠ В запросе обязан быть…»: the handshake's rules are not those of a page fetched
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> window.session().currentProperty().get().messages()
                .stream().flatMap(m -> m.problems().stream()).map(Object::toString).toList()).get();
        assertEquals(List.of(), problems);
    }

    /**
     * W8-2: while a PNG or an HTTP capture was read, its frames («Ping 80 B ✔», «⚠ 4 violations») stood for seconds
     * before the notice came with the end of the reading: the notice is on screen before the first frame.
     */
    @Test
    void theNoticeIsThereBeforeTheFirstFrameIsShown(@TempDir Path dir) throws Exception {
        byte[] png = new byte[64 * 1024];
        new Random(7).nextBytes(png);
        System.arraycopy(PNG_HEAD, 0, png, 0, PNG_HEAD.length);
        for (Path file : List.of(Files.write(dir.resolve("picture.png"), png), PACKETS.resolve("plain-http.pcapng"))) {
            WindowFixture.open(window, Path.of("samples/jdk-client.pcapng"));   // a conversation with no notice before
            List<String> atFirstFrame = new ArrayList<>();
            ListChangeListener<Message> watch = change -> {
                if (atFirstFrame.isEmpty() && !change.getList().isEmpty()) {
                    atFirstFrame.add(banner().isVisible() ? banner().getText() : "(no notice)");
                }
            };
            WaitForAsyncUtils.asyncFx(() -> window.session().currentProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    now.messages().addListener(watch);
                }
            })).get();

            WindowFixture.open(window, file);

            assertEquals(1, atFirstFrame.size(), file + ": the frames were shown");
            assertTrue(atFirstFrame.get(0).startsWith(file.toString().endsWith(".png") ? "This file is a PNG image"
                    : "This is ordinary HTTP"), file + ": when the first frame was shown the window said " + atFirstFrame);
        }
    }

    /** W8-3: a gzip-compressed capture is read unpacked, and says so: its offsets are the unpacked capture's. */
    @Test
    void aGzipCompressedCaptureSaysItWasUnpacked() throws Exception {
        WindowFixture.open(window, PACKETS.resolve("ws-stream1.pcap.gz"));

        assertShownAboveTheFrames("This file is gzip-compressed: what is shown is the pcap capture it holds, unpacked."
                + " Byte offsets count in the unpacked capture, not in the file.");
        assertFalse(window.inspector().notWebSocketProperty().get(), "its frames are frames");
    }

    /** Alone over the timeline the notice is a sentence: a capital first, not the status line's "file: this …". */
    @Test
    void anEmptyFileSaysSoInASentence(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        WindowFixture.open(window, Files.write(dir.resolve("empty.xxd"), new byte[0]));

        Label banner = banner();
        assertTrue(banner.isVisible() && banner.getText().startsWith("Файл пуст"), banner.getText());
    }

    @Test
    void aRealConversationHasNoNoticeAndTheNextFileTakesTheOldOneAway(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, Files.write(dir.resolve("picture.png"), PNG_HEAD));
        WindowFixture.open(window, Path.of("samples/jdk-client.pcapng"));

        assertFalse(banner().isVisible(), banner().getText());
    }

    private void assertShownAboveTheFrames(String words) {
        wsinspector.ui.NextPulse.await(window.timeline().getScene());
        Label banner = banner();
        assertTrue(banner.isVisible() && banner.getText().startsWith(words), banner.getText());
        assertTrue(banner.getHeight() > 0, "the notice takes room");
        Node firstRow = window.timeline().list().lookup(".list-cell");
        assertTrue(firstRow != null && !window.timeline().messages().isEmpty(), "the frames are shown too");
        Bounds notice = banner.localToScene(banner.getBoundsInLocal());
        // the list's box: its first row may be scrolled a few pixels up under the list's own top edge
        Bounds row = window.timeline().list().localToScene(window.timeline().list().getLayoutBounds());
        assertTrue(notice.getMaxY() <= row.getMinY(), "the notice stands before the first frame: " + notice + " / " + row);
    }

    private Label banner() {
        return (Label) window.timeline().getScene().lookup(".input-notice");
    }
}
