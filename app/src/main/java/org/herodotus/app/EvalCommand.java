package org.herodotus.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus eval}: measures a part of the pipeline against gold data. Each measurement is a
 * subcommand class listed in {@code subcommands} that reaches the streams through its
 * {@code @ParentCommand} field of this type.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measures Herodotus against gold data.",
    subcommands = {
      EvalExtractCommand.class,
      PolnearCommand.class,
      EvalGeoCommand.class,
      EvalNerCommand.class,
      EvalEventsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class EvalCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Spec CommandSpec spec;

  Io io() {
    return herodotus.io();
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
