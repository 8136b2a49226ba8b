package wsinspector.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the permessage-deflate conformance cases (PermessageDeflateConformanceTest: each offer sent to our echo server,
 * the answer judged by RFC 7692 §7.1, 64 B / 4 KiB / 64 KiB echoes checked against the agreed windows) and prints them
 * as a Markdown table for BENCHMARKS.md: the offer, the answer required, and whether the server passed. bench/proof.sh
 * runs it; not a test itself (surefire excludes bench).
 */
public final class ConformanceTable {
    private ConformanceTable() {
    }

    public static void main(String[] args) {
        List<String> rows = new ArrayList<>();
        int[] passed = {0};
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (!id.isTest()) {
                    return;
                }
                // The display name is "[offer lines] → answer" (null: the offer must be left unanswered).
                String[] parts = id.getDisplayName().split(" → ", 2);
                String offer = parts[0].replaceAll("^\\[|\\]$", "");
                String answer = parts.length < 2 || parts[1].equals("null") ? "none (declined)" : "`" + parts[1] + "`";
                boolean ok = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
                passed[0] += ok ? 1 : 0;
                String why = result.getThrowable().map(t -> String.valueOf(t.getMessage()).lines().findFirst().orElse(""))
                        .orElse("");
                rows.add("| " + (rows.size() + 1) + " | `" + offer.replace("|", "\\|") + "` | " + answer + " | "
                        + (ok ? "pass" : "**FAIL** " + why.replace("|", "\\|")) + " |");
            }
        };
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass("wsinspector.net.PermessageDeflateConformanceTest")).build();
        LauncherFactory.create().execute(request, listener);
        System.out.println("| # | Sec-WebSocket-Extensions offered | answer required (RFC 7692 §7) | our server |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println(passed[0] + " of " + rows.size() + " cases passed.");
    }
}
