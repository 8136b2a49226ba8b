package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Field;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Session;

/**
 * A file of random bytes whose first frame is a 110-byte text payload (the lecturer's random.bin), its payload field
 * chosen, at 1280×800 and 1920×1080, in Russian and in English: the explanation under the hex and the tree shows
 * whole, nothing of it scrolls sideways, no label in it cut. The payload's long hex value «a2 a7 a5 … cd c» in the
 * explanation's headline set the panel's width: it scrolled sideways and cut its sentences at the right edge (W7-12).
 */
@Timeout(120)
class LongValueWrapsTest extends OffScreenWindowTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void aLongValueWrapsInsteadOfWideningTheExplanation(double width, double height) throws Exception {
        byte[] bytes = new byte[400];
        new Random(11).nextBytes(bytes);
        bytes[0] = 0x01;   // a text frame, not the last of its message
        bytes[1] = 0x6e;   // unmasked, 110 bytes of payload
        Path file = Files.write(dir.resolve("random.bin"), bytes);
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), width, height);
        WindowFixture.open(window, file);
        List<String> problems = new ArrayList<>();
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.i18n().localeProperty().set(language);
                Message first = window.timeline().messages().get(0);
                window.session().select(first);
                Field payload = first.root().children().stream().filter(f -> f.key().equals("frame.payload"))
                        .findFirst().orElseThrow();
                window.inspector().selectField(payload);
            }).get();
            settle(width, height);
            String at = (int) width + "×" + (int) height + " " + language + ": ";
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> LayoutProblems.in(
                    (javafx.scene.Parent) window.inspector().lookup(".detail-scroll")).stream().map(p -> at + p)
                    .toList()).get());
        }
        assertEquals(List.of(), problems);
    }
}
