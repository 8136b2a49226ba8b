package wsinspector.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import wsinspector.explain.Explanations;

/**
 * Every word of a handout in one language: the handouts' own texts (wsinspector/export/ExportTexts*.properties)
 * and the fields' names and explanations ({@link Explanations}).
 */
public final class Words {
    public static final String BUNDLE = "wsinspector.export.ExportTexts";

    private final Explanations explanations;
    private final ResourceBundle own;

    private Words(Explanations explanations) {
        this.explanations = explanations;
        this.own = ResourceBundle.getBundle(BUNDLE, explanations.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code en} or {@code ru} (English for anything else). */
    public static Words forLanguage(String code) {
        return new Words(Explanations.forLanguage(code));
    }

    public static Words forLocale(Locale locale) {
        return new Words(Explanations.forLocale(locale));
    }

    public Locale locale() {
        return explanations.locale();
    }

    /** {@code en} or {@code ru}. */
    public String language() {
        return explanations.locale().getLanguage().equals("ru") ? "ru" : "en";
    }

    public Explanations explanations() {
        return explanations;
    }

    /** Whether the handouts' bundle has the key. */
    public boolean has(String key) {
        return own.containsKey(key);
    }

    /** A handout text with its arguments; numbers as plain digits (byte 65536, not 65,536). */
    public String t(String key, Object... args) {
        String pattern = own.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, locale()).format(plain);
    }
}
