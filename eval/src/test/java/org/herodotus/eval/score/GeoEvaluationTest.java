package org.herodotus.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herodotus.doc.Span;
import org.herodotus.eval.corpus.GeoCorpus;
import org.herodotus.eval.corpus.GeoCorpus.Article;
import org.herodotus.eval.corpus.GeoCorpus.Dataset;
import org.herodotus.eval.corpus.GeoCorpus.Point;
import org.herodotus.eval.corpus.GeoCorpus.Toponym;
import org.herodotus.place.Gazetteer;
import org.herodotus.place.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoEvaluationTest {

  @TempDir Path dir;

  private PlaceResolver resolver() throws IOException {
    Path gaz = dir.resolve("g.tsv");
    Files.writeString(
        gaz,
        String.join(
            "\n",
            "t:1\tSpringfield\tP\tPPL\tUS\tIllinois\t39.80\t-89.64\t100000\t",
            "t:2\tSpringfield\tP\tPPL\tUS\tMissouri\t37.21\t-93.29\t160000\t",
            "t:3\tChicago\tP\tPPL\tUS\tIllinois\t41.88\t-87.63\t2700000\t",
            ""));
    return new PlaceResolver(Gazetteer.ofFiles(List.of(gaz)));
  }

  //                 0         1         2         3         4
  //                 0123456789012345678901234567890123456789012345
  static final String TEXT = "From Chicago to Springfield and on to Atlantis.";

  static Article article() {
    return new Article(
        "t_000",
        TEXT,
        List.of(
            new Toponym(
                Span.of(5, 12), "Chicago", "Literal", Optional.of(new Point(41.88, -87.63))),
            new Toponym(
                Span.of(16, 27), "Springfield", "Literal", Optional.of(new Point(39.80, -89.64))),
            new Toponym(Span.of(38, 46), "Atlantis", "Literal", Optional.of(new Point(0, 0)))),
        List.of());
  }

  @Test
  void withGoldToponymsContextPicksTheSpringfieldNearChicago() throws IOException {
    Dataset d = new Dataset(GeoCorpus.Name.GEOVIRUS, List.of(article()), 0, 0);
    GeoEvaluation.Result r = new GeoEvaluation(resolver()).evaluate(d);
    assertThat(r.withCoordinates()).isEqualTo(3);
    assertThat(r.goldGiven().unresolved()).isEqualTo(1); // Atlantis
    assertThat(r.goldGiven().errors().accuracy()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.endToEnd()).isEmpty();
  }

  @Test
  void endToEndCountsRecognitionAndResolution() throws IOException {
    Dataset d = new Dataset(GeoCorpus.Name.GEOVIRUS, List.of(article()), 0, 0);
    // Chicago exact, "to Springfield" overlapping, a false positive "From", Atlantis missed
    GeoEvaluation.Recognizer recognizer =
        a -> List.of(Span.of(0, 4), Span.of(5, 12), Span.of(13, 27));
    GeoEvaluation.Result r =
        new GeoEvaluation(resolver()).evaluate(d, Optional.of(recognizer), a -> {});
    GeoEvaluation.EndToEnd e = r.endToEnd().orElseThrow();
    assertThat(e.overlap()).isEqualTo(new Metrics.Prf(2, 1, 1));
    assertThat(e.exact()).isEqualTo(new Metrics.Prf(1, 2, 2));
    assertThat(e.matched().n()).isEqualTo(2);
    assertThat(e.matched().accuracy()).isCloseTo(0.5, within(1e-9)); // "to Springfield": no entry
    assertThat(e.all().n()).isEqualTo(3);
    assertThat(e.all().accuracy()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void predictionsOnIgnoredSpansDoNotCount() throws IOException {
    Article a = article();
    Article withIgnored =
        new Article(a.id(), a.text(), a.toponyms(), List.of(Span.of(0, 4))); // "From"
    Dataset d = new Dataset(GeoCorpus.Name.GEOWEBNEWS, List.of(withIgnored), 0, 0);
    GeoEvaluation.Recognizer recognizer = x -> List.of(Span.of(0, 4), Span.of(5, 12));
    GeoEvaluation.Result r =
        new GeoEvaluation(resolver()).evaluate(d, Optional.of(recognizer), x -> {});
    assertThat(r.endToEnd().orElseThrow().overlap()).isEqualTo(new Metrics.Prf(1, 0, 2));
  }

  @Test
  void theRightAreaAtAnotherPointIsCountedApart() throws IOException {
    Path gaz = dir.resolve("areas.tsv");
    Files.writeString(
        gaz,
        String.join(
            "\n",
            "country:XX\tXanadu\tA\tPCLI\tXX\t\t10\t10\t1000000\tXanadu Republic",
            "t:9\tOregon\tP\tPPL\tUS\tIllinois\t42.01\t-89.33\t3700\t",
            ""));
    GeoEvaluation eval = new GeoEvaluation(new PlaceResolver(Gazetteer.ofFiles(List.of(gaz))));
    String text = "Xanadu Republic and Oregon.";
    Article a =
        new Article(
            "t_001",
            text,
            List.of(
                // the gold names the country by another of its names, at a point 5 degrees off
                new Toponym(
                    Span.of(0, 15),
                    "Xanadu Republic",
                    "toponym",
                    Optional.of(new Point(15, 10)),
                    Optional.of("Xanadu")),
                // a town that shares the state's name is not the same area
                new Toponym(
                    Span.of(20, 26),
                    "Oregon",
                    "toponym",
                    Optional.of(new Point(44, -120.5)),
                    Optional.of("Oregon"))),
            List.of());
    GeoEvaluation.Result r = eval.evaluate(new Dataset(GeoCorpus.Name.GEOVIRUS, List.of(a), 0, 0));
    assertThat(r.goldGiven().errors().accuracy()).isZero();
    assertThat(r.goldGiven().areaElsewhere()).isEqualTo(1);
  }
}
