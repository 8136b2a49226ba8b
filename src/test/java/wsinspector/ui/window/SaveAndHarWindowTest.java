package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.capture.Capture;
import wsinspector.capture.CaptureReader;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * File → Save as… from the window, read back by the capture reader frame by frame; and a HAR opened in the
 * window: its messages shown, the notice that they are reconstructed in the status line, and a badge and a
 * notice over the hex in the inspector, in both languages.
 */
class SaveAndHarWindowTest extends WindowTest {
    private static final Path CHROMIUM = Path.of("samples/chromium-deflate.pcapng");
    private static final Path HAR = Path.of("samples/chromium.har");
    @Test
    void savedAsPcapngItReadsBackAsTheSameFrames(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, CHROMIUM);
        Path saved = dir.resolve("saved.pcapng");

        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, WindowFixture.save(window, saved));

        Capture back = CaptureReader.read(saved, CaptureReader.Options.defaults());
        assertEquals("pcapng", back.format());
        assertSameBytes(window.session().current().messages(), back.firstWebSocket().dissect().messages());
    }

    @Test
    void savedAsXxdItReadsBackAsTheSameFrames(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, CHROMIUM);
        Path saved = dir.resolve("saved.xxd");

        assertEquals(javafx.concurrent.Worker.State.SUCCEEDED, WindowFixture.save(window, saved));

        assertTrue(Files.readString(saved).startsWith("#"), "the dump says where it comes from");
        Capture back = CaptureReader.read(saved, CaptureReader.Options.defaults());
        assertSameBytes(window.session().current().messages(), back.connections().get(0).dissect().messages());
    }

    @Test
    void aHarShowsItsMessagesAndSaysTheyAreReconstructed(FxRobot robot) throws Exception {
        WindowFixture.open(window, HAR);

        List<Message> messages = window.session().current().messages();
        assertTrue(messages.size() >= 10, messages.size() + " messages");
        assertEquals(Message.Kind.HANDSHAKE_REQUEST, messages.get(0).kind());
        String status = robot.lookup("#status-text").queryAs(Label.class).getText();
        assertTrue(status.startsWith("chromium.har: chromium.har holds WebSocket messages, not frames"), status);

        WaitForAsyncUtils.asyncFx(() -> window.session().select(messages.get(3))).get();
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup(".inspector-badge.reconstructed").queryAs(Label.class);
        Label overHex = robot.lookup(".hex-notice.reconstructed").queryAs(Label.class);
        assertTrue(badge.isVisible() && overHex.isVisible());
        assertEquals("Reconstructed, not recorded", badge.getText());
        assertTrue(overHex.getText().startsWith("Reconstructed bytes: a HAR keeps messages, not frames."), overHex.getText());

        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Восстановлено, не записано", badge.getText());
        assertTrue(overHex.getText().startsWith("Восстановленные байты"), overHex.getText());
    }

    @Test
    void aRecordedCaptureHasNoReconstructedMarks(FxRobot robot) throws Exception {
        WindowFixture.open(window, HAR);
        WindowFixture.open(window, CHROMIUM);
        WaitForAsyncUtils.asyncFx(() -> window.session().select(window.session().current().messages().get(4))).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup(".inspector-badge.reconstructed").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup(".hex-notice.reconstructed").queryAs(Label.class).isVisible());
    }

    /** The same frames and handshake in the same order: direction and bytes (TCP events are the writer's own). */
    private static void assertSameBytes(List<Message> shown, List<Message> readBack) {
        List<Message> expected = withBytes(shown);
        List<Message> actual = withBytes(readBack);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).kind(), actual.get(i).kind(), "message " + i);
            assertEquals(expected.get(i).direction(), actual.get(i).direction(), "message " + i);
            assertArrayEquals(expected.get(i).wire(), actual.get(i).wire(), "message " + i);
        }
    }

    private static List<Message> withBytes(List<Message> messages) {
        return messages.stream().filter(m -> m.kind() != Message.Kind.CONNECTION && m.kind() != Message.Kind.GAP).toList();
    }
}
