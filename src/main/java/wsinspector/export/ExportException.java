package wsinspector.export;

import java.util.List;

/**
 * Why a handout cannot be made (no such message, a view that does not fit the message), as a key of the
 * handouts' bundle and its arguments: the command line and the window say it in the reader's language.
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public ExportException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    /** The one-line sentence in the words' language. */
    public String sentence(Words words) {
        return words.t(key, args.toArray());
    }
}
