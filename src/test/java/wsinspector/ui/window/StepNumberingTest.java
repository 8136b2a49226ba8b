package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/**
 * Step mode (F5) on the course notes' conversation, in both languages: a step has one number, its counter's. The
 * headings carried the notes' section numbers beside it, "1 / 8" over "2. Запрос" (FINDINGS.md O10): a student read
 * two numbers for one step.
 */
@Timeout(60)
class StepNumberingTest extends WindowTest {
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\s*[.)]");

    @Test
    void aStepHasOneNumber() throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        List<String> twoNumbers = new ArrayList<>();
        int steps = 0;
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> {
                window.modes().end(Activity.STEPS);
                window.i18n().localeProperty().set(language);
                window.modes().start(Activity.STEPS);
            }).get();
            do {
                WaitForAsyncUtils.waitForFxEvents();
                String counter = window.stepPanel().counterLabel().getText();
                assertTrue(counter.matches("\\d+ / \\d+"), counter);
                for (String heading : WaitForAsyncUtils.asyncFx(this::headings).get()) {
                    if (NUMBERED.matcher(heading).find()) {
                        twoNumbers.add(language + ": \"" + counter + "\" over \"" + heading + "\"");
                    }
                }
                steps++;
            } while (WaitForAsyncUtils.asyncFx(window.steps()::next).get());
        }
        assertTrue(steps >= 18, "every step in both languages: " + steps);
        assertEquals(List.of(), twoNumbers);
    }

    private List<String> headings() {
        List<String> found = new ArrayList<>();
        for (Node n : window.stepPanel().lookupAll(".step-title")) {
            found.add(((Label) n).getText());
        }
        return found;
    }
}
