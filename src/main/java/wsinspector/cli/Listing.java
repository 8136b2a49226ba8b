package wsinspector.cli;

import wsinspector.capture.DumpFormat;
import wsinspector.dissect.Message;

/**
 * What {@code decode} prints, fed as the dissector finds each message: nothing is collected first,
 * so a capture of a million frames costs the memory of one message at a time.
 */
interface Listing {
    /** Called once, before any message, when the file's format is known. */
    void begin(String fileName, DumpFormat format);

    void message(Message m);

    /** Called once, after the last message. */
    void end();

    /** Passes on what is written so far, when reading stops short (the messages before an unreadable part). */
    default void flush() {
    }
}
