package wsinspector.ui.export;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import wsinspector.export.ExportFormat;
import wsinspector.export.ExportView;

/**
 * Asks what to export: the view (those that fit the selected message first), the format, the handout's
 * language (the window's by default) and the file, which follows the format's extension.
 */
final class ExportDialog {
    private final ExportLabels labels;
    private final Dialog<ExportChoice> dialog = new Dialog<>();
    private final ChoiceBox<ExportView> view = new ChoiceBox<>();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<String> language = new ChoiceBox<>();
    private final TextField file = new TextField();

    /**
     * @param what  the line saying what will be exported (the selected message, or the conversation)
     * @param views the views offered, the first one chosen
     */
    ExportDialog(ExportLabels labels, Window owner, String what, java.util.List<ExportView> views, Path folder) {
        this.labels = labels;
        dialog.initOwner(owner);
        dialog.setTitle(labels.t("dialog.title"));
        dialog.setHeaderText(what);
        view.getItems().setAll(views);
        view.setConverter(names(v -> labels.t("view." + v.code())));
        view.getSelectionModel().selectFirst();
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(names(f -> labels.t("format." + f.code())));
        format.getSelectionModel().select(ExportFormat.PNG);
        language.getItems().setAll("en", "ru");
        language.setConverter(names(l -> labels.t("language." + l)));
        language.getSelectionModel().select(labels.russian() ? "ru" : "en");
        file.setPrefColumnCount(34);
        view.setId("export-view");
        format.setId("export-format");
        language.setId("export-language");
        file.setId("export-file");
        Runnable rename = () -> file.setText(folder.resolve(defaultName()).toString());
        rename.run();
        view.valueProperty().addListener((o, a, b) -> rename.run());
        format.valueProperty().addListener((o, a, b) -> rename.run());
        Button browse = new Button(labels.t("dialog.browse"));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        file.setMinWidth(0);
        browse.setId("export-browse");
        browse.setOnAction(e -> browse(owner));
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, rowLabel(labels.t("dialog.view")), view);
        grid.addRow(1, rowLabel(labels.t("dialog.format")), format);
        grid.addRow(2, rowLabel(labels.t("dialog.language")), language);
        grid.addRow(3, rowLabel(labels.t("dialog.file")), fileRow);
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(labels.t("dialog.export"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, new ButtonType(labels.t("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(export).setId("export-ok");
        dialog.setResultConverter(b -> b == export && !file.getText().isBlank()
                ? new ExportChoice(view.getValue(), format.getValue(), language.getValue(), Path.of(file.getText().strip()))
                : null);
    }

    /**
     * A row's label, never narrower than its text: where the dialog was narrower than its rows (the file's field asks
     * for 34 columns) the grid squeezed the labels to «...» and the button to «Выб...»; the field gives way instead.
     */
    private static Label rowLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    Optional<ExportChoice> ask() {
        return dialog.showAndWait();
    }

    private String defaultName() {
        return "handout-" + view.getValue().code() + "." + format.getValue().code();
    }

    private void browse(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.t("dialog.title"));
        Path current = Path.of(file.getText().isBlank() ? defaultName() : file.getText());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.t("format." + format.getValue().code()),
                "*." + format.getValue().code()));
        java.io.File chosen = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getPath());
            ExportFormat.ofFileName(chosen.getName()).ifPresent(format.getSelectionModel()::select);
            file.setText(chosen.getPath());
        }
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
    }
}
