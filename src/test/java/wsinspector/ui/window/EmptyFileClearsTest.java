package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * W6-1: an empty file opened after another said "empty" over the timeline while the selector, the count, the timeline
 * and the inspector still showed the other file's frames, as if they were this file's. Nothing of it stays on screen.
 */
class EmptyFileClearsTest extends WindowTest {
    @Test
    void anEmptyFileAfterACaptureLeavesNoneOfItsFramesOnScreen(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, Path.of("samples/jdk-client.pcapng"));
        assertFalse(window.timeline().messages().isEmpty(), "the capture is on screen first");
        assertTrue(window.inspector().messageProperty().get() != null, "its first message in the inspector");

        WindowFixture.open(window, Files.write(dir.resolve("empty.xxd"), new byte[0]));

        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.session().current(), "no conversation on screen");
        assertTrue(window.timeline().messages().isEmpty(), "the timeline is empty");
        assertNull(window.inspector().messageProperty().get(), "the inspector shows no message");
        assertNull(((ComboBox<?>) window.root().lookup("#conversation-chooser")).getValue(), "the selector names none");
        assertEquals("0 messages", ((Label) window.root().lookup(".message-count")).getText(), "the count");
        Label banner = (Label) window.root().getScene().lookup(".input-notice");
        assertTrue(banner.isVisible() && banner.getText().startsWith("The file is empty"), banner.getText());
        assertEquals(1, window.session().conversations().size(), "the capture can still be chosen again");
    }

    /**
     * A file that cannot be read at all (nothing of it shown) leaves the capture on screen as it was, the dialog and the
     * status line naming the file that failed: it was cleared, and the lecturer's capture seemed lost (W9-11).
     */
    @Test
    void anUnreadableFileAfterACaptureLeavesTheCaptureOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        WindowFixture.open(window, Path.of("samples/jdk-client.pcapng"));
        var before = window.session().current();
        int messages = window.timeline().messages().size();

        WindowFixture.open(window, dir.resolve("absent.pcap"));
        String reason = window.lastDialog().getContentText();
        assertTrue(Character.isUpperCase(reason.charAt(0)), "the dialog's reason is a sentence: " + reason);
        robot.interact(window.lastDialog()::close);   // why it cannot be opened: a dialog
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, window.session().current(), "the capture still on screen");
        assertEquals(messages, window.timeline().messages().size(), "its timeline whole");
        assertTrue(window.inspector().messageProperty().get() != null, "the inspector still shows one of its messages");
        assertEquals("Could not open absent.pcap", ((Label) window.root().lookup("#status-text")).getText());
    }
}
