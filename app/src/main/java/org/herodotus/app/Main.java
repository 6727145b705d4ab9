package org.herodotus.app;

import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/** Runs the {@code herodotus} command; {@code bin/herodotus} starts this class. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int exitCode = run(Io.system(), args);
    System.exit(exitCode);
  }

  /** Runs the command with the given streams and returns its exit code. */
  public static int run(Io io, String... args) {
    try {
      return commandLine(io).execute(args);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  /** The command line with every subcommand, writing to {@code io}. */
  public static CommandLine commandLine(Io io) {
    CommandLine cmd = new CommandLine(new HerodotusCommand(io));
    cmd.setOut(io.out());
    cmd.setErr(io.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    giveVersion(cmd, new VersionProvider());
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("herodotus: internal error: " + e);
          e.printStackTrace(commandLine.getErr());
          return commandLine.getCommandSpec().exitCodeOnExecutionException();
        });
    return cmd;
  }

  /**
   * Sets {@code provider} as the version of every command under {@code cmd} that names none: the
   * commands of the evaluation harness (module {@code eval}) print the product's version too.
   */
  private static void giveVersion(CommandLine cmd, IVersionProvider provider) {
    if (cmd.getCommandSpec().versionProvider() == null) {
      cmd.getCommandSpec().versionProvider(provider);
    }
    for (CommandLine sub : cmd.getSubcommands().values()) {
      giveVersion(sub, provider);
    }
  }
}
