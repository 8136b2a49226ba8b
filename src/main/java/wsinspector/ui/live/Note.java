package wsinspector.ui.live;

import java.util.List;

/**
 * A line a pane shows (a state, an error, a confirmation) kept as a bundle key and its arguments, so that it
 * is rendered in the current language and re-rendered when the language changes.
 *
 * @param key   the label key, e.g. {@code live.client.state.open}
 * @param args  the {@code {0}}-style arguments
 * @param error whether it reports something that went wrong (shown in the danger colour)
 */
public record Note(String key, List<Object> args, boolean error) {
    public Note {
        args = List.copyOf(args);
    }

    public static Note info(String key, Object... args) {
        return new Note(key, List.of(args), false);
    }

    public static Note error(String key, Object... args) {
        return new Note(key, List.of(args), true);
    }

    public Object[] argArray() {
        return args.toArray();
    }

    /** An argument that is itself a label key, translated when the note is shown (e.g. a close code's name). */
    public record Key(String key) {
    }
}
