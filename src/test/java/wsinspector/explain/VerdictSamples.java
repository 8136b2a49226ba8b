package wsinspector.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import wsinspector.protocol.Phrase;
import wsinspector.protocol.Rule;

/** Sample verdicts for the tests that read every one of them: a rule's details with arguments filled in. */
final class VerdictSamples {
    /** The Russian bundle as a file, not a ResourceBundle (which would fall back to the English text). */
    static final Properties RU = load("/wsinspector/explain/Explanations_ru.properties");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)");

    private VerdictSamples() {
    }

    /** The rule's own details, {@code detail.<id>} and {@code detail.<id>.<variant>}, with sample arguments. */
    static List<Phrase> detailsOf(Rule rule) {
        String own = "detail." + rule.id();
        return RU.stringPropertyNames().stream().filter(k -> k.equals(own) || k.startsWith(own + "."))
                .sorted().map(VerdictSamples::sample).toList();
    }

    /** The key with as many arguments as its pattern has: numbers, and a translated word for the first. */
    static Phrase sample(String key) {
        Matcher m = ARG.matcher(RU.getProperty(key));
        int count = 0;
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = i == 0 ? Phrase.of("opcode.9") : Integer.valueOf(i * 7);
        }
        return Phrase.of(key, args);
    }

    static Properties load(String resource) {
        try (InputStream in = VerdictSamples.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
