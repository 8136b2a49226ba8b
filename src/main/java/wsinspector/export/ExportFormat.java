package wsinspector.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The three formats of a handout, each a renderer of the one layout. */
public enum ExportFormat {
    SVG, PNG, HTML;

    /** As the command line writes it: {@code svg}, {@code png}, {@code html}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> of(String code) {
        for (ExportFormat f : values()) {
            if (f.code().equalsIgnoreCase(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names ({@code .htm} too), if any. */
    public static Optional<ExportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        int dot = lower.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : of(lower.substring(dot + 1));
    }

    public void write(Handout handout, OutputStream out) throws IOException {
        switch (this) {
            case SVG -> out.write(SvgWriter.document(PageComposer.compose(handout), handout).getBytes(StandardCharsets.UTF_8));
            case PNG -> PngWriter.write(PageComposer.compose(handout), out);
            case HTML -> out.write(HtmlWriter.document(handout).getBytes(StandardCharsets.UTF_8));
        }
    }
}
