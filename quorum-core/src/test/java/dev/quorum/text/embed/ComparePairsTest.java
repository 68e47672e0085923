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

  @Test
  void verdictsDoNotDependOnTheOrderOfTheLines() throws Exception {
    String[] lines = {
      "a\tThe company said profits rose 5 percent in the third quarter.\tProfits climbed 5 percent"
          + " in the third quarter, the company said.",
      "b\tThe storm killed three people in the north.\tThree people died when the storm hit the"
          + " northern region on Sunday night.",
      "c\tShort.\tA much longer sentence that pads every shorter one in its batch with many tokens.",
      "d\tThe minister resigned on Friday.\tOn Friday the minister stepped down.",
    };
    java.util.Map<String, String> forward = verdicts(String.join("\n", lines));
    java.util.List<String> reversed = new java.util.ArrayList<>(java.util.List.of(lines));
    java.util.Collections.reverse(reversed);
    assertThat(verdicts(String.join("\n", reversed))).isEqualTo(forward);
  }

  private static java.util.Map<String, String> verdicts(String input) throws Exception {
    StringWriter out = new StringWriter();
    try (SentenceEmbedder embedder = SentenceEmbedder.open(
        SentenceEmbedder.Options.defaults().withBatchSize(3).withCacheCapacity(0))) {
      ComparePairs.run(new BufferedReader(new StringReader(input)), out, new SentenceMatcher(embedder));
    }
    java.util.Map<String, String> byId = new java.util.TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString().split("\n")) {
      JsonNode n = json.readTree(line);
      byId.put(n.get("id").asText(), n.toString());
    }
    return byId;
  }
}
