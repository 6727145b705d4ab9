package org.herodotus.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.herodotus.Analyzer;
import org.herodotus.Config;
import org.herodotus.Herodotus;
import org.herodotus.read.InputFormat;
import org.herodotus.read.ReaderOptions;
import org.herodotus.write.DocJson.OptionalLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code herodotus analyze FILE...}: one JSON document per article on standard output. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyzes news articles and writes one JSON document per article to standard output, in"
          + " the order of the inputs (JSON Lines unless --pretty).",
      "Problems with an input are reported on standard error and the other inputs are still"
          + " processed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was analyzed",
      "1:at least one input or article failed (the others were written)",
      "2:usage error"
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Article files (plain text, HTML, JSON Lines, WARC, possibly gzip'd; the format is"
              + " told from the content), directories (every file under them, sorted, hidden"
              + " files skipped) or glob patterns such as 'data/*.html'; '-' reads standard"
              + " input.")
  List<String> inputs;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "Read every input as FORMAT (text, jsonl, html or warc) instead of telling the format"
              + " from the content.")
  InputFormat inputFormat;

  @Option(
      names = "--pretty",
      description = "Indent the JSON. Documents are still separated by a newline.")
  boolean pretty;

  @Option(
      names = "--layers",
      paramLabel = "LIST",
      defaultValue = "",
      description =
          "Optional layers to add, comma-separated: tokens, dependencies, notes, or all."
              + " Default: none.")
  String layerList;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      converter = OutputFormat.Converter.class,
      description =
          "What to write: json (the document, default), quotes (a TSV of the quotes: article,"
              + " quote, kind, speaker, role, cue, with a header line), gdelt (GDELT 2.0 events, 61"
              + " tab-separated columns), gdelt-mentions (GDELT 2.0 mentions) or plover (PLOVER"
              + " JSON lines).")
  OutputFormat format;

  @Option(
      names = "--diagnostics",
      description =
          "Add the notes layer to the JSON: what stages left out and why (dropped events with"
              + " their reason).")
  boolean diagnostics;

  @Option(
      names = "--min-confidence",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Drop events coded with a confidence below N (10-100: 100 less 10 for a claimed, 10 for"
              + " an intended or negated event, 20 for an actor borrowed from another event); with"
              + " --diagnostics each is noted 'below threshold'. Default: 0 (keep all).")
  int minConfidence;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      converter = ByteSizeConverter.class,
      defaultValue = "2M",
      description =
          "Refuse inputs larger than N bytes (suffixes k, M, G multiply by 1024)."
              + " Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description =
          "A directory of your own lexicon files: files named like the bundled ones"
              + " (countries.tsv, demonyms.tsv, role-nouns.tsv, role-adjectives.tsv,"
              + " known-groups.tsv, cameo-blocks.tsv) add or override entries; other *.txt and"
              + " *.actors files are read as PETRARCH/TABARI actor dictionaries, event-lexicon*.tsv"
              + " and *.verbs files as event patterns, gazetteer*.tsv and places*.tsv (optionally"
              + " .gz) as gazetteer entries that add places or replace bundled ones by id.")
  Path lexiconDirectory;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "1",
      description = "Articles analyzed at once. Output order stays the input order. Default: 1.")
  int threads;

  @Option(
      names = "--coref",
      paramLabel = "ENGINE",
      defaultValue = "rules",
      description =
          "Who links pronouns and descriptions to names: 'rules' (Herodotus's own, fast) or"
              + " 'corenlp' (CoreNLP's statistical coreference, then the same rules; about twice"
              + " as slow). Default: rules.")
  String coref;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Draw a progress bar on standard error. By default it is drawn when standard error is a"
              + " terminal and there is more than one article.")
  Boolean progress;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (inputs.stream().filter(BatchRunner.STDIN::equals).count() > 1) {
      throw new ParameterException(
          spec.commandLine(), "'-' (standard input) can be given only once");
    }
    if (inputFormat == InputFormat.FEED) {
      throw new ParameterException(
          spec.commandLine(),
          "--input-format feed is not for analyze: feeds list articles; use 'herodotus ingest --feed'");
    }
    Set<OptionalLayer> layers;
    try {
      layers = OptionalLayer.parse(layerList);
      if (diagnostics) {
        layers = new java.util.HashSet<>(layers);
        layers.add(OptionalLayer.NOTES);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--layers': " + e.getMessage());
    }
    Config.Coreference coreference;
    try {
      coreference = Config.Coreference.valueOf(coref.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--coref': '" + coref + "' (use rules or corenlp)");
    }
    if (lexiconDirectory != null && !Files.isDirectory(lexiconDirectory)) {
      throw new ParameterException(
          spec.commandLine(), "--lexicon: not a directory: " + lexiconDirectory);
    }
    Analyzer analyzer;
    try {
      analyzer =
          Herodotus.pipeline(
              Config.defaults()
                  .withReader(new ReaderOptions(maxBytes))
                  .withCoreference(coreference)
                  .withLexiconDirectory(Optional.ofNullable(lexiconDirectory))
                  .withMinEventConfidence(minConfidence));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      if (lexiconDirectory == null) {
        throw e;
      }
      // A malformed user file: say which and where, as for any other bad option value.
      throw new ParameterException(spec.commandLine(), "--lexicon: " + e.getMessage());
    }
    ProgressMode mode =
        progress == null ? ProgressMode.AUTO : progress ? ProgressMode.ALWAYS : ProgressMode.NEVER;
    BatchRunner.Options options =
        new BatchRunner.Options(
            layers, pretty, threads, mode, format, Optional.ofNullable(inputFormat));
    return BatchRunner.of(analyzer, options, herodotus.io()).run(inputs);
  }

  /** Parses a byte count such as {@code 500000}, {@code 512k} or {@code 2M}. */
  static final class ByteSizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      long unit = 1;
      if (text.endsWith("k") || text.endsWith("m") || text.endsWith("g")) {
        unit =
            switch (text.charAt(text.length() - 1)) {
              case 'k' -> 1024L;
              case 'm' -> 1024L * 1024;
              default -> 1024L * 1024 * 1024;
            };
        text = text.substring(0, text.length() - 1);
      }
      long count;
      try {
        count = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a byte count (examples: 500000, 512k, 2M)");
      }
      if (count <= 0 || count > Long.MAX_VALUE / unit) {
        throw new TypeConversionException("'" + value + "' must be a positive byte count");
      }
      return count * unit;
    }
  }
}
