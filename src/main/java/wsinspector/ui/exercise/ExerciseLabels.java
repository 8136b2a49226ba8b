package wsinspector.ui.exercise;

import javafx.beans.binding.StringBinding;
import wsinspector.exercise.ExerciseTexts;
import wsinspector.ui.I18n;
import wsinspector.ui.PackageWords;

/**
 * The exercise windows' words in the window's language: their own labels, and the exercises'
 * sentences ({@link ExerciseTexts}), both following the language switch.
 */
final class ExerciseLabels {
    private final PackageWords words;

    ExerciseLabels(I18n i18n) {
        this.words = new PackageWords(i18n, "wsinspector.ui.exercise.ExerciseLabels");
    }

    I18n i18n() {
        return words.i18n();
    }

    String t(String key, Object... args) {
        return words.t(key, args);
    }

    StringBinding bind(String key, Object... args) {
        return words.bind(key, args);
    }

    ExerciseTexts texts() {
        return ExerciseTexts.forLocale(words.i18n().locale());
    }
}
