package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.lesson.BuiltInLessons;
import wsinspector.ui.lesson.LessonRun;
import wsinspector.ui.session.Session;

/**
 * The guided lesson on the notes at 1280×800 and 1920×1080, in Russian and English, once its connection is on screen
 * («Сервер №1 ← 127.0.0.1:…»): the message count stands beside the conversation's selector, not on a line of its own
 * under it that pushed the lifelines' names down (S5), and neither is cut.
 */
@Timeout(200)
class LessonCountOneRowTest extends OffScreenWindowTest {
    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theCountStandsBesideTheSelector(double width, double height) throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), width, height);
        settle(width, height);
        WaitForAsyncUtils.asyncFx(() -> window.lesson().start(BuiltInLessons.NOTES)).get();
        LessonRun run = window.lesson().runProperty().get();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                WaitForAsyncUtils.asyncFx(run::next).get();
            }
            int index = i;
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !run.busyProperty().get()
                    && run.currentProperty().get() != null && run.currentProperty().get().index() == index);
        }
        List<String> problems = new ArrayList<>();
        for (Locale language : List.of(I18n.RUSSIAN, I18n.ENGLISH)) {
            WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(language)).get();
            settle(width, height);
            String at = (int) width + "×" + (int) height + " " + language + ": ";
            problems.addAll(WaitForAsyncUtils.asyncFx(() -> {
                List<String> found = new ArrayList<>();
                Node chooser = window.root().lookup("#conversation-chooser");
                Node count = window.root().lookup(".message-count");
                double chooserBottom = chooser.localToScene(chooser.getLayoutBounds()).getMaxY();
                double countTop = count.localToScene(count.getLayoutBounds()).getMinY();
                if (countTop >= chooserBottom - 1) {
                    found.add(at + "the count stands under the selector (" + Math.round(countTop) + " ≥ "
                            + Math.round(chooserBottom) + ")");
                }
                LayoutProblems.in((Parent) chooser.getParent()).forEach(p -> found.add(at + p));
                return found;
            }).get());
        }
        WaitForAsyncUtils.asyncFx(() -> window.lesson().end()).get();
        assertEquals(List.of(), problems);
    }
}
