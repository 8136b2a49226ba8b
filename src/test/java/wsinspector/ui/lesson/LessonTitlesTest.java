package wsinspector.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The lesson panel puts the step's number before its title, under the counter "3 / 25": a built-in title that began
 * with the notes' own section number read "3. 2. Host: какой сервер имеется в виду" on the projector (W5-9). The
 * section is named as a section instead ("Раздел 2 · Host: …").
 */
class LessonTitlesTest {
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d+[.)]\\s.*");

    @Test
    void noBuiltInStepTitleBeginsWithABareNumber() {
        List<String> numbered = new ArrayList<>();
        for (BuiltInLessons b : BuiltInLessons.values()) {
            for (LessonStep s : b.load().steps()) {
                for (String title : List.of(s.title().en(), s.title().ru())) {
                    if (title != null && BARE_NUMBER.matcher(title).matches()) {
                        numbered.add(b + ": " + title);
                    }
                }
            }
        }
        assertEquals(List.of(), numbered);
    }
}
