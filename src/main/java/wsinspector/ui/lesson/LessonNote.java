package wsinspector.ui.lesson;

import java.util.List;

import wsinspector.ui.I18n;
import wsinspector.ui.live.Note;

/**
 * What the lesson panel says went wrong with a step, kept as a key of the lesson bundle and its arguments so it
 * is said again in the other language after a switch. An argument that is a live pane's {@link Note} (why a
 * connection failed) is said through the window's bundles.
 */
public record LessonNote(String key, List<Object> args) {
    public LessonNote {
        args = List.copyOf(args);
    }

    static LessonNote of(String key, Object... args) {
        return new LessonNote(key, List.of(args));
    }

    public String in(I18n i18n) {
        LessonWords words = LessonWords.of(i18n);
        Object[] said = args.stream().map(a -> a instanceof Note n ? n.in(i18n)
                : a instanceof Word w ? words.t(w.key()) : a).toArray();
        return words.t(key, said);
    }

    /** An argument that is itself a word of the lesson bundle ("from the client"). */
    record Word(String key) {
    }

    /** A failure that already is a lesson note, or one a live pane would show. */
    static final class Failure extends RuntimeException {
        private final transient LessonNote note;

        Failure(LessonNote note) {
            super(note.key(), null, false, false);
            this.note = note;
        }

        LessonNote note() {
            return note;
        }
    }
}
