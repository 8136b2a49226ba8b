package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.session.Conversation;

/** Opening packet captures in the window: one conversation per WebSocket connection, and honest notices. */
class OpenCaptureTest extends WindowTest {
    private static final Path CAPTURES = Path.of("src/test/resources/wsinspector/capture/packets");
    @Test
    void aCaptureWithSeveralWebSocketConnectionsOffersEachToPick(FxRobot robot) throws Exception {
        WindowFixture.open(window, CAPTURES.resolve("ws-lo.pcap"));

        List<String> titles = window.session().conversations().stream().map(Conversation::title).toList();
        assertEquals(List.of("ws-lo.pcap, stream 1: 127.0.0.1:42276 \u2192 127.0.0.1:47311",
                "ws-lo.pcap, stream 2: [::1]:38694 \u2192 [::1]:47312",
                "ws-lo.pcap, stream 3: 127.0.0.1:42286 \u2192 127.0.0.1:47311"), titles);
        assertEquals(titles.get(0), window.session().current().title());
    }

    @Test
    void randomBytesAreNamedAsNoWebSocketConversation(FxRobot robot, @TempDir Path dir) throws Exception {
        byte[] random = new byte[3000];
        new java.util.Random(11).nextBytes(random);
        Path file = Files.write(dir.resolve("random.bin"), random);

        WindowFixture.open(window, file);

        String status = robot.lookup("#status-text").queryAs(Label.class).getText();
        assertTrue(status.startsWith("random.bin: this does not look like a WebSocket conversation"), status);
    }

    @Test
    void anImageIsNamedAsAnImageFirst(FxRobot robot, @TempDir Path dir) throws Exception {
        byte[] png = new byte[3000];
        new java.util.Random(12).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, 0, png, 0, 8);
        Path file = Files.write(dir.resolve("picture.png"), png);

        WindowFixture.open(window, file);

        String status = robot.lookup("#status-text").queryAs(Label.class).getText();
        assertTrue(status.startsWith("picture.png: this file is a PNG image, not a WebSocket conversation"), status);
    }

    @Test
    void theFirstMessageSelectedIsTheHandshakeNotTheTcpOpening(FxRobot robot) throws Exception {
        WindowFixture.open(window, CAPTURES.resolve("ws-lo.pcap"));

        List<wsinspector.dissect.Message> messages = window.session().current().messages();
        assertEquals(wsinspector.dissect.Message.Kind.CONNECTION, messages.get(0).kind());
        assertEquals(wsinspector.dissect.Message.Kind.HANDSHAKE_REQUEST, window.session().selected().kind());
    }

    @Test
    void anEmptyFileSaysItIsEmpty(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("empty.bin"), new byte[0]);

        WindowFixture.open(window, file);

        String status = robot.lookup("#status-text").queryAs(Label.class).getText();
        assertEquals("empty.bin: the file is empty: there is nothing to show.", status);
    }

    @Test
    void everyMessageOfACaptureWithAGapCanBeInspected(FxRobot robot) throws Exception {
        WindowFixture.open(window, CAPTURES.resolve("ws-hole.pcap"));

        List<wsinspector.dissect.Message> messages = window.session().current().messages();
        for (wsinspector.dissect.Message m : messages) {
            WaitForAsyncUtils.asyncFx(() -> window.session().select(m)).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(m, window.session().selected());
        }
        assertTrue(messages.stream().anyMatch(m -> m instanceof wsinspector.dissect.GapMessage g && g.missingBytes() == 6));
    }
}
