package wsinspector.ui.live;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.FrameSpec.LengthEncoding;
import wsinspector.protocol.Opcode;

/**
 * The frame builder's state, without controls: every bit of a frame header as a property, the payload as text
 * or hex, and the {@link FramePreview} recomputed on every change. Invalid frames are allowed on purpose; only
 * input that describes no frame at all (bad hex, a key that is not 4 bytes, a length that does not fit the
 * forced encoding) leaves the preview empty with an error note.
 */
public final class FrameBuilderModel {

    /** How the payload field is read. */
    public enum PayloadFormat { TEXT, HEX }

    /** Sends hand-built bytes unchanged to the server (the client's raw mode). */
    @FunctionalInterface
    public interface RawSender {
        CompletionStage<?> sendRaw(byte[] bytes);
    }

    /** The masking key of the masked "Hello" example of RFC 6455 §5.7: {@code 81 85 37 fa 21 3d 7f 9f 4d 51 58}. */
    public static final String RFC_EXAMPLE_KEY = "37 fa 21 3d";

    private final BooleanProperty fin = new SimpleBooleanProperty(true);
    private final BooleanProperty rsv1 = new SimpleBooleanProperty();
    private final BooleanProperty rsv2 = new SimpleBooleanProperty();
    private final BooleanProperty rsv3 = new SimpleBooleanProperty();
    private final IntegerProperty opcode = new SimpleIntegerProperty(Opcode.TEXT.code());
    private final BooleanProperty masked = new SimpleBooleanProperty(true);
    private final StringProperty maskingKey = new SimpleStringProperty(RFC_EXAMPLE_KEY);
    private final ObjectProperty<PayloadFormat> payloadFormat = new SimpleObjectProperty<>(PayloadFormat.TEXT);
    private final StringProperty payload = new SimpleStringProperty("Hello");
    private final ObjectProperty<LengthEncoding> lengthEncoding = new SimpleObjectProperty<>(LengthEncoding.MINIMAL);

    private final ReadOnlyObjectWrapper<FramePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Note> inputError = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Note> sendNote = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSend;

    private final RawSender sender;
    private final ObservableBooleanValue clientOpen;
    private final Executor fx;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param sender     where "send raw" goes
     * @param clientOpen whether the client is connected (sending needs an open connection)
     * @param fx         runs the sender's completion on the FX thread ({@code Platform::runLater}; a direct executor in tests)
     */
    public FrameBuilderModel(RawSender sender, ObservableBooleanValue clientOpen, Executor fx) {
        this.sender = sender;
        this.clientOpen = clientOpen;
        this.fx = fx;
        Observable[] inputs = {fin, rsv1, rsv2, rsv3, opcode, masked, maskingKey, payload, lengthEncoding};
        for (Observable o : inputs) {
            o.addListener(changed -> recompute());
        }
        canSend = Bindings.createBooleanBinding(() -> clientOpen.get() && preview.get() != null, clientOpen, preview);
        recompute();
    }

    public BooleanProperty finProperty() {
        return fin;
    }

    public BooleanProperty rsv1Property() {
        return rsv1;
    }

    public BooleanProperty rsv2Property() {
        return rsv2;
    }

    public BooleanProperty rsv3Property() {
        return rsv3;
    }

    /** The 4-bit opcode, 0-15, reserved values included. */
    public IntegerProperty opcodeProperty() {
        return opcode;
    }

    public BooleanProperty maskedProperty() {
        return masked;
    }

    /** The masking key as hex, 4 bytes. */
    public StringProperty maskingKeyProperty() {
        return maskingKey;
    }

    public ReadOnlyObjectProperty<PayloadFormat> payloadFormatProperty() {
        return payloadFormat;
    }

    /** The payload as typed: text (sent as UTF-8) or hex, per {@link #payloadFormatProperty()}. */
    public StringProperty payloadProperty() {
        return payload;
    }

    public ObjectProperty<LengthEncoding> lengthEncodingProperty() {
        return lengthEncoding;
    }

    /** The frame as it stands, or null while the input describes no frame (see {@link #inputErrorProperty()}). */
    public ReadOnlyObjectProperty<FramePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why there is no preview, or null. */
    public ReadOnlyObjectProperty<Note> inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    /** The result of the last "send raw", or null. */
    public ReadOnlyObjectProperty<Note> sendNoteProperty() {
        return sendNote.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    /** Whether the client is connected, so the frame can go through its connection. */
    public ObservableBooleanValue clientOpenProperty() {
        return clientOpen;
    }

    /**
     * Switches how the payload is read, converting what was typed: text becomes the hex of its UTF-8 bytes, hex
     * becomes the text those bytes spell (kept as is when it is not hex).
     */
    public void setPayloadFormat(PayloadFormat format) {
        if (format == payloadFormat.get()) {
            return;
        }
        Optional<byte[]> bytes = payloadBytes();
        payloadFormat.set(format);
        bytes.ifPresent(b -> payload.set(format == PayloadFormat.HEX ? HexFormat.ofDelimiter(" ").formatHex(b)
                : new String(b, StandardCharsets.UTF_8)));
        recompute();
    }

    /** A fresh random masking key, as a client must choose for every frame (RFC 6455 §5.3). */
    public void randomKey() {
        byte[] key = new byte[4];
        random.nextBytes(key);
        maskingKey.set(HexFormat.ofDelimiter(" ").formatHex(key));
        masked.set(true);
    }

    /** The masked "Hello" of RFC 6455 §5.7: a valid client frame to start from. */
    public void rfcExample() {
        fin.set(true);
        rsv1.set(false);
        rsv2.set(false);
        rsv3.set(false);
        opcode.set(Opcode.TEXT.code());
        masked.set(true);
        maskingKey.set(RFC_EXAMPLE_KEY);
        payloadFormat.set(PayloadFormat.TEXT);
        payload.set("Hello");
        lengthEncoding.set(LengthEncoding.MINIMAL);
    }

    /** The spec the inputs describe, or empty when they describe none. */
    public Optional<FrameSpec> spec() {
        Optional<byte[]> body = payloadBytes();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        byte[] key = null;
        if (masked.get()) {
            Optional<byte[]> k = HexInput.maskingKey(maskingKey.get());
            if (k.isEmpty()) {
                return Optional.empty();
            }
            key = k.get();
        }
        if (lengthEncoding.get() == LengthEncoding.FORCE_16 && body.get().length > 0xFFFF) {
            return Optional.empty();
        }
        return Optional.of(new FrameSpec(fin.get(), rsv1.get(), rsv2.get(), rsv3.get(), opcode.get() & 0xF, key,
                body.get(), lengthEncoding.get()));
    }

    /** Sends the previewed bytes unchanged through the client; the result lands in {@link #sendNoteProperty()}. */
    public void send() {
        FramePreview p = preview.get();
        if (p == null) {
            return;
        }
        byte[] bytes = p.bytes();
        sendNote.set(Note.info("live.builder.sending", bytes.length));
        sender.sendRaw(bytes).whenComplete((ok, failure) -> fx.execute(() -> sendNote.set(failure == null
                ? Note.info("live.builder.sent", bytes.length)
                : Errors.note(failure))));
    }

    private Optional<byte[]> payloadBytes() {
        String typed = payload.get() == null ? "" : payload.get();
        return payloadFormat.get() == PayloadFormat.TEXT
                ? Optional.of(typed.getBytes(StandardCharsets.UTF_8))
                : HexInput.parse(typed);
    }

    private void recompute() {
        Note error = inputErrorNow();
        inputError.set(error);
        preview.set(error == null ? spec().map(FramePreview::of).orElse(null) : null);
    }

    private Note inputErrorNow() {
        if (payloadBytes().isEmpty()) {
            return Note.error("live.builder.error.hex");
        }
        if (masked.get() && HexInput.maskingKey(maskingKey.get()).isEmpty()) {
            return Note.error("live.builder.error.key");
        }
        if (lengthEncoding.get() == LengthEncoding.FORCE_16 && payloadBytes().get().length > 0xFFFF) {
            return Note.error("live.builder.error.length16");
        }
        return null;
    }
}
