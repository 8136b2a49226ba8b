package wsinspector.ui.export;

import java.nio.file.Path;

import wsinspector.export.ExportFormat;
import wsinspector.export.ExportView;

/** What the export dialog was told: the view, the format, the handout's language (en, ru), the file. */
record ExportChoice(ExportView view, ExportFormat format, String language, Path file) {
}
