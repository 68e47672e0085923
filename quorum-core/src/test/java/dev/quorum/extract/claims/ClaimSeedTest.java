package dev.quorum.extract.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.copies.CopyDetector;
import dev.quorum.copies.CopyReport;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.pipeline.ArticlePipeline;
import dev.quorum.pipeline.Pipelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance on the five seed reports in examples/bakhmut (issue 6, numeric claims). */
class ClaimSeedTest {

  static List<Article> seeds;
  static List<Claim> claims;

  @BeforeAll
  static void extract() throws IOException {
    ArticlePipeline pipeline = Pipelines.standard();
    seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "bakhmut"))) {
      for (Path f : files.sorted().toList()) {
        String id = f.getFileName().toString().replace(".txt", "");
        seeds.add(pipeline.process(new RawDocument(id, Source.file(id + ".txt"), "text",
            MediaType.TEXT, Files.readString(f, StandardCharsets.UTF_8), Metadata.EMPTY)));
      }
    }
    CopyReport copies = new CopyDetector().detect(seeds);
    claims = new ClaimExtractor().extract(seeds, copies);
  }

  static Set<String> articles(Claim c) {
    return c.mentions().stream().map(m -> m.article().substring(0, 3)).collect(Collectors.toSet());
  }

  static List<Claim> withValue(double value) {
    return claims.stream().filter(c -> Math.abs(c.value() - value) < 1e-9).toList();
  }

  @Test
  void attacksRepelledIn003() {
    assertThat(withValue(170)).singleElement().satisfies(c -> {
      assertThat(articles(c)).containsExactly("003");
      assertThat(c.mentions()).hasSize(2); // "over 170" and "more than 170" in the same report
      assertThat(c.qualifier()).isEqualTo("more than");
      assertThat(c.unit()).isEqualTo("count");
      assertThat(c.quantity()).contains("attacks").contains("repelled");
      assertThat(c.scope()).contains("24 hours");
    });
  }

  @Test
  void fourHundredMillionDollarsIn003() {
    assertThat(withValue(4e8)).singleElement().satisfies(c -> {
      assertThat(articles(c)).containsExactly("003");
      assertThat(c.unit()).isEqualTo("USD");
      assertThat(c.quantity()).contains("package");
    });
  }

  @Test
  void sixteenHundredRussiansKilledIsHedgedIn004() {
    assertThat(withValue(1600)).singleElement().satisfies(c -> {
      assertThat(articles(c)).containsExactly("004");
      assertThat(c.quantity()).isEqualTo("Russians killed");
      assertThat(c.scope()).isEqualTo("in the past 24 hours");
      assertThat(c.hedged()).isTrue();
      assertThat(c.hedge()).isEqualTo("cannot be confirmed");
      assertThat(c.claimant()).isEqualTo("The Ukrainian military command");
    });
  }

  @Test
  void aCityOfSeventyThousandIn000() {
    assertThat(withValue(70_000)).singleElement().satisfies(c -> {
      assertThat(articles(c)).containsExactly("000");
      assertThat(c.quantity()).isEqualTo("people");
      assertThat(c.claimant()).isEqualTo("Volodymyr Zelensky"); // "He said", resolved
    });
  }

  @Test
  void pronounClaimantsAreResolvedNeverKept() {
    assertThat(withValue(0.4)).singleElement()
        .satisfies(c -> assertThat(c.claimant()).isEqualTo("Sergei Shoigu")); // "He estimates"
    Set<String> pronouns = Set.of("he", "she", "they", "it", "we", "i", "you");
    for (Claim c : claims) {
      for (ClaimMention m : c.mentions()) {
        assertThat(m.claimant() == null ? "" : m.claimant().toLowerCase(java.util.Locale.ROOT))
            .as(c.text()).isNotIn(pronouns);
      }
    }
  }

  @Test
  void aFifthAndTwentyPercentOfTheTerritoryAreOneClaimFromTwoOrigins() {
    assertThat(withValue(0.2)).singleElement().satisfies(c -> {
      assertThat(articles(c)).containsExactlyInAnyOrder("001", "002", "004");
      assertThat(c.unit()).isEqualTo("share");
      assertThat(c.qualifier()).isEqualTo("nearly");
      assertThat(c.quantityKey()).isEqualTo("territory");
      assertThat(c.origins()).isEqualTo(2);
    });
  }

  @Test
  void ratiosDurationsAndAttributions() {
    assertThat(withValue(1.0 / 7)).singleElement().satisfies(c -> {
      assertThat(c.unit()).isEqualTo("ratio");
      assertThat(c.claimant()).contains("Danilov");
    });
    assertThat(withValue(9)).anySatisfy(c -> {
      assertThat(c.unit()).isEqualTo("month");
      assertThat(c.qualifier()).isEqualTo("nearly");
    });
    assertThat(withValue(1060)).singleElement().satisfies(c -> {
      assertThat(c.claimant()).isEqualTo("Ukraine\u2019s General Staff");
      assertThat(c.scope()).isEqualTo("since February 24");
      assertThat(c.hedge()).isEqualTo("could not be independently verified");
    });
  }

  @Test
  void nothingFromTeasersDatesUnitNamesOrOrdinals() {
    assertThat(withValue(171)).isEmpty(); // "171 cases" is in a removed teaser
    assertThat(withValue(93)).isEmpty(); // 93rd Mechanized Brigade
    assertThat(withValue(58)).isEmpty();
    assertThat(withValue(2022)).isEmpty();
    assertThat(withValue(24).stream().filter(c -> c.unit().equals("count"))).isEmpty();
    assertThat(withValue(300)).isEmpty(); // "300 days ago" is a time, not a claim
    assertThat(withValue(46)).isEmpty(); // an age in passing
  }

  @Test
  void conflictsGroupClaimsAboutOneQuantity() {
    // the corpus-level grouping puts different values for one quantity side by side
    assertThat(ClaimExtractor.byQuantity(claims).values())
        .allSatisfy(g -> assertThat(g).extracting(Claim::quantityKey).containsOnly(g.get(0).quantityKey()));
    assertThat(ClaimExtractor.conflicts(claims).values())
        .allSatisfy(g -> assertThat(g.stream().map(Claim::value).distinct().count()).isGreaterThan(1));
  }

  @Test
  void everyMentionSpanHoldsItsNumberAndIdsAreStable() {
    for (Claim c : claims) {
      for (ClaimMention m : c.mentions()) {
        Article a = seeds.stream().filter(s -> s.id().equals(m.article())).findFirst().orElseThrow();
        assertThat(m.span().of(a.text())).isNotBlank();
        assertThat(m.sentence().contains(m.span())).isTrue();
      }
    }
    List<Claim> again = new ClaimExtractor().extract(seeds, new CopyDetector().detect(seeds));
    assertThat(again).isEqualTo(claims);
  }
}
