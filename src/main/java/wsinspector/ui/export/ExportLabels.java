package wsinspector.ui.export;

import javafx.beans.binding.StringBinding;
import wsinspector.export.Words;
import wsinspector.ui.I18n;
import wsinspector.ui.PackageWords;

/** The export dialog's words in the window's language (wsinspector/ui/export/ExportLabels*.properties). */
final class ExportLabels {
    private final I18n i18n;
    private final PackageWords labels;

    ExportLabels(I18n i18n) {
        this.i18n = i18n;
        this.labels = new PackageWords(i18n, "wsinspector.ui.export.ExportLabels");
    }

    I18n i18n() {
        return i18n;
    }

    boolean russian() {
        return i18n.isRussian();
    }

    String t(String key, Object... args) {
        return labels.t(key, args);
    }

    StringBinding bind(String key) {
        return labels.bind(key);
    }

    /** The handouts' own words in the window's language, for their error sentences. */
    Words words() {
        return Words.forLanguage(i18n.isRussian() ? "ru" : "en");
    }
}
