/**
 * The command line (picocli): {@code compute} runs the same engine as the window on a snapshot and writes the
 * hedge sheet and the audit; {@code build-sample} rebuilds the bundled samples. Exit codes: 0 success, 2 bad
 * input (problems on stderr, no stack trace), 1 internal error.
 */
package org.alvh.cli;
