package wsinspector.net;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import wsinspector.explain.Explanations;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * What the echo server tells its peers in words (a close frame's reason, a refused handshake's body, the payload of
 * the ping a student's page asked for), in the language of whoever runs it: the window's reader, whose own client
 * and timeline show those words beside the server pane's for the same event, or {@code serve}'s {@code --lang}, whose
 * students read them in their browsers. A close reason is cut to the 123 bytes of UTF-8 a close frame may hold (RFC
 * 6455 §5.5): a Cyrillic letter takes two.
 */
final class PeerWords {
    static final PeerWords ENGLISH = new PeerWords(Explanations.forLanguage("en"));

    private final Explanations words;

    private PeerWords(Explanations words) {
        this.words = words;
    }

    /** The words of {@code language}: Russian for {@code ru}, English for any other. */
    static PeerWords in(Locale language) {
        return "ru".equals(language.getLanguage()) ? new PeerWords(Explanations.forLocale(language)) : ENGLISH;
    }

    /** Why the server closes (idle, shutting down, a passed limit), as a close frame's reason. */
    String closeReason(Phrase why) {
        return ProtocolFailure.fitReason(say(why));
    }

    /** The rule a client broke, as a close frame's reason: its id (in English only) and section, then what was seen. */
    String closeReason(Problem broken) {
        return ProtocolFailure.fitReason(name(broken));
    }

    /** Why a handshake is refused, whole (an answer's body has no length limit). */
    String say(Phrase why) {
        return words.phrase(why);
    }

    /** A ping's payload when a student's page asked for it: "asked by the page", well under a ping's 125 bytes. */
    byte[] askedByThePage() {
        return say(Phrase.of("net.ping.asked-by-page")).getBytes(StandardCharsets.UTF_8);
    }

    /** The rules a request broke, "a; b; c". */
    String say(List<Problem> broken) {
        return broken.stream().map(this::name).collect(Collectors.joining("; "));
    }

    /** English keeps the rule's id that programs match on; other languages lead with the section, not an English slug. */
    private String name(Problem broken) {
        return this == ENGLISH ? WireText.of(broken, words) : WireText.forReader(broken, words);
    }
}
