package dev.quorum.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.extract.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinOfNamesTest {

  private static String[] words(String s) {
    return s.split(" ");
  }

  @Test
  void anInstitutionCutAtItsInnerForIsWhole() {
    String[] w = words("the Washington-based Institute for the Study of War wrote .");
    List<TokenChunk> chunks = List.of(new TokenChunk(5, 8, EntityType.MISC));
    assertThat(PerceptronNameFinder.joinOfNames(w, chunks))
        .containsExactly(new TokenChunk(2, 8, EntityType.ORG));
  }

  @Test
  void placesStayPlacesAndTaggedNeighboursAreNotSwallowed() {
    String[] w = words("ships in the Gulf of Mexico and Smith of Texas");
    List<TokenChunk> chunks = List.of(new TokenChunk(5, 6, EntityType.PLACE),
        new TokenChunk(7, 8, EntityType.PERSON), new TokenChunk(9, 10, EntityType.PLACE));
    assertThat(PerceptronNameFinder.joinOfNames(w, chunks)).containsExactly(
        new TokenChunk(3, 6, EntityType.PLACE), new TokenChunk(7, 8, EntityType.PERSON),
        new TokenChunk(9, 10, EntityType.PLACE));
  }

  @Test
  void theFirstWordOfASentenceIsNeverTakenIn() {
    String[] w = words("Most of Europe froze");
    List<TokenChunk> chunks = List.of(new TokenChunk(2, 3, EntityType.PLACE));
    assertThat(PerceptronNameFinder.joinOfNames(w, chunks))
        .containsExactly(new TokenChunk(2, 3, EntityType.PLACE));
  }
}
