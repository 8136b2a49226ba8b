package wsinspector.net;

import java.util.Locale;

import wsinspector.explain.Explanations;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * The reasons the echo server writes in its close frames, in the language of whoever runs it: the window's reader,
 * whose own client quotes the reason beside the server pane's words for the same end, or {@code serve}'s
 * {@code --lang}, whose students read it in their browsers. Each is cut to the 123 bytes of UTF-8 a close frame's
 * reason may hold (RFC 6455 §5.5): a Cyrillic letter takes two.
 */
final class CloseWords {
    static final CloseWords ENGLISH = new CloseWords(Explanations.forLanguage("en"));

    private final Explanations words;

    private CloseWords(Explanations words) {
        this.words = words;
    }

    /** The words of {@code language}: Russian for {@code ru}, English for any other. */
    static CloseWords in(Locale language) {
        return "ru".equals(language.getLanguage()) ? new CloseWords(Explanations.forLocale(language)) : ENGLISH;
    }

    /** Why the server closes (idle, shutting down, a passed limit). */
    String of(Phrase why) {
        return ProtocolFailure.fitReason(words.phrase(why));
    }

    /** The rule a client broke: its id and section, then what was seen. */
    String of(Problem broken) {
        return ProtocolFailure.fitReason(WireText.of(broken, words));
    }
}
