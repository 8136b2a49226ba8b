package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.Hex.bytes;
import static wsinspector.protocol.Hex.hex;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import wsinspector.protocol.FrameValidator.Role;

/** One stream per rule that breaks it, and the exact stream offset where the problem must be reported. */
class FrameRuleTest {
    private static final DeflateParameters DEFLATE = DeflateParameters.DEFAULT;
    private static final long NO_LIMIT = 1 << 20;

    record Case(FrameRule rule, String hex, Role role, DeflateParameters deflate, long limit, long offset) {
        @Override
        public String toString() {
            return rule.id() + " @" + offset;
        }
    }

    static Stream<Case> cases() {
        byte[] thousandZeros = new MessageDeflater(false).deflate(new byte[1000]);
        String badText = hex(FrameEncoder.encode(FrameSpec.of(Opcode.TEXT.code(),
                new MessageDeflater(false).deflate(bytes("48c080"))).withRsv1(true))); // "H", overlong NUL
        String bomb = hex(FrameEncoder.encode(FrameSpec.binary(thousandZeros).withRsv1(true)));
        return Stream.of(
                // "8100" (an empty text message) comes first, so that offsets are not simply frame-relative.
                new Case(FrameRule.RESERVED_OPCODE, "8100" + "8300", Role.SERVER, null, NO_LIMIT, 2),
                new Case(FrameRule.RSV_WITHOUT_EXTENSION, "8100" + "c100", Role.SERVER, null, NO_LIMIT, 2),
                new Case(FrameRule.RSV_WITHOUT_EXTENSION, "8100" + "a100", Role.SERVER, DEFLATE, NO_LIMIT, 2),
                new Case(FrameRule.RSV1_ON_CONTROL_FRAME, "8100" + "c900", Role.SERVER, DEFLATE, NO_LIMIT, 2),
                new Case(FrameRule.RSV1_ON_CONTINUATION, "8100" + "4103f248cd" + "c004c9c90700", Role.SERVER, DEFLATE,
                        NO_LIMIT, 7),
                new Case(FrameRule.NON_MINIMAL_LENGTH, "8100" + "817e000548656c6c6f", Role.SERVER, null, NO_LIMIT, 3),
                new Case(FrameRule.NON_MINIMAL_LENGTH, "8100" + "827f0000000000000100" + "00".repeat(256), Role.SERVER,
                        null, NO_LIMIT, 3),
                new Case(FrameRule.LENGTH_TOP_BIT_SET, "8100" + "827f8000000000000000", Role.SERVER, null, NO_LIMIT, 4),
                new Case(FrameRule.CONTROL_FRAME_TOO_LONG, "8100" + "897e007e" + "00".repeat(126), Role.SERVER, null,
                        NO_LIMIT, 3),
                new Case(FrameRule.CONTROL_FRAME_FRAGMENTED, "8100" + "0900", Role.SERVER, null, NO_LIMIT, 2),
                new Case(FrameRule.CLIENT_FRAME_UNMASKED, "818037fa213d" + "8100", Role.CLIENT, null, NO_LIMIT, 7),
                new Case(FrameRule.SERVER_FRAME_MASKED, "8100" + "818037fa213d", Role.SERVER, null, NO_LIMIT, 3),
                new Case(FrameRule.CLOSE_BODY_ONE_BYTE, "8100" + "880103", Role.SERVER, null, NO_LIMIT, 4),
                new Case(FrameRule.CLOSE_CODE_NOT_ALLOWED, "8100" + "880203ed", Role.SERVER, null, NO_LIMIT, 4), // 1005
                new Case(FrameRule.CLOSE_CODE_NOT_ALLOWED, "8100" + "880203e7", Role.SERVER, null, NO_LIMIT, 4), // 999
                new Case(FrameRule.CLOSE_REASON_INVALID_UTF8, "8100" + "880503e848c080", Role.SERVER, null, NO_LIMIT, 7),
                new Case(FrameRule.CLOSE_REASON_INVALID_UTF8, "8100" + "880403e848ce", Role.SERVER, null, NO_LIMIT, 7),
                // κόσμε then U+110000 (f4 90 80 80) across two fragments: 0x90 is payload byte 6 of the second.
                new Case(FrameRule.TEXT_INVALID_UTF8, "8100" + "0106cebae1bdb9cf" + "800f83cebcceb5f4908080656469746564",
                        Role.SERVER, null, NO_LIMIT, 18),
                new Case(FrameRule.TEXT_INVALID_UTF8, "8100" + badText, Role.SERVER, DEFLATE, NO_LIMIT, 2),
                // "H" then the first byte of "κ" in the first fragment, nothing in the last: ends inside κ.
                new Case(FrameRule.TEXT_INCOMPLETE_UTF8, "8100" + "010248ce" + "8000", Role.SERVER, null, NO_LIMIT, 5),
                new Case(FrameRule.CONTINUATION_WITHOUT_START, "8100" + "8000", Role.SERVER, null, NO_LIMIT, 2),
                new Case(FrameRule.DATA_FRAME_INSIDE_FRAGMENTED_MESSAGE, "0100" + "8100", Role.SERVER, null, NO_LIMIT, 2),
                new Case(FrameRule.FRAME_TRUNCATED, "8100" + "81054865", Role.SERVER, null, NO_LIMIT, 2),
                new Case(FrameRule.FRAME_TRUNCATED, "8100" + "81", Role.SERVER, null, NO_LIMIT, 2),
                new Case(FrameRule.INFLATE_FAILED, "8100" + "c101ff", Role.SERVER, DEFLATE, NO_LIMIT, 2),
                new Case(FrameRule.INFLATE_LIMIT_EXCEEDED, "8100" + bomb, Role.SERVER, DEFLATE, 100, 2),
                new Case(FrameRule.MESSAGE_TOO_BIG, "8100" + "82050102030405", Role.SERVER, null, 4, 8),
                // A live reader's limit (here 2 fragments): the third fragment's header.
                new Case(FrameRule.TOO_MANY_FRAGMENTS, "8100" + "0100" + "0000" + "8000", Role.SERVER, null, 2, 6));
    }

    /** What a capture's reader finds; a live limit (too many fragments) is what a live stream fails with. */
    static List<Problem> problemsOf(Case c) {
        List<Problem> problems = new ArrayList<>();
        byte[] stream = bytes(c.hex());
        if (c.rule() == FrameRule.TOO_MANY_FRAGMENTS) {
            StreamLimits limits = new StreamLimits(NO_LIMIT, (int) c.limit(), NO_LIMIT);
            new FrameStream(c.role(), c.deflate(), limits, new FrameStream.Listener() {
                @Override
                public void control(Opcode opcode, byte[] payload) {
                }

                @Override
                public void message(AssembledMessage message) {
                }

                @Override
                public void failed(Problem problem) {
                    problems.add(problem);
                }
            }).feed(stream, 0, stream.length);
            return problems;
        }
        FrameReader reader = new FrameReader(new FrameJudge(c.role(), c.deflate(), c.limit()),
                f -> problems.addAll(f.problems()));
        reader.feed(stream, 0, stream.length);
        reader.finish();
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleIsReportedAtTheByteWhereItBroke(Case c) {
        List<Problem> problems = problemsOf(c);
        assertTrue(problems.stream().anyMatch(p -> p.rule() == c.rule() && p.offset() == c.offset()),
                () -> "expected " + c.rule().id() + " at " + c.offset() + ", got " + describe(problems));
    }

    @Test
    void everyRuleHasACase() {
        Set<FrameRule> covered = cases().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(FrameRule.class)));
        assertEquals(EnumSet.allOf(FrameRule.class), covered);
    }

    @ParameterizedTest
    @EnumSource(FrameRule.class)
    void everyRuleHasAnIdAndASection(FrameRule rule) {
        // Its sentence is in the bundles (VerdictsTest), not here.
        assertTrue(Pattern.matches("[a-z0-9]+(-[a-z0-9]+)*", rule.id()), rule.id());
        assertTrue(Pattern.matches("RFC (6455|7692) §[0-9.]+", rule.section()), rule.section());
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(p -> p.rule().id() + "@" + p.offset() + " (" + p.detail() + ")").toList().toString();
    }
}
