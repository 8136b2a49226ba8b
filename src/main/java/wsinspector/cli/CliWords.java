package wsinspector.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import wsinspector.explain.Explanations;

/**
 * What the command line says besides the help (errors, serve's log), in the language of the help: the
 * {@code --lang} of the command line, else the user's locale ({@link UsageTexts}). From the CliWords bundles.
 */
final class CliWords {
    private static final String BUNDLE = "wsinspector.cli.CliWords";

    private final String language;
    private final ResourceBundle bundle;

    private CliWords(String language) {
        this.language = language;
        Locale locale = "ru".equals(language) ? Locale.forLanguageTag("ru") : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static CliWords forLanguage(String language) {
        return new CliWords("ru".equalsIgnoreCase(language) ? "ru" : "en");
    }

    /** The words of the language a command line's help was chosen in. */
    static CliWords of(CommandLine line) {
        ResourceBundle usage = line.getResourceBundle();
        return forLanguage(usage == null ? "en" : usage.getLocale().getLanguage());
    }

    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** "en" or "ru". */
    String language() {
        return language;
    }

    /** The explanations (phrases, verdicts) in the same language. */
    Explanations explanations() {
        return Explanations.forLanguage(language);
    }

    /** The one line that says why an input cannot be read, in this language. */
    String unreadable(wsinspector.capture.DumpException e) {
        return t("error.line", explanations().phrase(e.phrase()));
    }

    /** Why a file could not be written: in words where the kind of failure is known, else the system's own. */
    String writeFailure(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return t("write.noFolder");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return t("write.denied");
        }
        return String.valueOf(e.getMessage());
    }

    /** picocli's complaint about the arguments, as one line in this language (its own are English). */
    String parameterError(CommandLine.ParameterException ex) {
        String what;
        if (ex instanceof CommandLine.MissingParameterException m) {
            what = t("error.missing", m.getMissing().stream().map(CliWords::name).collect(Collectors.joining(", ")));
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            what = t("error.unknown", String.join(" ", u.getUnmatched()));
        } else if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            what = t("error.twice", name(o.getOverwritten()));
        } else if (ex.getArgSpec() != null && ex.getValue() != null) {
            what = t("error.invalid", name(ex.getArgSpec()), ex.getValue());
        } else {
            what = t("error.arguments");
        }
        return t("error.line", what);
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
