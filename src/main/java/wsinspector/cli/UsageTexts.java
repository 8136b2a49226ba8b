package wsinspector.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The bundle of the command line's usage help (wsinspector/cli/Usage*.properties), in the language a
 * command line asks for: {@code --lang ru} where the command has it, otherwise the user's locale
 * (which the JVM takes from LC_ALL / LANG), English for anything but Russian.
 */
final class UsageTexts {
    /** The base name picocli's {@code @Command(resourceBundle)} and {@link #forLanguage} load. */
    static final String BUNDLE = "wsinspector.cli.Usage";

    private UsageTexts() {
    }

    /** The bundle for {@code args}: the value of their {@code --lang}, else {@code userLanguage}. */
    static ResourceBundle forArguments(String[] args, String userLanguage) {
        String asked = langArgument(args);
        return forLanguage(asked != null ? asked : userLanguage);
    }

    /**
     * The user's language as POSIX chooses it: the first set of LC_ALL, LC_MESSAGES, LANG ("ru_RU.UTF-8"
     * gives "ru"), else the JVM's. Read from the environment because the JVM falls back to English when
     * that locale is not installed on the machine, though the user plainly asked for it. C and POSIX name no
     * language (a container's LANG=C.UTF-8): then the JVM's decides, which {@code -Duser.language=ru} sets, as it
     * does for the window.
     */
    static String userLanguage(Map<String, String> environment, Locale jvmLocale) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                String language = value.split("[_.@]", 2)[0];
                return language.equals("C") || language.equals("POSIX") ? jvmLocale.getLanguage() : language;
            }
        }
        return jvmLocale.getLanguage();
    }

    /** Russian for "ru" (any case), English otherwise; never falls back to the default locale. */
    static ResourceBundle forLanguage(String language) {
        Locale locale = "ru".equalsIgnoreCase(language) ? Locale.forLanguageTag("ru") : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The value of {@code --lang X} or {@code --lang=X}, read before parsing so that --help can use it. */
    private static String langArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }
}
