package wsinspector.ui.window;

import wsinspector.dissect.Message;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.IndexedMessages;
import wsinspector.ui.session.Session;
import wsinspector.ui.step.StepMode;
import wsinspector.ui.timeline.TimelineView;

/**
 * What the timeline shows as F5 step mode starts and ends: the steps reached, from nothing chosen; then the whole
 * conversation again, the message the last step was about still chosen and in view.
 */
final class StepsOnTimeline {
    private final StepMode steps;
    private final Session session;
    private final TimelineView timeline;

    StepsOnTimeline(StepMode steps, Session session, TimelineView timeline) {
        this.steps = steps;
        this.session = session;
        this.timeline = timeline;
    }

    /** Step mode starts over the conversation on screen: the timeline shows only the steps reached. */
    void start() {
        steps.start(session.current().messages());
        timeline.setMessages(steps.shown());
        session.select(null);
    }

    /**
     * Step mode ends: the whole conversation, the message the step was about still chosen and in view, not the
     * newest (unless the steps ended because another conversation came on screen).
     */
    void leave() {
        Message discussed = steps.currentProperty().get();
        steps.stop();
        Conversation c = session.current();
        timeline.setMessages(c == null ? null : c.messages());
        if (discussed != null && c != null && IndexedMessages.rowOf(discussed, c.messages()) >= 0) {
            session.select(discussed);
        }
    }
}
