package wsinspector.export;

import java.util.List;
import java.util.Locale;

/**
 * One handout: a title, a line saying where it comes from, and its blocks, all words already in the
 * reader's language. The one layout all three formats render.
 */
public record Handout(String title, String subtitle, Locale language, List<Block> blocks) {
    public Handout {
        blocks = List.copyOf(blocks);
    }
}
