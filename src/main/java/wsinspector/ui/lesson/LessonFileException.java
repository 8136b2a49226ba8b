package wsinspector.ui.lesson;

import java.util.List;

/**
 * A lesson file that cannot be used, said in one line that names the file and the step: a phrase of the
 * lesson bundle ({@code file.error.*}) with its arguments, so the window says it in the lecturer's language.
 * {@link #getMessage()} is the English sentence.
 */
public final class LessonFileException extends Exception {
    private final String key;
    private final List<Object> args;

    LessonFileException(String key, Object... args) {
        super(LessonWords.english().t(key, args));
        this.key = key;
        this.args = List.of(args);
    }

    /** The bundle key of the sentence ({@code file.error.json}…). */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The sentence in the words' language. */
    public String in(LessonWords words) {
        return words.t(key, args.toArray());
    }
}
