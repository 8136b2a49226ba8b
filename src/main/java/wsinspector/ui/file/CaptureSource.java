package wsinspector.ui.file;

import java.util.OptionalLong;

import wsinspector.capture.DumpException;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.Endpoint;
import wsinspector.dissect.MessageIndex;

/**
 * An input the window opens: it reads itself on the loading thread and tells a {@link Sink} what it holds
 * as it goes, conversation by conversation and message by message, so the window can show the first
 * messages while the rest is still being read. A file is one ({@link FileSource}); a test may give its own.
 */
public interface CaptureSource {
    /** The name the window shows for it (a file's name). */
    String name();

    /**
     * Reads it all, or until the sink says to stop (by throwing {@link java.util.concurrent.CancellationException}).
     *
     * @return how it was read ({@code pcap}, {@code xxd}, {@code HAR}, …)
     * @throws DumpException when it cannot be read, with a message for people
     */
    String read(Sink sink) throws DumpException;

    /** Where a source's findings go, on the loading thread. */
    interface Sink {
        /**
         * A conversation begins; its messages go, in order, to the index returned: as messages, or from a
         * counting dissector ({@code new Dissector(index, index)}) as the plain frames it counts.
         */
        MessageIndex conversation(Found found);

        /** Something the reader noticed: damage, a comment, what the input seems to be. */
        void notice(CaptureNotice notice);

        /** How far the reading got, in units the source chooses (bytes of a file); may stop it when cancelled. */
        void progress(long done, long total);
    }

    /**
     * One conversation of the input.
     *
     * @param stream        its TCP stream number ({@code tcp.stream}), 0 for a dump
     * @param client        the client, null for a dump or a HAR
     * @param server        the server, null when not known
     * @param timeOrigin    what its relative times count from (the capture's first packet), empty when the input has no times
     * @param reconstructed whether its bytes were rebuilt from messages (a HAR), not recorded
     */
    record Found(int stream, Endpoint client, Endpoint server, OptionalLong timeOrigin, boolean reconstructed) {
    }
}
