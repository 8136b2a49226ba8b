package wsinspector.ui.lesson;

import java.util.List;

/**
 * A guided lesson: steps over the window's live session, each with its action, the message and field it
 * points at, and its text in English and Russian. Read from a lesson file ({@link LessonReader}).
 *
 * @param source where it was read from (a file name, or the built-in lesson's name), for messages
 */
public record Lesson(String source, Bilingual title, List<LessonStep> steps) {
    public Lesson {
        steps = List.copyOf(steps);
    }
}
