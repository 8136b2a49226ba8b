package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;

/**
 * W6-2: under the notice that a file is no WebSocket conversation (a PNG), its first bytes read as a "Ping" got
 * «✔ нарушений нет» in the inspector's header, as if it were a frame that keeps every rule. The header says it is no
 * frame; a real capture's message keeps its verdict.
 */
class NotAFrameHeaderTest extends WindowTest {
    /**
     * A PNG's signature and 120 bytes more: read as frames, 0x89 0x50 is a whole Ping of 80 bytes from the server that
     * keeps every rule, the first message of every PNG.
     */
    private static final byte[] PNG = java.util.Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a,
            0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0}, 128);

    @Test
    void aPngsFirstMessageIsSaidToBeNoFrame(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, Files.write(dir.resolve("picture.png"), PNG));

        String verdict = verdictOfTheFirstMessage();
        assertFalse(verdict.contains("no problems"), verdict);
        assertEquals("⚠ not a WebSocket frame", verdict);
    }

    @Test
    void inRussianToo(@TempDir Path dir) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        WindowFixture.open(window, Files.write(dir.resolve("picture.png"), PNG));

        String verdict = verdictOfTheFirstMessage();
        assertFalse(verdict.contains("нарушений нет"), verdict);
        assertEquals("⚠ не фрейм WebSocket", verdict);
    }

    @Test
    void aRealCaptureOpenedNextHasItsVerdictAgain(@TempDir Path dir) throws Exception {
        WindowFixture.open(window, Files.write(dir.resolve("picture.png"), PNG));
        WindowFixture.open(window, Path.of("samples/jdk-client.pcapng"));

        assertEquals("✔ no problems", verdictOfTheFirstMessage());
    }

    private String verdictOfTheFirstMessage() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.session().select(window.timeline().messages().get(0))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.inspector().messageProperty().get() != null, "a message in the inspector");
        return WaitForAsyncUtils.asyncFx(() -> ((Label) window.inspector().lookup(".inspector-problem-count"))
                .getText()).get();
    }
}
