package wsinspector.capture;

/**
 * A dump that cannot be read. The message is for people: it names the file, the line and what was
 * wrong, and says what to do; it is shown as it is, without a stack trace.
 */
public final class DumpException extends Exception {
    private static final long serialVersionUID = 1L;

    public DumpException(String message) {
        super(message);
    }

    public DumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
