package wsinspector.capture;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

import wsinspector.explain.Explanations;
import wsinspector.protocol.Phrase;

/**
 * An input that cannot be read. It carries words as data ({@link #phrase()}: a bundle key under
 * {@code unreadable.} or {@code dump.}, with the file's name, the line, the column, the bytes as arguments)
 * so that the command line and the window say it in their reader's language; the sentence names the file,
 * where and what was wrong, and says what to do. {@link #getMessage()} is the English sentence, for logs
 * and tests; people are shown {@code Explanations#phrase(phrase())}.
 */
public final class DumpException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Phrase phrase;

    public DumpException(Phrase phrase) {
        this(phrase, null);
    }

    public DumpException(Phrase phrase, Throwable cause) {
        super(phrase.key(), cause);
        this.phrase = phrase;
    }

    /** "cannot read {name}: …" for a failure of reading, in words where the kind of failure is known. */
    public static DumpException unreadable(String name, Exception e) {
        if (e instanceof NoSuchFileException absent) {
            String where = absent.getFile() == null ? name : Path.of(absent.getFile()).toAbsolutePath().toString();
            return new DumpException(Phrase.of("unreadable.no-such-file", name, where), e);
        }
        if (e instanceof AccessDeniedException) {
            return new DumpException(Phrase.of("unreadable.denied", name), e);
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            // what a gzip stream that is cut or damaged throws
            return new DumpException(Phrase.of("unreadable.cut", name), e);
        }
        // The operating system's own words (a disk error, …) as they come: the sentence around them is translated.
        return new DumpException(Phrase.of("unreadable.io", name, String.valueOf(e.getMessage())), e);
    }

    /** What went wrong, as words to be said in the reader's language. */
    public Phrase phrase() {
        return phrase;
    }

    /** The English sentence, for logs and tests. */
    @Override
    public String getMessage() {
        return Explanations.forLanguage("en").phrase(phrase);
    }
}
