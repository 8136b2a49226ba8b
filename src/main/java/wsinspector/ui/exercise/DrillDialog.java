package wsinspector.ui.exercise;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A new "decode this frame" drill: the seed (today's date by default, so a class started together
 * gets the same set without saying anything) and how many exercises.
 */
final class DrillDialog {
    /** What the dialog answers. */
    record Drill(long seed, int count) {
    }

    private final Dialog<Drill> dialog = new Dialog<>();
    private final TextField seed = new TextField(LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE));
    private final Spinner<Integer> count = new Spinner<>(1, 100, 10);

    DrillDialog(ExerciseLabels labels, Window owner) {
        dialog.setTitle(labels.t("drill.title"));
        dialog.setHeaderText(labels.t("drill.header"));
        dialog.getDialogPane().setId("drill");
        seed.setId("drill-seed");
        count.setId("drill-count");
        count.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(labels.t("drill.seed")), seed);
        grid.addRow(1, new Label(labels.t("drill.count")), count);
        dialog.getDialogPane().setContent(grid);
        ButtonType make = new ButtonType(labels.t("drill.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(labels.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(make, cancel);
        dialog.getDialogPane().lookupButton(make).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> parse(seed.getText()).isEmpty(),
                        seed.textProperty()));
        dialog.setResultConverter(b -> b == make ? new Drill(parse(seed.getText()).orElseThrow(), count.getValue()) : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
    }

    Dialog<Drill> dialog() {
        return dialog;
    }

    TextField seedField() {
        return seed;
    }

    Optional<Drill> ask() {
        return dialog.showAndWait();
    }

    /** Any whole number is a seed; a word is not (a teacher who types one sees the button stay grey). */
    static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
