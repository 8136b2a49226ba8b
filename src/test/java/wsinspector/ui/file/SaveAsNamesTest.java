package wsinspector.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import wsinspector.capture.SaveFormat;

/** File → Save as…: the format comes from the name, and a bare name gets the chosen filter's extension. */
class SaveAsNamesTest {

    @Test
    void aNameWithAKnownExtensionKeepsIt() {
        assertEquals(Path.of("/tmp/a.xxd"), FileCommands.withExtension(Path.of("/tmp/a.xxd"), SaveFormat.PCAPNG));
        assertEquals(Path.of("/tmp/a.PCAPNG"), FileCommands.withExtension(Path.of("/tmp/a.PCAPNG"), SaveFormat.XXD));
    }

    @Test
    void aBareNameGetsTheChosenFormatsExtension() {
        assertEquals(Path.of("/tmp/talk.pcapng"), FileCommands.withExtension(Path.of("/tmp/talk"), SaveFormat.PCAPNG));
        assertEquals(Path.of("/tmp/talk.v2.xxd"), FileCommands.withExtension(Path.of("/tmp/talk.v2"), SaveFormat.XXD));
    }

    @Test
    void theFirstDialogOpensInTheSamplesOfACheckout() {
        // the tests run in the repository's root, which has samples/
        assertEquals(Path.of("samples").toAbsolutePath(), FileCommands.startFolder());
    }
}
