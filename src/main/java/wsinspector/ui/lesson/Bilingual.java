package wsinspector.ui.lesson;

import java.util.Locale;

/**
 * A text of a lesson in English and Russian, as the lesson file gives it. A teacher may write one
 * language only: the other then shows the same text rather than nothing.
 */
public record Bilingual(String en, String ru) {

    public Bilingual {
        en = en == null ? "" : en;
        ru = ru == null ? "" : ru;
        if (en.isEmpty()) {
            en = ru;
        }
        if (ru.isEmpty()) {
            ru = en;
        }
    }

    /** The text in this language (Russian for "ru", English otherwise). */
    public String in(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? ru : en;
    }

    public boolean isEmpty() {
        return en.isEmpty();
    }
}
