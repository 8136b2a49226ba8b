package wsinspector.ui.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import wsinspector.export.Words;
import wsinspector.ui.I18n;

/** The export dialog's words in the window's language (wsinspector/ui/export/ExportLabels*.properties). */
final class ExportLabels {
    private static final String BUNDLE = "wsinspector.ui.export.ExportLabels";

    private final I18n i18n;

    ExportLabels(I18n i18n) {
        this.i18n = i18n;
    }

    I18n i18n() {
        return i18n;
    }

    boolean russian() {
        return i18n.isRussian();
    }

    String t(String key, Object... args) {
        Locale locale = i18n.isRussian() ? I18n.RUSSIAN : Locale.ROOT;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    StringBinding bind(String key) {
        return Bindings.createStringBinding(() -> t(key), i18n.localeProperty());
    }

    /** The handouts' own words in the window's language, for their error sentences. */
    Words words() {
        return Words.forLanguage(i18n.isRussian() ? "ru" : "en");
    }
}
