package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.file.SampleDumps;

/** From a message of the timeline to an exercise a student answers: the course notes' accept value. */
@ExtendWith(ApplicationExtension.class)
class ExercisesInWindowTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.show(stage, 1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        WindowFixture.closeWithDialogs(stage, window);
    }

    @Test
    void theMenusOfferExercisesInBothPlaces() {
        List<Menu> menus = ((MenuBar) window.root().getTop()).getMenus();
        assertEquals(List.of("menu-file", "menu-view", "menu-exercises", "menu-help"),
                menus.stream().map(Menu::getId).filter(id -> !id.equals("menu-lesson")).toList().subList(0, 4));
        List<String> file = menus.get(0).getItems().stream().map(MenuItem::getId).toList();
        assertTrue(file.contains("menu-open"));
        assertEquals(file.indexOf("menu-open") + 1, file.indexOf("menu-exercises-open"));
    }

    @Test
    void theAcceptOfTheNotesBecomesAnExercise(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        robot.interact(() -> window.session().select(window.timeline().messages().get(1)));
        Platform.runLater(window.classroom().exercises()::makeFromSelected);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#blank-accept");
        robot.clickOn("Make exercise");
        WaitForAsyncUtils.waitForFxEvents();
        String head = robot.lookup("#exercise-head").queryAs(Label.class).getText();
        assertTrue(head.contains("Sec-WebSocket-Accept: ____________________________"), head);
        robot.clickOn("#answer-0").write("hsBlbuDTkk24srzEOTBUlZAlC2g=").type(KeyCode.ENTER);
        String verdict = robot.lookup("#verdict-0").queryAs(Label.class).getText();
        assertTrue(verdict.startsWith("\u2714 Right. The key followed by the GUID, "
                + "Iv8io/9s+lYFgZWcXczP8Q==258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), verdict);
    }
}
