package org.herodotus.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus eval}: scores the pipeline on annotated corpora. Each corpus is a subcommand
 * ({@code polnear}); add new ones to {@code subcommands}.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Scores Herodotus against annotated corpora.",
    subcommands = {PolnearCommand.class})
public final class EvalCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Spec CommandSpec spec;

  Io io() {
    return herodotus.io();
  }

  @Override
  public Integer call() {
    CommandLine cmd = spec.commandLine();
    cmd.getErr().println("herodotus eval: missing corpus (polnear)");
    cmd.usage(cmd.getErr());
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }
}
