package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import wsinspector.ui.window.Layout.ClientSide;

/** The window's modes, without the toolkit: one activity at a time, and what each puts on screen. */
class WindowModelTest {
    private final WindowModel modes = new WindowModel();

    @Test
    void aNewWindowShowsTheClientTheServerAndTheInspector() {
        assertEquals(Activity.CLIENT, modes.activityProperty().get());
        assertEquals(new Layout(ClientSide.CLIENT, true, false, true, false, true, false), modes.layout());
    }

    @Test
    void startingOneActivityEndsTheOther() {
        modes.start(Activity.LIVE_STEPPER);
        assertTrue(modes.start(Activity.FRAME_BUILDER));

        assertTrue(modes.isOn(Activity.FRAME_BUILDER));
        assertFalse(modes.isOn(Activity.LIVE_STEPPER));
        assertEquals(ClientSide.FRAME_BUILDER, modes.layout().clientSide());
    }

    @Test
    void stepModeNeedsAConversationOnScreen() {
        assertFalse(modes.start(Activity.STEPS), "nothing to step through");
        assertEquals(Activity.CLIENT, modes.activityProperty().get());

        modes.conversationShownProperty().set(true);
        assertTrue(modes.start(Activity.STEPS));
        assertTrue(modes.layout().stepPanel());
        assertEquals(ClientSide.CLIENT, modes.layout().clientSide(), "the client stays in its place beside step mode");
    }

    @Test
    void anotherConversationOnScreenEndsStepMode() {
        modes.conversationShownProperty().set(true);
        modes.start(Activity.STEPS);

        modes.conversationChanged();

        assertEquals(Activity.CLIENT, modes.activityProperty().get());
        assertFalse(modes.layout().stepPanel());
    }

    @Test
    void aCaptureHidesTheLivePanesAndLiveTrafficBringsThemBack() {
        modes.captureOpened();
        assertEquals(new Layout(ClientSide.HIDDEN, false, false, true, false, true, false), modes.layout());

        modes.liveTrafficStarted();
        assertEquals(ClientSide.CLIENT, modes.layout().clientSide());
        assertTrue(modes.layout().server());
    }

    @Test
    void aLiveActivityBringsThePanesBack() {
        modes.captureOpened();

        modes.toggle(Activity.LIVE_STEPPER);

        assertFalse(modes.panesHiddenProperty().get());
        assertEquals(ClientSide.LIVE_STEPPER, modes.layout().clientSide());
    }

    @Test
    void projectorModeKeepsTheTimelineAndTheInspectorsTabsInLargeType() {
        modes.projectorProperty().set(true);

        assertEquals(new Layout(ClientSide.HIDDEN, false, false, true, true, false, true), modes.layout());
        assertFalse(modes.tabsEnlargedProperty().get(), "leaving projector mode gives back the inspector as it was");
    }

    @Test
    void projectorModeInStepModeShowsTheLessonBesideTheTimelineAndTheInspectorForTheStepsView() {
        modes.conversationShownProperty().set(true);
        modes.start(Activity.STEPS);
        modes.projectorProperty().set(true);

        Layout l = modes.layout();
        assertTrue(l.stepPanel());
        assertTrue(l.inspector(), "the view the step talks about (the accept computation, the masking table)");
        assertFalse(l.inspectorEnlarged(), "the inspector stands the step's view alone itself");
        assertTrue(l.stepBeside());
        assertEquals(ClientSide.HIDDEN, l.clientSide());
        assertTrue(l.largeType());
    }

    @Test
    void projectorModeKeepsTheLiveStepperForItsExplanationAndTheInspectorForTheViewItNames() {
        modes.start(Activity.LIVE_STEPPER);
        modes.projectorProperty().set(true);

        assertEquals(new Layout(ClientSide.LIVE_STEPPER, false, false, true, false, false, true), modes.layout());
        assertTrue(modes.layout().stepperCard(), "the card over the inspector, as step mode's lesson");
    }

    @Test
    void theFrameBuilderAndProjectorModeExcludeEachOther() {
        modes.start(Activity.FRAME_BUILDER);
        modes.projectorProperty().set(true);
        assertEquals(Activity.CLIENT, modes.activityProperty().get(), "a form to fill in is no slide");

        modes.start(Activity.FRAME_BUILDER);
        assertFalse(modes.projectorProperty().get());
    }

    @Test
    void toggleTurnsAnActivityOffBackToTheClient() {
        modes.toggle(Activity.FRAME_BUILDER);
        modes.toggle(Activity.FRAME_BUILDER);

        assertEquals(Activity.CLIENT, modes.activityProperty().get());
    }

    @Test
    void ctrlHWhileTheFrameBuilderIsOnHidesItToo() {
        modes.start(Activity.FRAME_BUILDER);
        modes.panesHiddenProperty().set(true);

        assertEquals(ClientSide.HIDDEN, modes.layout().clientSide());
        assertTrue(modes.isOn(Activity.FRAME_BUILDER), "the builder is still on, out of sight");
    }
}
