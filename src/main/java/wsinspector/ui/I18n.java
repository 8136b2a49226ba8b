package wsinspector.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import wsinspector.explain.Explanations;

/**
 * The window's language, switchable at run time. Labels bind to {@link #bind(String)} and follow
 * the switch; views that build text themselves listen to {@link #localeProperty()}. Keys are looked
 * up in the window's bundles ({@code wsinspector/ui/Labels}, {@code wsinspector/ui/inspect/InspectLabels}),
 * then in the explanations of the protocol ({@link Explanations}).
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Explanations.RUSSIAN;
    private static final List<String> BUNDLES = List.of("wsinspector.ui.Labels", "wsinspector.ui.inspect.InspectLabels", "wsinspector.ui.live.LiveLabels",
            "wsinspector.ui.file.FileLabels", "wsinspector.ui.live.StudentLabels");

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);
    /**
     * Bumped after the bundles of a new language are loaded. Bindings observe this, not the locale:
     * JavaFX tells invalidation listeners before change listeners, so a binding on the locale would
     * recompute its text from the old bundles.
     */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private List<ResourceBundle> bundles;
    private Explanations explanations;
    private Locale loaded;

    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> {
            load(now);
            revision.set(revision.get() + 1);
        });
        load(initial);
        locale.set(initial);
    }

    private void load(Locale l) {
        Locale effective = "ru".equals(l.getLanguage()) ? RUSSIAN : Locale.ROOT;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, effective, noFallback)).toList();
        explanations = Explanations.forLocale(l);
        loaded = l;
    }

    /**
     * Bindings are invalidated before change listeners run, so a label may ask for its text before
     * the listener above has loaded the new bundles: load them here when the locale moved on.
     */
    private void ensureLoaded() {
        if (!locale.get().equals(loaded)) {
            load(locale.get());
        }
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean isRussian() {
        return "ru".equals(locale.get().getLanguage());
    }

    public void toggle() {
        locale.set(isRussian() ? ENGLISH : RUSSIAN);
    }

    /** The protocol explanations in the current language. */
    public Explanations explanations() {
        ensureLoaded();
        return explanations;
    }

    /** The text of a key in the current language; the key itself when absent, so a gap is visible. */
    public String t(String key, Object... args) {
        ensureLoaded();
        for (ResourceBundle b : bundles) {
            try {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
            } catch (MissingResourceException notHere) {
                // try the next bundle
            }
        }
        return explanations.text(key, args);
    }

    /** A binding that follows the language switch. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> t(key, args), revision);
    }
}
