package wsinspector.ui.live;

/**
 * An action asked for at a moment it cannot be done (send with no connection, start what runs already). Why is a
 * label key, so the note says it in the reader's language; the message stays English for a log.
 */
final class Unavailable extends IllegalStateException {
    private final String key;

    Unavailable(String key, String english) {
        super(english);
        this.key = key;
    }

    /** Why, to be said in the reader's language. */
    Note.Key why() {
        return new Note.Key(key);
    }
}
