package wsinspector.cli;

import java.util.Locale;

import picocli.CommandLine;

/**
 * The language a command speaks (its listing, handout, log and error lines), chosen one way for every command:
 * its {@code --lang} when given, else the user's language, the one its help is in (LC_ALL / LC_MESSAGES / LANG,
 * else the JVM's locale: {@link UsageTexts#userLanguage}); English for anything but Russian. {@code decode},
 * {@code export} and {@code proxy} used to default to English under a Russian locale while {@code serve} and
 * {@code convert} followed it.
 */
final class CommandLanguage {
    private CommandLanguage() {
    }

    /**
     * The language for a command run through picocli: {@code asked} (the --lang given, null when none), else the
     * language its command line's help was chosen in, which {@link Main} took from the user's.
     */
    static String of(String asked, CommandLine line) {
        return of(asked, CliWords.of(line).language());
    }

    /**
     * {@code asked} as given (the command says it is no language it speaks, see {@link #isKnown}), else the user's
     * language as "ru" or "en".
     */
    static String of(String asked, String userLanguage) {
        if (asked != null) {
            return asked;
        }
        return "ru".equalsIgnoreCase(userLanguage) ? "ru" : "en";
    }

    /** The user's language from this process's environment and locale (for a command run without picocli). */
    static String ofUser(String asked) {
        return of(asked, UsageTexts.userLanguage(System.getenv(), Locale.getDefault()));
    }

    /** Whether the commands speak this language: en or ru, in any case. */
    static boolean isKnown(String language) {
        return "en".equalsIgnoreCase(language) || "ru".equalsIgnoreCase(language);
    }
}
