package wsinspector.net;

import java.time.Duration;
import java.util.List;

import wsinspector.explain.Explanations;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * Why an echo-server connection was refused or ended, as phrases ({@code net.*} keys of the explanations bundle):
 * the window says it in the reader's language, {@code serve} and the wire in English ({@link WireText}).
 */
final class ConnectionWords {
    private ConnectionWords() {
    }

    /** What the peer's close frame said, as it said it (data, never translated). */
    static Phrase peerSaid(String reason) {
        return reason == null || reason.isEmpty() ? null : Phrase.of("net.conn.reason", reason);
    }

    static Phrase noHandshake(Duration timeout) {
        return Phrase.of("net.conn.no-handshake", duration(timeout));
    }

    static Phrase closedBeforeHandshake() {
        return Phrase.of("net.conn.closed-before-handshake");
    }

    static Phrase idle(Duration timeout) {
        return Phrase.of("net.conn.idle", duration(timeout));
    }

    /** TCP ended (or failed) with no closing handshake; {@code detail} is the system's own words, if any. */
    static Phrase lost(String detail) {
        return detail == null || detail.isEmpty() ? Phrase.of("net.conn.lost.eof") : Phrase.of("net.conn.lost", detail);
    }

    static Phrase shuttingDown() {
        return Phrase.of("net.conn.shutting-down");
    }

    static Phrase legacyClosingHandshake() {
        return Phrase.of("net.conn.legacy-close");
    }

    static Phrase headTooLong(int max) {
        return Phrase.of("net.refused.head-too-long", max);
    }

    static Phrase pendingBusy(int max) {
        return Phrase.of("net.refused.pending", max);
    }

    /** A client that does not read what it is sent: {@code queued} bytes waited for longer than {@code timeout}. */
    static Phrase notReading(long queued, Duration timeout) {
        return Phrase.of("net.conn.not-reading", queued, duration(timeout));
    }

    /** More than {@code max} bytes wait for a client that does not read: reading from it paused. */
    static Phrase readingPaused(long max) {
        return Phrase.of("net.conn.reading-paused", max);
    }

    /** Something failed inside the server ({@code key} names what), in the system's words if any. */
    static Phrase fault(String key, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Phrase.of("net.fault." + key, detail);
    }

    static Phrase busy(int max) {
        return Phrase.of("net.refused.busy", max);
    }

    static Phrase perAddress(int max) {
        return Phrase.of("net.refused.per-address", max);
    }

    /** A broken rule in the reader's words, as the window and decode say it: its sentence, what was seen, its section. */
    static Phrase verdict(Problem p) {
        return Explanations.verdictPhrase(p);
    }

    /** Several broken rules, one after the other (each is whole sentences). */
    static Phrase verdicts(List<Problem> problems) {
        Phrase all = verdict(problems.get(problems.size() - 1));
        for (int i = problems.size() - 2; i >= 0; i--) {
            all = Phrase.of("net.verdicts", verdict(problems.get(i)), all);
        }
        return all;
    }

    /** "10 s", or "300 ms" below a second (a test's short timeout). */
    static Phrase duration(Duration d) {
        return d.toMillis() < 1000 ? Phrase.of("net.duration.ms", d.toMillis()) : Phrase.of("net.duration.s", d.toSeconds());
    }
}
