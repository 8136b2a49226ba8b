package wsinspector.export;

import wsinspector.dissect.Message;
import wsinspector.dissect.Summaries;

/** The line under a handout's title: where it comes from, and which message it shows. */
final class Subtitles {
    private Subtitles() {
    }

    static String source(ExportSource source, Words words) {
        if (source.stream() < 0) {
            return source.name();
        }
        String ends = source.client() == null || source.server() == null ? ""
                : " (" + source.client() + " → " + source.server() + ")";
        return words.t("subtitle.stream", source.name(), source.stream()) + ends;
    }

    static String message(ExportSource source, int number, Words words) {
        Message m = source.message(number);
        return words.t("subtitle.message", source(source, words), number, source.messages().size(),
                words.t("dir." + m.direction().code()));
    }

    /** The message in one line, in the words' language ({@code Text [FIN] [MASKED] len=5 "Hello"}). */
    static String summary(Message m, Words words) {
        return words.explanations().phrase(Summaries.of(m));
    }
}
