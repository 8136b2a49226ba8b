package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.Phrase;
import wsinspector.ui.I18n;
import wsinspector.ui.lesson.LessonNote;

/**
 * A failure shown in a pane or in the lesson panel is said in the reader's language: "Сейчас это невозможно: the
 * client is not connected" came from an English exception message, and a lesson step that failed on a refused
 * handshake printed its phrase's record instead of the sentence.
 */
class NotesInTheReadersLanguageTest {
    private final I18n russian = new I18n(I18n.RUSSIAN);

    @Test
    void anActionAtTheWrongMomentSaysWhyInRussian() {
        Note note = Errors.note(new CompletionException(new Unavailable("live.error.state.notConnected", "not connected")));
        assertEquals("live.error.state", note.key());
        assertEquals("Сейчас это невозможно: клиент не подключён", note.in(russian));
    }

    @Test
    void theLessonPanelSaysAPanesNoteWithItsPhrase() {
        Note refused = Note.error("live.error.said", Phrase.of("net.conn.idle", Phrase.of("net.duration.s", 600)));
        String said = new LessonNote("note.failed", List.of(refused)).in(russian);
        assertEquals(true, said.contains("бездействие дольше 600 с"), said);
        assertEquals(false, said.contains("Phrase"), said);
    }
}
