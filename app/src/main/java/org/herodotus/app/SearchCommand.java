package org.herodotus.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.corpus.BadQueryException;
import org.herodotus.corpus.Corpus;
import org.herodotus.corpus.CorpusException;
import org.herodotus.corpus.SearchRequest;
import org.herodotus.corpus.SearchResult;
import org.herodotus.write.DocJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code herodotus search QUERY --corpus DIR}: full text and fields, with facets and highlights.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Searches a corpus made by 'herodotus ingest --corpus': words in the text and headline,"
          + " and fields: actor:AZEGOV, source:, target:, code:057, root:19, quad:4,"
          + " speaker:\\\"Hikmet Hajiyev\\\", place:Yevlakh, country:AZ, entity:, month:2023-09,"
          + " date:2023-09-20 or date:[2023-09-01 TO 2023-09-30]; AND, OR, NOT, quotes and"
          + " parentheses as in Lucene's query syntax. Fields match whole values in any case.",
      "Prints the hits with the passages that matched (matched words between « and ») and the"
          + " most frequent actors, event roots, places, speakers, countries and months among all"
          + " matches; --json prints them as one JSON object."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:searched (whether or not anything matched)", "2:bad query or corpus"})
public final class SearchCommand implements Callable<Integer> {

  @ParentCommand HerodotusCommand herodotus;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The query; '*' matches all.")
  String query;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus.")
  Path corpus;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      defaultValue = "article",
      description = "What to find: article, quote or event. Default: ${DEFAULT-VALUE}.")
  String type;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Hits to skip first. Default: ${DEFAULT-VALUE}.")
  int offset;

  @Option(
      names = "--facets",
      paramLabel = "N",
      defaultValue = "5",
      description = "Values shown per facet, 0 for none. Default: ${DEFAULT-VALUE}.")
  int facets;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Io io = herodotus.io();
    SearchRequest request;
    try {
      request = new SearchRequest(query, type, limit, offset, facets);
    } catch (IllegalArgumentException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 2;
    }
    try (Corpus store = Corpus.openReadOnly(corpus)) {
      SearchResult result = store.search(request);
      if (json) {
        io.out().println(DocJson.mapper().writeValueAsString(result));
      } else {
        print(io, result);
      }
      io.out().flush();
      return 0;
    } catch (BadQueryException | CorpusException e) {
      io.err().println("herodotus: " + e.getMessage());
      return 2;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void print(Io io, SearchResult result) {
    io.out().println(result.total() + " " + type + (result.total() == 1 ? "" : "s") + " found");
    int n = offset;
    for (SearchResult.Hit hit : result.hits()) {
      n++;
      StringBuilder line = new StringBuilder();
      line.append(n).append(". ").append(hit.articleId());
      hit.index().ifPresent(i -> line.append(" #").append(i));
      hit.date().ifPresent(d -> line.append("  ").append(d));
      hit.headline().ifPresent(h -> line.append("  ").append(h));
      io.out().println(line);
      for (Map.Entry<String, List<String>> f : hit.fields().entrySet()) {
        if (List.of("actor", "code", "speaker", "place").contains(f.getKey())) {
          io.out().println("   " + f.getKey() + ": " + String.join(", ", f.getValue()));
        }
      }
      for (SearchResult.Passage p : hit.highlights()) {
        io.out().println("   … " + p.marked("«", "»").strip() + " …");
      }
    }
    for (Map.Entry<String, List<SearchResult.FacetValue>> f : result.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder(f.getKey() + ":");
      for (SearchResult.FacetValue v : f.getValue()) {
        line.append(' ').append(v.value()).append(" (").append(v.count()).append(')');
      }
      io.out().println(line);
    }
  }
}
