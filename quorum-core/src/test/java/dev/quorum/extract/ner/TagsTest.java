package dev.quorum.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.extract.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

  @Test
  void bilouRoundTrips() {
    List<TokenChunk> chunks = List.of(new TokenChunk(0, 2, EntityType.PERSON),
        new TokenChunk(2, 3, EntityType.PERSON), new TokenChunk(4, 7, EntityType.ORG));
    int[] tags = Tags.encode(chunks, 8);
    assertThat(Tags.decode(tags)).isEqualTo(chunks);
    assertThat(Tags.pos(tags[0])).isEqualTo(Tags.B);
    assertThat(Tags.pos(tags[2])).isEqualTo(Tags.U);
    assertThat(tags[3]).isEqualTo(Tags.O);
  }

  @Test
  void iobIsReadAsConllevalDoes() {
    // IOB1: I- after O starts a chunk; B- splits two adjacent chunks of one type
    List<TokenChunk> chunks = TokenChunk.fromIob(
        List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG"));
    assertThat(chunks).containsExactly(new TokenChunk(0, 2, EntityType.PERSON),
        new TokenChunk(2, 3, EntityType.PERSON), new TokenChunk(4, 5, EntityType.PLACE),
        new TokenChunk(5, 7, EntityType.ORG));
    assertThat(TokenChunk.toIob1(chunks, 7))
        .containsExactly("I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-ORG");
  }

  @Test
  void viterbiNeverBuildsAnIllFormedSequence() {
    float[][] emission = new float[3][Tags.COUNT];
    // the emissions alone would prefer I-PER everywhere, which cannot open a sentence
    for (float[] row : emission) {
      row[Tags.of(EntityType.PERSON, Tags.I)] = 5;
    }
    int[] tags = NerModel.viterbi(emission, new float[(Tags.COUNT + 1) * Tags.COUNT]);
    for (int i = 0; i < tags.length; i++) {
      assertThat(Tags.allowed(i == 0 ? -1 : tags[i - 1], tags[i])).isTrue();
    }
    assertThat(Tags.allowedLast(tags[2])).isTrue();
  }
}
