package dev.quorum.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.extract.EntityType;
import dev.quorum.extract.NameMention;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.Pipelines;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerModelTest {

  @Test
  void shippedModelFindsTypedNames() {
    List<List<TokenChunk>> tags = NerModel.english().tag(List.<String[]>of(
        "Peter Blackburn , a spokesman for the European Commission , said in Brussels on Monday"
            .split(" ")));
    assertThat(tags.get(0)).containsExactly(new TokenChunk(0, 2, EntityType.PERSON),
        new TokenChunk(7, 9, EntityType.ORG), new TokenChunk(12, 13, EntityType.PLACE));
  }

  @Test
  void writingAndReadingKeepsTheModel() throws IOException {
    NerModel m = NerModel.english();
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    m.write(a);
    NerModel back = NerModel.read(new ByteArrayInputStream(a.toByteArray()));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    back.write(b);
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    assertThat(back.featureCount()).isEqualTo(m.featureCount());
  }

  static final String TRAIN = """
      -DOCSTART- -X- O O

      John NNP I-NP I-PER
      Smith NNP I-NP I-PER
      visited VBD I-VP O
      Paris NNP I-NP I-LOC
      . . O O

      Acme NNP I-NP I-ORG
      Corp NNP I-NP I-ORG
      hired VBD I-VP O
      Mary NNP I-NP I-PER
      . . O O

      -DOCSTART- -X- O O

      Mary NNP I-NP I-PER
      Jones NNP I-NP I-PER
      left VBD I-VP O
      Berlin NNP I-NP I-LOC
      for IN I-PP O
      Acme NNP I-NP I-ORG
      . . O O
      """;

  @Test
  void trainingIsDeterministicAndLearnsItsData() throws IOException {
    List<ConllDocument> docs = ConllDocument.read(new BufferedReader(new StringReader(TRAIN)));
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences().get(0).gold())
        .containsExactly(new TokenChunk(0, 2, EntityType.PERSON),
            new TokenChunk(3, 4, EntityType.PLACE));
    byte[][] bytes = new byte[2][];
    NerModel m = null;
    for (int run = 0; run < 2; run++) {
      m = new NerTrainer(NerTrainer.allGroups(), 5, 7, 1, null).train(docs, null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.write(out);
      bytes[run] = out.toByteArray();
    }
    assertThat(bytes[1]).isEqualTo(bytes[0]);
    assertThat(m.tag(List.<String[]>of("John Smith visited Paris .".split(" "))).get(0))
        .containsExactly(new TokenChunk(0, 2, EntityType.PERSON),
            new TokenChunk(3, 4, EntityType.PLACE));
  }

  @Test
  void nameFinderSplitsTypographicPossessivesOff() {
    Article a = Pipelines.standard().process(new RawDocument("t", Source.file("t.txt"), "text",
        MediaType.TEXT, "Angela Merkel\u2019s government met in Berlin on Tuesday, officials said.",
        Metadata.EMPTY));
    List<NameMention> names = PerceptronNameFinder.english().find(a);
    assertThat(names).extracting(NameMention::text).containsExactly("Angela Merkel", "Berlin");
    assertThat(names.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(names.get(1).type()).isEqualTo(EntityType.PLACE);
  }
}
