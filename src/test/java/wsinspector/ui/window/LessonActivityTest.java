package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wsinspector.ui.window.Layout.ClientSide;

/** The guided lesson as a mode of the window, without the toolkit. */
class LessonActivityTest {
    private final WindowModel modes = new WindowModel();

    @Test
    void aLessonShowsItsPanelAndGivesTheLivePanesRoomToTheInspector() {
        assertTrue(modes.start(Activity.LESSON));

        assertEquals(new Layout(ClientSide.HIDDEN, false, true, true, false, true, false), modes.layout());
    }

    @Test
    void theLessonsOwnTrafficDoesNotBringThePanesBackButCtrlHDoes() {
        modes.start(Activity.LESSON);

        modes.liveTrafficStarted();
        assertTrue(modes.panesHiddenProperty().get(), "the lesson started the server itself");

        modes.panesHiddenProperty().set(false);
        assertEquals(ClientSide.CLIENT, modes.layout().clientSide());
        assertTrue(modes.layout().stepPanel());
    }

    @Test
    void projectorModeKeepsTheLessonInLargeType() {
        modes.start(Activity.LESSON);
        modes.projectorProperty().set(true);

        Layout l = modes.layout();
        assertTrue(l.stepPanel(), "the lesson's panel");
        assertTrue(l.largeType());
        assertTrue(l.inspector(), "the step's view under the lesson, as in step mode");
        assertTrue(l.stepBeside(), "the lesson in the band over the inspector");
    }

    @Test
    void stepModeEndsTheLesson() {
        modes.conversationShownProperty().set(true);
        modes.start(Activity.LESSON);

        modes.start(Activity.STEPS);

        assertFalse(modes.isOn(Activity.LESSON));
    }
}
