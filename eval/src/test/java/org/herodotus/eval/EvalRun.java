package org.herodotus.eval;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs {@code eval} with the given arguments as the {@code herodotus} command would, on streams of
 * its own: the exit code and what went to standard output and standard error.
 */
record EvalRun(int exitCode, String out, String err) {

  static EvalRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new EvalCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    int code = cmd.execute(args);
    return new EvalRun(code, out.toString(), err.toString());
  }
}
