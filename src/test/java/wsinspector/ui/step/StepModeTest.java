package wsinspector.ui.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/** Step mode's model and the lesson each step tells, without a toolkit. */
class StepModeTest {
    private static final List<Message> NOTES = Dissector.dissect(SampleDumps.courseNotes()).messages();

    @Test
    void startsBeforeTheFirstMessageWithTheConnectingLesson() {
        StepMode steps = new StepMode();
        steps.start(FXCollections.observableArrayList(NOTES));
        assertTrue(steps.isActive());
        assertEquals("0 / 8", steps.counter());
        assertEquals(List.of("lesson.connect"), steps.lessonKeys());
        assertNull(steps.currentProperty().get());
        assertTrue(steps.shown().isEmpty());
    }

    @Test
    void nextAndBackWalkOneMessageAtATime() {
        StepMode steps = new StepMode();
        steps.start(FXCollections.observableArrayList(NOTES));
        steps.next();
        steps.next();
        steps.next();
        steps.next();
        assertEquals("3 / 8", steps.counter());
        assertEquals(NOTES.subList(0, 3), List.copyOf(steps.shown()));
        assertEquals(NOTES.get(2), steps.currentProperty().get());
        steps.back();
        assertEquals("2 / 8", steps.counter());
        assertEquals(NOTES.get(1), steps.currentProperty().get());
    }

    /** The answer tells two lessons, one page each, so that each fits the projector's screen. */
    @Test
    void aMessageWithTwoLessonsTurnsItsPagesBeforeTheNextMessage() {
        StepMode steps = new StepMode();
        steps.start(FXCollections.observableArrayList(NOTES));
        steps.next();
        steps.next();
        assertEquals("2 / 8", steps.counter());
        assertEquals(List.of("lesson.response"), steps.lessonKeys());
        assertTrue(steps.next());
        assertEquals("2 / 8", steps.counter());
        assertEquals(List.of("lesson.accept"), steps.lessonKeys());
        assertEquals(NOTES.subList(0, 2), List.copyOf(steps.shown()), "turning a page sends nothing");
        steps.next();
        assertEquals(List.of("lesson.masking"), steps.lessonKeys());
        steps.back();
        assertEquals(List.of("lesson.accept"), steps.lessonKeys(), "back from the next message: the answer's last page");
        steps.back();
        assertEquals(List.of("lesson.response"), steps.lessonKeys());
        assertEquals("2 / 8", steps.counter());
    }

    @Test
    void nextIsPossibleWhileAPageOrAMessageIsLeft() {
        StepMode steps = new StepMode();
        steps.start(FXCollections.observableArrayList(NOTES.subList(0, 2)));
        steps.next();
        steps.next();
        assertTrue(steps.canNextProperty().get(), "the accept key's page is left");
        steps.next();
        assertFalse(steps.canNextProperty().get());
        assertFalse(steps.next());
    }

    @Test
    void stopsAtBothEnds() {
        StepMode steps = new StepMode();
        steps.start(FXCollections.observableArrayList(NOTES.subList(0, 1)));
        assertFalse(steps.back());
        assertTrue(steps.next());
        assertFalse(steps.next());
        assertEquals("1 / 1", steps.counter());
    }

    @Test
    void theTotalFollowsAGrowingConversation() {
        ObservableList<Message> live = FXCollections.observableArrayList(NOTES.subList(0, 2));
        StepMode steps = new StepMode();
        steps.start(live);
        live.add(NOTES.get(2));
        assertEquals("0 / 3", steps.counter());
    }

    @Test
    void stoppingClearsTheSteps() {
        StepMode steps = new StepMode();
        steps.start(FXCollections.observableArrayList(NOTES));
        steps.next();
        steps.stop();
        assertFalse(steps.isActive());
        assertTrue(steps.shown().isEmpty());
        assertFalse(steps.next());
    }

    @ParameterizedTest(name = "message {0} teaches {1}")
    @CsvSource({
        "0, lesson.request",
        "1, lesson.response lesson.accept",
        "2, lesson.masking",
        "3, lesson.frames",
        "4, lesson.pingpong",
        "5, lesson.pingpong",
        "6, lesson.close",
        "7, lesson.close"})
    void eachKindOfMessageHasItsLesson(int index, String keys) {
        assertEquals(List.of(keys.split(" ")), Lessons.forMessage(NOTES.get(index)));
    }

    @Test
    void legacyMessagesTeachTheOldFraming() {
        List<Message> hixie = Dissector.dissect(SampleDumps.hixie76()).messages();
        // the request carries hixie-76's challenge (Key1, Key2, 8 bytes): its lesson, not the framing's (W9-5)
        assertEquals(List.of("lesson.challenge"), Lessons.forMessage(hixie.get(0)));
        assertEquals(List.of("lesson.legacy"), Lessons.forMessage(hixie.get(2)));
    }

    @Test
    void everyLessonHasATitleAndATextInBothLanguages() {
        for (I18n i18n : List.of(new I18n(I18n.ENGLISH), new I18n(I18n.RUSSIAN))) {
            for (String key : List.of("lesson.connect", "lesson.request", "lesson.response", "lesson.accept",
                    "lesson.frames", "lesson.masking", "lesson.pingpong", "lesson.close", "lesson.fragmentation",
                    "lesson.legacy")) {
                assertFalse(i18n.t(key + ".title").equals(key + ".title"), key);
                assertFalse(i18n.t(key + ".explain").equals(key + ".explain"), key);
            }
        }
    }
}
