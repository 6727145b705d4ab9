package org.herodotus.app;

import java.util.concurrent.Callable;
import org.herodotus.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code herodotus}. It does nothing itself; each subcommand is one class listed
 * in {@code subcommands} that reaches the streams through a {@code @ParentCommand} field of this
 * type, except {@code eval}: the evaluation harness (module {@code eval}) uses the command line's
 * streams, which {@link Main#commandLine} sets.
 */
@Command(
    name = "herodotus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "News articles in; structured, explainable event data out.",
    subcommands = {
      AnalyzeCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      SqlCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class HerodotusCommand implements Callable<Integer> {

  private final Io io;

  @Spec CommandSpec spec;

  public HerodotusCommand(Io io) {
    this.io = io;
  }

  public Io io() {
    return io;
  }

  /** Called without a subcommand: a usage error. */
  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    cmd.getErr().println("herodotus: missing command");
    cmd.usage(cmd.getErr());
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }
}
