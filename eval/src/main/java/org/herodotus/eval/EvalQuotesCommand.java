package org.herodotus.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.Analyzer;
import org.herodotus.Herodotus;
import org.herodotus.eval.news.Aligned;
import org.herodotus.eval.news.NewsQuotes;
import org.herodotus.eval.news.NewsTexts;
import org.herodotus.eval.news.Standoff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code herodotus eval quotes}: quotes and their speakers on our BBC News gold. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Scores quotes and speakers on our own gold: 283 quotations in 32 BBC News articles,"
          + " annotated by two annotators who had not seen our output (disagreements settled),"
          + " kept as standoff in the project. Prints, per half (tune, heldout) and for both, the"
          + " share of gold quotes found and the speaker accuracy over the quotes whose speaker"
          + " the text names, split into missing and wrong speakers; --misses lists the tune"
          + " half's misses (the held-out half's too with --misses-all)."
    })
public final class EvalQuotesCommand implements Callable<Integer> {

  @ParentCommand EvalCommand eval;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "../shared/data",
      description = "The shared data directory (bbc-news is read). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description = "Score against this standoff file instead of the bundled gold.")
  Path gold;

  @Option(names = "--misses", description = "List the tune half's misses on standard error.")
  boolean misses;

  @Option(
      names = "--misses-all",
      description = "List the held-out half's misses too (do not tune on them).")
  boolean missesAll;

  @Override
  public Integer call() {
    PrintWriter out = eval.out();
    PrintWriter err = eval.err();
    Standoff standoff = gold == null ? Standoff.bundled("bbc-quotes.tsv") : Standoff.read(gold);
    NewsTexts texts = new NewsTexts(data);
    Analyzer analyzer = Herodotus.pipeline();
    Map<String, Aligned> analyzed = new LinkedHashMap<>();
    for (Standoff.ArticleInfo a : standoff.articles().values()) {
      NewsTexts.Article article = texts.read(a.id());
      if (!NewsTexts.sha1(article.text()).equals(a.sha1())) {
        err.println(
            "herodotus: eval quotes: "
                + a.id()
                + " reads differently from the text that was annotated (SHA-1); skipped");
        continue;
      }
      analyzed.put(a.id(), Aligned.analyze(analyzer, article));
    }
    Map<String, NewsQuotes.Score> scores =
        NewsQuotes.score(standoff, analyzed, misses || missesAll);
    out.println(
        "bbc quotes: half      quotes  found   named  speaker right  no speaker  wrong speaker");
    for (Map.Entry<String, NewsQuotes.Score> e : scores.entrySet()) {
      NewsQuotes.Score s = e.getValue();
      out.printf(
          Locale.ROOT,
          "bbc quotes: %-8s %6d  %.3f  %6d  %.3f (%d)    %4d        %4d%n",
          e.getKey(),
          s.quotes,
          s.quotes == 0 ? 0.0 : (double) s.found / s.quotes,
          s.named,
          s.named == 0 ? 0.0 : (double) s.speakerRight / s.named,
          s.speakerRight,
          s.noSpeaker,
          s.wrongSpeaker);
    }
    if (misses || missesAll) {
      scores.get("tune").misses().forEach(err::println);
      if (missesAll) {
        scores.get("heldout").misses().forEach(err::println);
      }
    }
    out.flush();
    err.flush();
    return 0;
  }
}
