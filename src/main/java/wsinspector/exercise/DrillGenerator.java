package wsinspector.exercise;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;

/**
 * "Decode this frame" drills: random frames (opcode, length class, mask, fragmentation) with a few
 * fields to decode each. Everything comes from one {@link Random} seeded by the teacher, so the same
 * seed gives every student of a class the same set, on any machine.
 */
public final class DrillGenerator {
    private static final String[] WORDS = {"Hello", "WebSocket", "Привет", "ping?", "ок", "echo", "Мир", "RFC 6455"};
    private static final int[] CLOSE_CODES = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1011, 4000};
    private static final int QUESTIONS = 3;

    private final Random random;

    private DrillGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} exercises made from {@code seed}; the same arguments always give the same set. */
    public static ExerciseSet generate(long seed, int count, String title) {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("a drill has 1 to 100 exercises, not " + count);
        }
        DrillGenerator g = new DrillGenerator(seed);
        List<ExerciseSpec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(g.next());
        }
        return new ExerciseSet(title, OptionalLong.of(seed), specs);
    }

    private ExerciseSpec next() {
        Direction direction = random.nextInt(5) < 3 ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
        FrameSpec frame = frame();
        if (direction == Direction.CLIENT_TO_SERVER) {
            byte[] key = new byte[4];
            random.nextBytes(key);
            frame = frame.withMask(key);
        }
        byte[] bytes = FrameEncoder.encode(frame);
        ExerciseSpec bare = new ExerciseSpec(Message.Kind.FRAME, direction, bytes, null, List.of(), 0);
        List<Blank> choices = new ArrayList<>(ExerciseMaker.applicable(bare));
        Collections.shuffle(choices, random);
        List<Blank> chosen = new ArrayList<>(choices.subList(0, Math.min(QUESTIONS, choices.size())));
        chosen.sort(null);
        int payload = frame.payload().length;
        int index = payload == 0 ? 0 : random.nextInt(Math.min(payload, 16));
        return bare.withBlanks(chosen, index);
    }

    private FrameSpec frame() {
        return switch (random.nextInt(7)) {
            case 0, 1 -> FrameSpec.text(text(dataLength()));
            case 2 -> FrameSpec.binary(binary(dataLength()));
            case 3 -> FrameSpec.ping(binary(random.nextInt(9)));
            case 4 -> FrameSpec.pong(binary(random.nextInt(9)));
            case 5 -> FrameSpec.close(CLOSE_CODES[random.nextInt(CLOSE_CODES.length)], random.nextBoolean() ? "" : "bye");
            default -> random.nextBoolean()
                    ? FrameSpec.text(text(dataLength())).withFin(false)
                    : FrameSpec.continuation(text(dataLength()).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Mostly short payloads, some needing the 16-bit length, a few the 64-bit one. */
    private int dataLength() {
        int c = random.nextInt(10);
        if (c < 6) {
            return 1 + random.nextInt(30);
        }
        return c < 9 ? 126 + random.nextInt(200) : 65_536 + random.nextInt(64);
    }

    private String text(int length) {
        StringBuilder s = new StringBuilder();
        while (s.toString().getBytes(StandardCharsets.UTF_8).length < length) {
            s.append(s.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        String out = s.toString();
        while (out.getBytes(StandardCharsets.UTF_8).length > length) {
            out = out.substring(0, out.length() - 1);
        }
        // a two-byte letter cut off at the end would leave the text a byte short: fill with ASCII
        return out + ".".repeat(length - out.getBytes(StandardCharsets.UTF_8).length);
    }

    private byte[] binary(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }
}
