package wsinspector.capture;

import wsinspector.protocol.Phrase;

import java.nio.charset.StandardCharsets;

/**
 * One line of a text dump, with what a message about it needs: the file's name and the line number.
 *
 * @param file   the file's name as messages show it
 * @param number the line number, from 1
 * @param text   the line without its line break, one char per byte (ISO-8859-1), so a column is a byte index + 1
 */
record DumpLine(String file, int number, String text) {
    private static final int SHOWN_CHARS = 60;
    static final Phrase FIX_OR_COMMENT = Phrase.of("dump.fix.or-comment");

    boolean isBlank() {
        return text.isBlank();
    }

    /** An error about this line: "dump.txt line 7: {what}. {whatToDo}", each part a phrase of its own. */
    DumpException error(Phrase what, Phrase whatToDo) {
        return new DumpException(Phrase.of("dump.line", file, number, what, whatToDo));
    }

    /** The line as a person typed it (UTF-8), in quotes, shortened if long: literal data in a sentence. */
    String quoted() {
        String shown = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).strip();
        if (shown.length() > SHOWN_CHARS) {
            shown = shown.substring(0, SHOWN_CHARS) + "…";
        }
        return "\"" + shown + "\"";
    }
}
