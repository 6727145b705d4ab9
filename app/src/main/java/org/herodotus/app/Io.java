package org.herodotus.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command talks through: machine output (JSON) on {@code out}, human messages on
 * {@code err}. Both write UTF-8 whatever the platform's default encoding. Tests pass their own
 * streams; {@link #system()} is the real console.
 *
 * @param in standard input, read when an input is {@code -}
 * @param out machine output; buffered, flushed by the command when it is done
 * @param err human messages and the progress bar; flushes on every line
 * @param errIsTerminal whether {@code err} is shown on a terminal (progress bars are drawn only
 *     there unless asked for)
 */
public record Io(InputStream in, PrintWriter out, PrintWriter err, boolean errIsTerminal) {

  /** Set by {@code bin/herodotus} when standard error is a terminal; Java cannot tell by itself. */
  static final String STDERR_TERMINAL_PROPERTY = "herodotus.stderr.terminal";

  public static Io system() {
    return new Io(
        System.in,
        writer(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false),
        writer(new FileOutputStream(FileDescriptor.err), true),
        Boolean.getBoolean(STDERR_TERMINAL_PROPERTY));
  }

  /** A UTF-8 writer over {@code stream}. */
  public static PrintWriter writer(OutputStream stream, boolean autoFlush) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), autoFlush);
  }
}
