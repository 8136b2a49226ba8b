package wsinspector.ui.exercise;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import wsinspector.exercise.ExerciseTexts;
import wsinspector.ui.I18n;

/**
 * The exercise windows' words in the window's language: their own labels, and the exercises'
 * sentences ({@link ExerciseTexts}), both following the language switch.
 */
final class ExerciseLabels {
    private static final String BUNDLE = "wsinspector.ui.exercise.ExerciseLabels";

    private final I18n i18n;

    ExerciseLabels(I18n i18n) {
        this.i18n = i18n;
    }

    I18n i18n() {
        return i18n;
    }

    String t(String key, Object... args) {
        Locale locale = effective();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Reads the bundle for the locale the property holds now, so no listener order can give the old language. */
    StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> t(key, args), i18n.localeProperty());
    }

    ExerciseTexts texts() {
        return ExerciseTexts.forLocale(effective());
    }

    private Locale effective() {
        return i18n.isRussian() ? I18n.RUSSIAN : Locale.ROOT;
    }
}
