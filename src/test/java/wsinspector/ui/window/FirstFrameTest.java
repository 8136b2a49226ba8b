package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Session;

/**
 * The window's first frame, as the jar starts it ({@link InspectorApp#show}) on a system whose language is English,
 * after the lecturer chose Russian last time (S11). Under load the panes and the file came 10-60 s after that frame,
 * and it was English, with blank client and server columns and "Nothing here yet" over the file being read. What the
 * first frame shows is read in the pulse that draws it, before the panes are built.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class FirstFrameTest {
    @TempDir
    Path settings;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (window == null) {
            return;
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.liveSlots().live() != null).get());
        WindowFixture.closeWithDialogs(stage, window);
    }

    @Test
    void withAFileTheFirstFrameIsRussianAndSaysTheFileIsBeingRead() throws Exception {
        FirstFrame first = startApp(SampleDumps.COURSE_NOTES);
        assertEquals(List.of("Файл", "Вид", "Упражнения", "Справка"), first.menus);
        assertTrue(first.labels.contains("Чтение course-notes.xxd…"), "the status line names the file: " + first.labels);
        assertEquals("Чтение course-notes.xxd…", first.placeholder, "the timeline says it is being read, not «пусто»");
        for (String text : first.labels) {
            assertFalse(text.replace("course-notes.xxd", "").matches("(?s).*[A-Za-z]{2,}.*"),
                    "an English word in the first frame: «" + text + "» among " + first.labels);
        }
        assertFalse(first.clientShown, "a capture's layout from the first frame: the client's column is not drawn blank");
    }

    @Test
    void withoutAFileTheFirstFrameDrawsThePanesTitlesInRussian() throws Exception {
        FirstFrame first = startApp(null);
        assertTrue(first.clientShown);
        assertEquals(List.of("Клиент", "Запускается…"), first.client, "the client's column is not blank");
        assertEquals(List.of("Эхо-сервер", "Запускается…"), first.server, "the server's column is not blank");
        for (String text : first.labels) {
            assertFalse(text.replace("Ctrl+O", "").matches("(?s).*[A-Za-z]{2,}.*"),
                    "an English word in the first frame: «" + text + "» among " + first.labels);
        }
    }

    @Test
    void theLanguageChosenIsTheOneTheNextStartSpeaks() throws Exception {
        Path file = settings.resolve("sub").resolve("settings.properties");
        SavedLanguage saved = new SavedLanguage(file);
        assertEquals(I18n.RUSSIAN, saved.initial(new Locale("ru", "RU")), "nothing saved: the system's language");
        assertEquals(I18n.ENGLISH, saved.initial(Locale.GERMAN), "nothing saved: English for any other");
        I18n i18n = WaitForAsyncUtils.asyncFx(() -> InspectorApp.language(saved, Locale.ENGLISH)).get();
        WaitForAsyncUtils.asyncFx(i18n::toggle).get();   // Ctrl+L
        assertEquals(I18n.RUSSIAN, new SavedLanguage(file).initial(Locale.ENGLISH));
        WaitForAsyncUtils.asyncFx(i18n::toggle).get();
        assertEquals(I18n.ENGLISH, new SavedLanguage(file).initial(new Locale("ru")));
        Files.writeString(file, "language=\\u");   // a broken escape: unreadable
        assertEquals(I18n.RUSSIAN, new SavedLanguage(file).initial(new Locale("ru")), "unreadable: the system's");
        window = null;
    }

    /** Starts the window as the jar does, Russian saved, English system; returns what its first frame showed. */
    private FirstFrame startApp(Path file) throws Exception {
        Path saved = settings.resolve("settings.properties");
        Files.writeString(saved, "language=ru\n");
        CompletableFuture<FirstFrame> first = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Theme.LIGHT.apply();
            window = new MainWindow(InspectorApp.language(new SavedLanguage(saved), Locale.ENGLISH), new Session(), true);
            InspectorApp.show(stage, window, file);
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                first.complete(FirstFrame.of(window));
            };
            scene.addPostLayoutPulseListener(once[0]);
        }).get();
        FirstFrame frame = first.get(30, TimeUnit.SECONDS);
        assertNotNull(frame);
        return frame;
    }

    /** The texts of the first frame, read on the FX thread while it is drawn. */
    private record FirstFrame(List<String> menus, List<String> labels, String placeholder, boolean clientShown,
            List<String> client, List<String> server) {
        static FirstFrame of(MainWindow window) {
            List<String> menus = new ArrayList<>();
            MenuBar bar = (MenuBar) window.root().getTop();
            for (Menu m : bar.getMenus()) {
                menus.add(m.getText());
            }
            List<String> labels = new ArrayList<>();
            visibleTexts(window.root(), labels);
            ListView<?> list = window.timeline().list();
            List<String> placeholder = new ArrayList<>();
            visibleTexts(list.getPlaceholder(), placeholder);
            return new FirstFrame(menus, labels, placeholder.isEmpty() ? null : placeholder.get(0),
                    drawn(window.clientSlot()), slotTexts(window.clientSlot()), slotTexts(window.serverSlot()));
        }

        private static boolean drawn(StackPane slot) {
            return slot.getScene() != null && slot.isVisible() && slot.getWidth() > 0 && slot.getHeight() > 0;
        }

        private static List<String> slotTexts(StackPane slot) {
            List<String> texts = new ArrayList<>();
            visibleTexts(slot, texts);
            return texts;
        }

        private static void visibleTexts(Node node, List<String> into) {
            if (node == null || !node.isVisible()) {
                return;
            }
            if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                into.add(l.getText());
            }
            if (node instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    visibleTexts(child, into);
                }
            }
        }
    }
}
