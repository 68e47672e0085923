package dev.quorum.bench.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.bench.SharedData;
import dev.quorum.bench.copies.WordNet;
import dev.quorum.text.PorterStemmer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the ROUGE re-implementation against official ROUGE-1.5.5 scores and the Porter stemmer. */
class RougeTest {

  @Test
  void porterStemsLikeTheReferenceImplementation() {
    String[][] cases = {
      {"caresses", "caress"}, {"ponies", "poni"}, {"cats", "cat"}, {"feed", "feed"},
      {"agreed", "agre"}, {"plastered", "plaster"}, {"motoring", "motor"}, {"hopping", "hop"},
      {"filing", "file"}, {"happy", "happi"}, {"relational", "relat"}, {"conditional", "condit"},
      {"digitizer", "digit"}, {"generalization", "gener"}, {"electrical", "electr"},
      {"adjustment", "adjust"}, {"adoption", "adopt"}, {"controlling", "control"},
      {"roll", "roll"}, {"youth", "youth"}, {"yelling", "yell"}, {"wednesday", "wednesdai"},
      {"analogous", "analog"}, {"archaeology", "archaeolog"}, {"possibly", "possibl"},
      {"sensibility", "sensibl"}, {"rate", "rate"}, {"cease", "ceas"}, {"generously", "gener"}
    };
    for (String[] c : cases) {
      assertThat(PorterStemmer.stem(c[0])).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void rougeStemmerChainsStepFourLikeRouge155() {
    // ROUGE-1.5.5 strips al/ance/.../ement, then ment, then ent or (s|t)ion, each on what is left
    String[][] cases = {
      {"traditionally", "tradit"}, {"tradition", "tradit"}, {"traditional", "tradit"},
      {"professional", "profess"}, {"incidental", "incid"}, {"agreement", "agreem"},
      {"settlement", "settlem"}, {"government", "govern"}, {"adjustment", "adjust"},
      {"generously", "gener"}, {"relational", "relat"}, {"hopping", "hop"}, {"wednesday", "wednesdai"}
    };
    for (String[] c : cases) {
      assertThat(RougeStemmer.stem(c[0])).as(c[0]).isEqualTo(c[1]);
    }
    // the standard stemmer, which the summarizer uses, takes one longest suffix in step 4
    assertThat(PorterStemmer.stem("traditionally")).isEqualTo("tradition");
    assertThat(PorterStemmer.stem("agreement")).isEqualTo("agreement");
  }

  @Test
  void cutsRawWordsThenTokenizes() {
    Rouge r = new Rouge(2, 5, true, Map.of("fled", "flee"));
    // five raw words: "Pinochet", ",", "who", "fled", "Chile-based"; the sixth is cut
    assertThat(r.tokens("Pinochet , who fled Chile-based regimes")).containsExactly(
        "pinochet", "who", "flee", "chile", "base");
    List<Rouge.Score> s = new Rouge(2, 0, false, Map.of()).score("a b c", List.of("a b d", "b c"));
    assertThat(s.get(0).hits()).isEqualTo(4);
    assertThat(s.get(0).modelGrams()).isEqualTo(5);
    assertThat(s.get(1).hits()).isEqualTo(2);
    assertThat(s.get(1).modelGrams()).isEqualTo(3);
  }

  @Test
  void matchesOfficialRouge155OnTheDucReference() {
    Path duc = SharedData.dataSet("duc2003").orElse(null);
    assumeTrue(duc != null, "shared/data/duc2003 absent");
    Map<String, String> exc = Rouge.wordNetExceptions(WordNet.defaultDir());
    assumeTrue(!exc.isEmpty(), "WordNet exception lists absent");
    Rouge rouge = Rouge.duc(exc);
    List<RougeReference.Row> rows = RougeReference.rows(duc);
    assertThat(rows).hasSize(60);
    List<String> off = new ArrayList<>();
    for (RougeReference.Row row : rows) {
      List<Rouge.Score> s = rouge.score(row.summary(), RougeReference.models(duc, row.topic()));
      double d1 = Math.abs(s.get(0).recall() - row.rouge1());
      double d2 = Math.abs(s.get(1).recall() - row.rouge2());
      if (d1 > 0.001 || d2 > 0.001) {
        off.add(row.topic() + " " + row.system() + " " + s + " vs " + row.rouge1() + " " + row.rouge2());
      }
    }
    // every official row, ROUGE-1 and ROUGE-2, within 0.001 (measured: all 60)
    assertThat(off).isEmpty();
  }
}
