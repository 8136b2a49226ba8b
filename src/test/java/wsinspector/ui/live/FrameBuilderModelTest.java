package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import wsinspector.protocol.FrameSpec.LengthEncoding;
import wsinspector.ui.live.FrameBuilderModel.PayloadFormat;

class FrameBuilderModelTest {
    private final List<byte[]> sent = new ArrayList<>();
    private final SimpleBooleanProperty open = new SimpleBooleanProperty(true);
    private final FrameBuilderModel model = new FrameBuilderModel(b -> {
        sent.add(b);
        return CompletableFuture.completedFuture(null);
    }, open, Runnable::run);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void startsWithTheRfcMaskedHello() {
        assertArrayEquals(hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"), model.previewProperty().get().bytes());
    }

    @Test
    void clearingMaskGivesTheUnmaskedFrameAndItsProblem() {
        model.maskedProperty().set(false);
        FramePreview p = model.previewProperty().get();
        assertArrayEquals(hex("81 05 48 65 6c 6c 6f"), p.bytes()); // unmasked Hello
        assertEquals("client-frame-unmasked", p.problems().get(0).rule().id());
    }

    @Test
    void everyBitChangesThePreview() {
        model.finProperty().set(false);
        model.rsv2Property().set(true);
        model.opcodeProperty().set(0x9);
        assertEquals(0x29, model.previewProperty().get().bytes()[0] & 0xFF);
    }

    @Test
    void switchingToHexConvertsThePayload() {
        model.setPayloadFormat(PayloadFormat.HEX);
        assertEquals("48 65 6c 6c 6f", model.payloadProperty().get());
        model.payloadProperty().set("d0 9f");
        model.setPayloadFormat(PayloadFormat.TEXT);
        assertEquals("П", model.payloadProperty().get());
    }

    @Test
    void badHexLeavesNoPreviewAndSaysWhy() {
        model.setPayloadFormat(PayloadFormat.HEX);
        model.payloadProperty().set("4");
        assertNull(model.previewProperty().get());
        assertEquals("live.builder.error.hex", model.inputErrorProperty().get().key());
        assertFalse(model.canSendProperty().get());
    }

    @Test
    void aThreeByteKeyIsAnInputError() {
        model.maskingKeyProperty().set("37 fa 21");
        assertEquals("live.builder.error.key", model.inputErrorProperty().get().key());
    }

    @Test
    void forced64BitLength() {
        model.lengthEncodingProperty().set(LengthEncoding.FORCE_64);
        byte[] b = model.previewProperty().get().bytes();
        assertEquals(0xFF, b[1] & 0xFF, "MASK + 127");
        assertEquals(2 + 8 + 4 + 5, b.length);
    }

    @Test
    void sendHandsTheExactBytesToTheSender() {
        model.maskedProperty().set(false);
        model.send();
        assertArrayEquals(hex("81 05 48 65 6c 6c 6f"), sent.get(0));
        assertEquals("live.builder.sent", model.sendNoteProperty().get().key());
    }

    @Test
    void aFailedSendIsANoteNotAnException() {
        FrameBuilderModel failing = new FrameBuilderModel(
                b -> CompletableFuture.failedFuture(new IOException("Broken pipe")), open, Runnable::run);
        failing.send();
        assertTrue(failing.sendNoteProperty().get().error());
        assertEquals(List.of("Broken pipe"), failing.sendNoteProperty().get().args());
    }

    @Test
    void sendingNeedsAnOpenClient() {
        open.set(false);
        assertFalse(model.canSendProperty().get());
        open.set(true);
        assertTrue(model.canSendProperty().get());
    }

    @Test
    void randomKeyTurnsMaskingOn() {
        model.maskedProperty().set(false);
        model.randomKey();
        assertTrue(model.maskedProperty().get());
        assertTrue(HexInput.maskingKey(model.maskingKeyProperty().get()).isPresent());
    }
}
