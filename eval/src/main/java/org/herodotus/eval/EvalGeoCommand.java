package org.herodotus.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.herodotus.Herodotus;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.GeoCorpus;
import org.herodotus.eval.corpus.GeoCorpus.Dataset;
import org.herodotus.eval.score.GeoEvaluation;
import org.herodotus.eval.score.GeoReport;
import org.herodotus.eval.score.MentionCache;
import org.herodotus.eval.score.OrgPlaces;
import org.herodotus.eval.score.PipelineRecognizer;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.PlaceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code herodotus eval geo --data DIR}: toponym recognition and resolution on four gold sets. */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description = {
      "Geoparsing on GeoVirus, GeoWebNews, LGL and TR-News (the XML files of Gritta et al.'s"
          + " 'Pragmatic Guide to Geoparsing Evaluation' repository).",
      "With gold toponyms: the gazetteer resolution of every gold toponym, accuracy within 161"
          + " km, median and mean error. End to end (unless --gold-only): the pipeline's place"
          + " names (GPE and LOCATION name mentions, and the place layer's adjectival toponyms)"
          + " against the gold spans (P/R/F1) and their"
          + " resolution."
    })
public final class EvalGeoCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "Folder with GeoVirus.xml, GeoWebNews.xml, lgl.xml and TR-News.xml.")
  Path data;

  @Option(
      names = "--datasets",
      paramLabel = "LIST",
      split = ",",
      description =
          "Datasets to run, comma-separated (GeoVirus, GeoWebNews, LGL, TR-News). Default: all.")
  List<String> datasets = new ArrayList<>();

  @Option(
      names = "--part",
      paramLabel = "PART",
      defaultValue = "all",
      description =
          "Articles of each dataset: all, first (the first half, for tuning) or second (the"
              + " second half). Default: ${DEFAULT-VALUE}.")
  String part;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N articles per dataset (after --part).")
  Integer limit;

  @Option(names = "--gold-only", description = "Skip the end-to-end run (no CoreNLP).")
  boolean goldOnly;

  @Option(
      names = "--place-types",
      paramLabel = "LIST",
      split = ",",
      description =
          "Mention types read as place names end to end; ADJECTIVE is the place layer's"
              + " adjectival toponyms ('Russian' in 'Russian troops'). Default: GPE,LOCATION,ADJECTIVE.")
  List<String> placeTypes = new ArrayList<>(List.of("GPE", "LOCATION", MentionCache.ADJECTIVE));

  @Option(
      names = "--mentions",
      paramLabel = "FILE",
      description =
          "Cache of the pipeline's name mentions (TSV): articles found there are not analyzed"
              + " again, new ones are appended. Lets a run be resumed or rescored cheaply.")
  Path mentions;

  @Option(
      names = "--org-places",
      description =
          "Also read as places the ORGANIZATION name mentions whose whole text is the name of a"
              + " country, first-order division or region in the gazetteer (metonymy: 'Russia"
              + " said', tagged as an organization), else their first one to three words when"
              + " they name one ('Pakistan' in 'Pakistan Army', a toponym embedded in a name).")
  boolean orgPlaces;

  private List<Span> withOrgPlaces(String text, List<MentionCache.Named> named, Set<String> types) {
    List<Span> spans = new ArrayList<>(MentionCache.spans(named, types));
    if (orgPlaces) {
      OrgPlaces org = new OrgPlaces(Gazetteer.bundled());
      for (MentionCache.Named n : named) {
        if (n.type().equals("ORGANIZATION")) {
          org.in(text, n.span())
              .filter(s -> spans.stream().noneMatch(s::overlaps))
              .ifPresent(spans::add);
        }
      }
      spans.sort(null);
    }
    return spans;
  }

  @Option(names = "--json", description = "Write JSON instead of the table.")
  boolean json;

  @Option(
      names = "--details",
      paramLabel = "FILE",
      description = "Write one TSV line per resolved gold toponym (for error analysis).")
  Path details;

  @Override
  public Integer call() {
    List<GeoCorpus.Name> names = new ArrayList<>();
    try {
      if (datasets.isEmpty()) {
        names.addAll(List.of(GeoCorpus.Name.values()));
      } else {
        for (String d : datasets) {
          names.add(GeoCorpus.Name.parse(d.trim()));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!List.of("all", "first", "second").contains(part.toLowerCase(Locale.ROOT))) {
      throw new ParameterException(
          spec.commandLine(), "--part must be all, first or second, got " + part);
    }
    PrintWriter detailOut = null;
    Consumer<GeoEvaluation.Detail> detailSink = d -> {};
    try {
      if (details != null) {
        detailOut = new PrintWriter(Files.newBufferedWriter(details));
        detailSink = GeoEvaluation.tsv(detailOut);
      }
      GeoEvaluation evaluation = new GeoEvaluation(PlaceResolver.bundled(), detailSink);
      Optional<GeoEvaluation.Recognizer> recognizer = Optional.empty();
      if (!goldOnly) {
        Set<String> types = Set.copyOf(placeTypes);
        MentionCache cache = mentions == null ? null : MentionCache.open(mentions);
        PipelineRecognizer[] pipeline = {null};
        recognizer =
            Optional.of(
                a -> {
                  Optional<List<MentionCache.Named>> cached =
                      cache == null ? Optional.empty() : cache.get(a.id());
                  if (cached.isPresent()) {
                    return withOrgPlaces(a.text(), cached.get(), types);
                  }
                  if (pipeline[0] == null) {
                    eval.err().println("eval geo: loading the pipeline");
                    pipeline[0] = new PipelineRecognizer(Herodotus.pipeline());
                  }
                  Doc doc = pipeline[0].analyze(a.id(), a.text());
                  List<MentionCache.Named> named =
                      cache == null ? MentionCache.named(doc) : cache.put(a.id(), doc);
                  return withOrgPlaces(a.text(), named, types);
                });
      }
      List<GeoEvaluation.Result> results = new ArrayList<>();
      for (GeoCorpus.Name name : names) {
        Dataset d = GeoCorpus.load(data, name);
        int n = d.articles().size();
        d =
            switch (part.toLowerCase(Locale.ROOT)) {
              case "first" -> d.slice(0, n / 2);
              case "second" -> d.slice(n / 2, n);
              default -> d;
            };
        if (limit != null) {
          d = d.slice(0, limit);
        }
        int total = d.articles().size();
        long start = System.nanoTime();
        int[] done = {0};
        eval.err().printf(Locale.ROOT, "eval geo: %s, %d articles%n", name.label, total);
        GeoEvaluation.Result r =
            evaluation.evaluate(
                d,
                recognizer,
                a -> {
                  done[0]++;
                  if (!goldOnly && (done[0] % 20 == 0 || done[0] == total)) {
                    eval.err()
                        .printf(
                            Locale.ROOT,
                            "eval geo: %s %d/%d (%.0f s)%n",
                            name.label,
                            done[0],
                            total,
                            (System.nanoTime() - start) / 1e9);
                  }
                });
        results.add(r);
      }
      if (json) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        eval.out().println(mapper.writeValueAsString(GeoReport.json(results)));
      } else {
        eval.out().print(GeoReport.table(results));
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (detailOut != null) {
        detailOut.close();
      }
    }
  }
}
