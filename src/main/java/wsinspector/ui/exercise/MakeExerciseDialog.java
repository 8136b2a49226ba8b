package wsinspector.ui.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import wsinspector.exercise.Blank;
import wsinspector.exercise.ExerciseMaker;
import wsinspector.exercise.ExerciseSpec;
import wsinspector.protocol.FrameHeader;

/** Which fields of the chosen message the student must find: one box per field the message has. */
final class MakeExerciseDialog {
    private final Dialog<ExerciseSpec> dialog = new Dialog<>();
    private final Map<Blank, CheckBox> boxes = new LinkedHashMap<>();
    private final Spinner<Integer> index;

    MakeExerciseDialog(ExerciseSpec message, ExerciseLabels labels, Window owner) {
        dialog.setTitle(labels.t("make.title"));
        dialog.setHeaderText(labels.t("make.header"));
        dialog.getDialogPane().setId("make-exercise");
        VBox choices = new VBox(8);
        for (Blank b : ExerciseMaker.applicable(message)) {
            CheckBox box = new CheckBox(labels.texts().name(b));
            box.setId("blank-" + b.code());
            boxes.put(b, box);
            choices.getChildren().add(box);
        }
        int payload = payloadLength(message);
        index = new Spinner<>(0, Math.max(0, payload - 1), 0);
        index.setId("payload-index");
        index.setEditable(true);
        CheckBox byteBox = boxes.get(Blank.PAYLOAD_BYTE);
        if (byteBox != null) {
            index.disableProperty().bind(byteBox.selectedProperty().not());
            Node row = new HBox(8, new Label(labels.t("make.payloadByte")), index);
            choices.getChildren().add(row);
        }
        dialog.getDialogPane().setContent(choices);
        ButtonType make = new ButtonType(labels.t("make.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(labels.t("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(make, cancel);
        BooleanBinding none = Bindings.createBooleanBinding(() -> boxes.values().stream().noneMatch(CheckBox::isSelected),
                boxes.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        dialog.getDialogPane().lookupButton(make).disableProperty().bind(none);
        dialog.setResultConverter(button -> button == make ? message.withBlanks(chosen(), index.getValue()) : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
    }

    Dialog<ExerciseSpec> dialog() {
        return dialog;
    }

    Map<Blank, CheckBox> boxes() {
        return boxes;
    }

    Optional<ExerciseSpec> ask() {
        return dialog.showAndWait();
    }

    private List<Blank> chosen() {
        List<Blank> out = new ArrayList<>();
        boxes.forEach((b, box) -> {
            if (box.isSelected()) {
                out.add(b);
            }
        });
        return out;
    }

    private static int payloadLength(ExerciseSpec message) {
        byte[] bytes = message.bytes();
        return FrameHeader.parse(bytes, 0, bytes.length)
                .map(h -> (int) Math.min(Integer.MAX_VALUE, h.payloadLength())).orElse(0);
    }
}
