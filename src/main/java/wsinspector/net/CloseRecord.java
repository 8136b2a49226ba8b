package wsinspector.net;

import wsinspector.protocol.Phrase;

/**
 * Why one server connection ended, kept as it happens: the code and reason of the first close frame (sent or
 * received) as on the wire, for the tap and the log, and the same for a person. The first word stays: a close
 * frame's reason is not replaced by what happened after it. Loop thread only.
 */
final class CloseRecord {
    /** The code of the first close frame; -1 while there is none. */
    private int code = -1;
    private String reason = "";
    /** Why, for whoever shows it to a person; null while nothing says why. */
    private Phrase why;

    int code() {
        return code;
    }

    Phrase why() {
        return why;
    }

    /** The first close frame, sent or received: its reason as on the wire and for a person. */
    void firstClose(int closeCode, String wireReason, Phrase forPerson) {
        if (code == -1) {
            code = closeCode;
            reason = wireReason;
            why = forPerson;
        }
    }

    /** Why a connection without a closing handshake ended, unless a close frame or an earlier word said why. */
    void ended(Phrase forPerson) {
        if (code == -1 && reason.isEmpty()) {
            reason = WireText.of(forPerson);
            why = forPerson;
        }
    }

    /** The handshake was refused, with an HTTP status (0: none was sent). */
    void refused(int status, Phrase forPerson) {
        reason = (status > 0 ? "refused with " + status + ": " : "refused: ") + WireText.of(forPerson);
        why = forPerson;
    }
}
