package org.herodotus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.herodotus.doc.Doc;
import org.herodotus.doc.Layer;
import org.herodotus.doc.Metadata;
import org.herodotus.doc.Note;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static Stage stage(
      String name, Set<Layer> requires, Set<Layer> provides, UnaryOperator<Doc> body) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> requires() {
        return requires;
      }

      @Override
      public Set<Layer> provides() {
        return provides;
      }

      @Override
      public Doc apply(Doc doc) {
        return body.apply(doc);
      }
    };
  }

  @Test
  void aStageWhoseInputNoEarlierStageProvidesIsRefusedWhenThePipelineIsBuilt() {
    Stage entities =
        stage("entities", EnumSet.of(Layer.MENTIONS), EnumSet.of(Layer.ENTITIES), d -> d);
    Stage nlp = stage("nlp", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.MENTIONS), d -> d);

    assertThatThrownBy(() -> Pipeline.of(entities, nlp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage 'entities' requires layer MENTIONS");
    assertThat(Pipeline.of(nlp, entities).provides()).contains(Layer.MENTIONS, Layer.ENTITIES);
  }

  @Test
  void stagesRunInOrderOnImmutableDocuments() {
    Stage first = stage("first", Set.of(), Set.of(), d -> d.withNote(new Note("first", "ran")));
    Stage second = stage("second", Set.of(), Set.of(), d -> d.withNote(new Note("second", "ran")));
    Doc input = Doc.of("x", "text", Metadata.empty(), List.of());

    Doc output = Pipeline.of(first, second).apply(input);

    assertThat(output.notes()).extracting(Note::stage).containsExactly("first", "second");
    assertThat(input.notes()).isEmpty();
  }
}
