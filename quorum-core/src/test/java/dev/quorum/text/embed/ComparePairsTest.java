package dev.quorum.text.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ComparePairsTest {

  @Test
  void writesOneJsonLinePerWellFormedPairInOrder() throws Exception {
    String input = "\uFEFFp1\tThe bridge will reopen next week.\tThe bridge reopens next week.\n"
        + "not a pair\n"
        + "\n"
        + "p2\tHeavy rain flooded the streets.\tThe minister resigned on Friday.\n"
        + "p3\t\t\n";
    StringWriter out = new StringWriter();
    try (SentenceEmbedder embedder = SentenceEmbedder.open()) {
      ComparePairs.Counts counts = ComparePairs.run(
          new BufferedReader(new StringReader(input)), out, new SentenceMatcher(embedder));
      assertThat(counts).isEqualTo(new ComparePairs.Counts(3, 1));
    }
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.get("id").asText()).isEqualTo("p1");
    assertThat(first.get("same").asBoolean()).isTrue();
    JsonNode second = json.readTree(lines[1]);
    assertThat(second.get("id").asText()).isEqualTo("p2");
    assertThat(second.get("same").asBoolean()).isFalse();
    assertThat(second.get("similarity").asDouble()).isBetween(0.0, first.get("similarity").asDouble());
    assertThat(json.readTree(lines[2]).get("id").asText()).isEqualTo("p3");
  }
}
