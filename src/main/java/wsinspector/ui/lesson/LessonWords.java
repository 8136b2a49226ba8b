package wsinspector.ui.lesson;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import wsinspector.ui.I18n;
import wsinspector.ui.PackageWords;

/**
 * The lesson's own words ({@code wsinspector/ui/lesson/LessonLabels}, English and Russian): the panel's
 * buttons and notes and the lesson file's error sentences. Kept apart from the window's bundles so that
 * the lesson is one package; the lessons' texts themselves are in the lesson files.
 */
public final class LessonWords {
    private static final String BUNDLE = "wsinspector.ui.lesson.LessonLabels";
    private final ResourceBundle bundle;
    private final Locale locale;

    private LessonWords(Locale locale) {
        this.bundle = PackageWords.bundle(BUNDLE, locale);
        this.locale = locale;
    }

    public static LessonWords of(Locale locale) {
        return new LessonWords(locale);
    }

    public static LessonWords english() {
        return new LessonWords(I18n.ENGLISH);
    }

    /** The text of a key; the key itself when absent, so a gap is visible. */
    public String t(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The words of the window's language now. */
    public static LessonWords of(I18n i18n) {
        return of(i18n.locale());
    }

    /** A text that follows the window's language. */
    public static StringBinding bind(I18n i18n, String key, Object... args) {
        return Bindings.createStringBinding(() -> of(i18n.locale()).t(key, args), i18n.localeProperty());
    }
}
