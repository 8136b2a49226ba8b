package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.lesson.BuiltInLessons;
import wsinspector.ui.lesson.LessonRun;
import wsinspector.ui.session.Session;

/**
 * A guided lesson started over a capture opens with no conversation on screen («Нет соединений»); the status line
 * went on naming the capture («course-notes.xxd: сообщений: 8») — or, over the client's live connection, «На экране
 * живое соединение: 127.0.0.1:…» — that the class no longer saw (W9-7).
 */
@Timeout(120)
class LessonStatusLineTest extends OffScreenWindowTest {
    @Test
    void theLessonsOpeningNamesNoConversationItDoesNotShow() throws Exception {
        offScreen(() -> new MainWindow(new I18n(I18n.RUSSIAN), new Session()), 1280, 800);
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        settle(1280, 800);
        String file = SampleDumps.COURSE_NOTES.getFileName().toString();
        WaitForAsyncUtils.asyncFx(() -> window.lesson().start(BuiltInLessons.NOTES)).get();
        LessonRun run = window.lesson().runProperty().get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.busyProperty().get()
                && run.currentProperty().get() != null);
        settle(1280, 800);
        String status = WaitForAsyncUtils.asyncFx(() -> ((Label) window.root().lookup("#status-text")).getText()).get();
        assertEquals(null, WaitForAsyncUtils.asyncFx(() -> window.session().current()).get(), "no conversation shown");
        assertFalse(status.contains(file), "the status line names " + file + ": «" + status + "»");
        assertEquals(window.i18n().t("status.ready"), status);
    }
}
