package wsinspector.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * The words of one part of the window kept in a bundle of its own package (exercises, handouts, the lesson),
 * in the window's language and following its switch. Bindings read the bundle for the locale the property
 * holds when they compute, so no listener order can give them the old language.
 */
public final class PackageWords {
    private final I18n i18n;
    private final String bundle;

    public PackageWords(I18n i18n, String bundle) {
        this.i18n = i18n;
        this.bundle = bundle;
    }

    /** A package's bundle for a language: Russian, or the English of the base file; never the JVM's own locale. */
    public static ResourceBundle bundle(String name, Locale locale) {
        Locale effective = "ru".equals(locale.getLanguage()) ? I18n.RUSSIAN : Locale.ROOT;
        return ResourceBundle.getBundle(name, effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public I18n i18n() {
        return i18n;
    }

    public String t(String key, Object... args) {
        Locale locale = i18n.locale();
        String pattern = bundle(bundle, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> t(key, args), i18n.localeProperty());
    }
}
