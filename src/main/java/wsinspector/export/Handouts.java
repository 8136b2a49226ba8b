package wsinspector.export;

import java.util.function.Predicate;

import wsinspector.dissect.Direction;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;

/**
 * Makes the handout of a view for a conversation, checking first that the message exists and that the view
 * fits it (a masking table needs a masked frame). Without a message number, a message view shows the first
 * message it fits.
 */
public final class Handouts {
    private Handouts() {
    }

    /**
     * @param number the message as the timeline numbers it (from 1), or null for the first one the view fits
     */
    public static Handout make(ExportSource source, ExportView view, Integer number, Words words) throws ExportException {
        if (source.messages().isEmpty()) {
            throw new ExportException("error.empty", source.name());
        }
        if (number != null && source.message(number) == null) {
            throw new ExportException("error.noMessage", number, source.name(), source.messages().size());
        }
        return switch (view) {
            case SEQUENCE -> SequenceSheet.make(source, words);
            case FRAME -> FrameSheet.make(source, pick(source, number, FrameSheet::fits, "frame", words), words);
            case MASKING -> MaskingSheet.make(source, pick(source, number, MaskingSheet::fits, "masking", words), words);
            case COMPARISON -> ComparisonSheet.make(source,
                    pick(source, number, ComparisonSheet::fits, "comparison", words), words);
            case HANDSHAKE -> HandshakeSheet.make(source,
                    pick(source, number, HandshakeSheet::fits, "handshake", words), words);
        };
    }

    /** Whether the view can show this message (the sequence shows any). */
    public static boolean fits(ExportView view, Message m) {
        return switch (view) {
            case SEQUENCE -> true;
            case FRAME -> FrameSheet.fits(m);
            case MASKING -> MaskingSheet.fits(m);
            case COMPARISON -> ComparisonSheet.fits(m);
            case HANDSHAKE -> HandshakeSheet.fits(m);
        };
    }

    private static int pick(ExportSource source, Integer number, Predicate<Message> fits, String view, Words words)
            throws ExportException {
        if (number != null) {
            Message m = source.message(number);
            if (!fits.test(m)) {
                throw new ExportException(unfitKey(view, m), number, Subtitles.summary(m, words));
            }
            return number;
        }
        for (int i = 1; i <= source.messages().size(); i++) {
            if (fits.test(source.message(i))) {
                return i;
            }
        }
        throw new ExportException("error.none." + view, source.name());
    }

    /**
     * A frame that is not masked gets its own reason: a server's because only clients mask, a client's because it
     * broke that rule (told "pick a client's frame", the reader of protocol-error.pcapng held one).
     */
    private static String unfitKey(String view, Message m) {
        if (view.equals("masking") && m instanceof FrameMessage f && f.header() != null) {
            if (f.header().masked()) {
                return "error.masking.empty";
            }
            return m.direction() == Direction.CLIENT_TO_SERVER ? "error.masking.unmasked-client" : "error.masking.unmasked";
        }
        return "error.unfit." + view;
    }
}
