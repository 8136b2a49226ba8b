package wsinspector.ui.live;

import java.util.List;

import wsinspector.protocol.Phrase;
import wsinspector.ui.I18n;

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

    /** The note's text in {@code i18n}'s language, its {@link Key} and phrase arguments said in that language too. */
    public String in(I18n i18n) {
        Object[] said = args.stream().map(a -> a instanceof Key k ? i18n.t(k.key())
                : a instanceof Phrase p ? i18n.explanations().phrase(p) : a).toArray();
        return i18n.t(key, said);
    }

    /** An argument that is itself a label key, translated when the note is shown (e.g. a close code's name). */
    public record Key(String key) {
    }
}
