package org.herodotus.eval;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus eval}: measures a part of the pipeline against gold data. Each measurement is a
 * subcommand class listed in {@code subcommands} that reaches the streams through its
 * {@code @ParentCommand} field of this type.
 *
 * <p>The streams are the command line's own ({@link CommandLine#getOut()}, {@link
 * CommandLine#getErr()}): the {@code herodotus} command that wires this one in sets them, as it
 * sets the version that {@code --version} prints.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Herodotus against gold data.",
    subcommands = {
      EvalExtractCommand.class,
      PolnearCommand.class,
      EvalGeoCommand.class,
      EvalNerCommand.class,
      EvalEventsCommand.class,
      EvalQuotesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Machine output: the table or JSON of scores. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Human messages: progress, problems, details. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Called without a subcommand: a usage error. */
  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    cmd.getErr().println("herodotus eval: missing what to evaluate");
    cmd.usage(cmd.getErr());
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }
}
