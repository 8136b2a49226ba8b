package wsinspector.explain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import wsinspector.dissect.Field;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * Names and plain-language explanations of fields, headers, values and broken rules, for students,
 * in English or Russian. The texts are data (resource bundles {@code wsinspector/explain/Explanations}),
 * keyed as the dissector keys its fields: {@code <key>.name}, {@code <key>.explain}, a value's meaning
 * under its own key, a broken rule under {@code verdict.<rule id>}.
 */
public final class Explanations {
    public static final String BUNDLE = "wsinspector.explain.Explanations";
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Explanations(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Explanations forLocale(Locale locale) {
        return new Explanations("ru".equals(locale.getLanguage()) ? RUSSIAN : Locale.ROOT);
    }

    /** {@code en} or {@code ru}, as the command line's --lang names them. */
    public static Explanations forLanguage(String code) {
        return forLocale("ru".equalsIgnoreCase(code) ? RUSSIAN : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, or {@code null} if the bundle has none. */
    public String find(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException absent) {
            return null;
        }
    }

    /** The text of a key with {@code {0}}-style arguments filled in; the key itself when absent, so a gap shows. */
    public String text(String key, Object... args) {
        String pattern = find(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** What a field is called: the header name as written on the wire, or the bundle's name. */
    public String name(Field field) {
        return field.name() != null ? field.name() : text(field.key() + ".name");
    }

    /** Why the field is there and what it does. */
    public String explain(Field field) {
        String own = find(field.key() + ".explain");
        return own != null ? own : text("header.other.explain");
    }

    /** What the field's value means ({@code Text}, {@code Normal closure}), or {@code null}. */
    public String meaning(Field field) {
        return field.meaningKey() == null ? null : text(field.meaningKey());
    }

    /**
     * The broken rule in the reader's language as whole sentences: the rule's own, what exactly was seen here, and
     * where the rule is written, "… (protocol error). Here: the mask bit is 0 in a frame from the client. See RFC 6455
     * §5.1." (a section or a detail after the rule's full stop would dangle as a fragment).
     */
    public String verdict(Problem problem) {
        return phrase(verdictPhrase(problem));
    }

    /**
     * The verdict as a phrase, made a sentence where it is shown (a connection's log switches language as it runs):
     * {@code verdict-form.plain} or {@code verdict-form.detail} around the rule's sentence, its section and its detail.
     */
    public static Phrase verdictPhrase(Problem problem) {
        Phrase rule = Phrase.of("verdict." + problem.rule().id());
        String section = problem.rule().section();
        return problem.detail() == null ? Phrase.of("verdict-form.plain", rule, section)
                : Phrase.of("verdict-form.detail", rule, section, problem.detail());
    }

    /**
     * The verdict led by its weight's name, "Remark: …" / «Замечание. …», where a list mixes errors and remarks
     * (a text listing, a handout) and a remark must not read as a fault.
     */
    public String weighed(Problem problem) {
        return text("verdict-form.weighed", severity(problem.severity()), verdict(problem));
    }

    /** The rule's sentence alone ({@code verdict.<id>}), the key itself if a bundle lacks it, so the gap shows. */
    public String rule(Problem problem) {
        return text("verdict." + problem.rule().id());
    }

    /** What exactly was seen, or an empty string when the problem says nothing more than its rule. */
    public String detail(Problem problem) {
        return problem.detail() == null ? "" : phrase(problem.detail());
    }

    /** "Error", "Remark": how much a broken rule weighs, in the reader's language, as the lead of a verdict. */
    public String severity(Rule.Severity severity) {
        return text("severity." + severity.code());
    }

    /**
     * A phrase as a sentence: its pattern with the arguments filled in, a phrase argument made a sentence first.
     * Numbers are written in plain digits (an offset of 65536 is not "65,536").
     */
    public String phrase(Phrase phrase) {
        Object[] args = new Object[phrase.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = phrase.args().get(i);
            args[i] = a instanceof Phrase p ? phrase(p) : a instanceof Number n ? n.toString() : a;
        }
        return text(phrase.key(), args);
    }
}
