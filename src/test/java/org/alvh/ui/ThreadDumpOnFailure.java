package org.alvh.ui;

import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Window;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.Comparator;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test (or its set-up or clean-up) fails, prints the stack of every thread of the JVM to stderr, under a
 * line naming the test, then rethrows. A GUI test that times out then shows what the event thread and the
 * background threads were doing at that moment, and which windows were showing (a modal dialog left open blocks
 * the input of every later window); in CI: {@code target/surefire-reports/*-output.txt}.
 */
final class ThreadDumpOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        dump(context, failure);
        throw failure;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        dump(context, failure);
        throw failure;
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        dump(context, failure);
        throw failure;
    }

    private static String title(Window w) {
        return w instanceof Frame f ? f.getTitle() : w instanceof Dialog d ? d.getTitle() : w.getName();
    }

    private static void dump(ExtensionContext context, Throwable failure) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("=== thread dump at the failure of ").append(context.getDisplayName()).append(" in ")
                .append(context.getRequiredTestClass().getSimpleName()).append(": ").append(failure).append('\n');
        ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
        Arrays.sort(threads, Comparator.comparing(ThreadInfo::getThreadName));
        for (ThreadInfo t : threads) {
            out.append('"').append(t.getThreadName()).append("\" ").append(t.isDaemon() ? "daemon " : "")
                    .append(t.getThreadState());
            if (t.getLockName() != null) {
                out.append(" on ").append(t.getLockName());
            }
            if (t.getLockOwnerName() != null) {
                out.append(" owned by \"").append(t.getLockOwnerName()).append('"');
            }
            out.append('\n');
            StackTraceElement[] stack = t.getStackTrace();
            for (int i = 0; i < stack.length; i++) {
                out.append("    at ").append(stack[i]).append('\n');
                for (MonitorInfo m : t.getLockedMonitors()) {
                    if (m.getLockedStackDepth() == i) {
                        out.append("      - locked ").append(m).append('\n');
                    }
                }
            }
            for (LockInfo l : t.getLockedSynchronizers()) {
                out.append("      - holds ").append(l).append('\n');
            }
        }
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                out.append("showing window: ").append(w.getClass().getName()).append(" \"").append(title(w))
                        .append('"').append(w instanceof Dialog d && d.isModal() ? " (modal)" : "")
                        .append('\n');
            }
        }
        out.append("=== end of thread dump\n");
        System.err.print(out);
        System.err.flush();
    }
}
