package dev.quorum.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.extract.EntityType;
import dev.quorum.extract.NameFinder;
import dev.quorum.extract.NameMention;
import dev.quorum.model.Article;
import dev.quorum.model.MediaType;
import dev.quorum.model.Metadata;
import dev.quorum.model.RawDocument;
import dev.quorum.model.Source;
import dev.quorum.model.Span;
import dev.quorum.pipeline.Pipelines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

  /** Finds exactly the given names, longest first, so merging is tested apart from the tagger. */
  static NameFinder finder(Map<String, EntityType> names) {
    return article -> {
      List<NameMention> out = new ArrayList<>();
      List<String> byLength = new ArrayList<>(names.keySet());
      byLength.sort(Comparator.comparingInt(String::length).reversed());
      for (String n : byLength) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(article.text());
        while (m.find()) {
          Span s = new Span(m.start(), m.end());
          if (out.stream().noneMatch(x -> x.span().overlaps(s))) {
            out.add(new NameMention(s, names.get(n), n));
          }
        }
      }
      out.sort(Comparator.comparing(NameMention::span));
      return out;
    };
  }

  static Article article(String id, String text) {
    return Pipelines.standard().process(new RawDocument(id, Source.file(id + ".txt"), "text",
        MediaType.TEXT, text, Metadata.EMPTY));
  }

  static final EntityType P = EntityType.PERSON;
  static final EntityType L = EntityType.PLACE;

  @Test
  void aSurnameJoinsOnlyTheFullNameItCanMean() {
    Map<String, EntityType> names = Map.of("Bill Carter", P, "Jane Carter", P, "Carter", P,
        "Ohio", L);
    Entities e = new EntityResolver(finder(names)).resolve(List.of(
        article("a", "Bill Carter spoke in Ohio on Monday. Later Carter left for home."),
        article("b", "Jane Carter spoke in Ohio on Tuesday. Carter said she would return."),
        article("c", "Carter did not answer questions about the plan in Ohio.")));
    Entity bill = e.named("Bill Carter").orElseThrow();
    Entity jane = e.named("Jane Carter").orElseThrow();
    assertThat(bill).isNotEqualTo(jane);
    assertThat(bill.mentions()).hasSize(2);
    assertThat(jane.mentions()).hasSize(2);
    // article c's lone surname could be either: it stays apart
    Entity lone = e.entityAtSpan("c", new Span(0, 6));
    assertThat(lone).isNotNull().isNotEqualTo(bill).isNotEqualTo(jane);
    assertThat(lone.name()).isEqualTo("Carter");
  }

  @Test
  void aSurnameJoinsTheOnlyFullNameAcrossArticles() {
    Map<String, EntityType> names = Map.of("Maria Lopez", P, "Lopez", P);
    Entities e = new EntityResolver(finder(names)).resolve(List.of(
        article("a", "Maria Lopez won the election on Sunday by a wide margin."),
        article("b", "Lopez thanked her supporters in a speech on Monday.")));
    assertThat(e.entities()).hasSize(1);
    assertThat(e.entities().get(0).name()).isEqualTo("Maria Lopez");
    assertThat(e.entities().get(0).aliases()).containsExactly("Lopez");
  }

  @Test
  void titlesAreStrippedAndKeptAsRoles() {
    Map<String, EntityType> names = Map.of("President Anna Berg", P, "Anna Berg", P,
        "Olaf Lind", P);
    Entities e = new EntityResolver(finder(names)).resolve(List.of(article("a",
        "President Anna Berg met Defense Minister Olaf Lind on Friday. Anna Berg said the talks"
            + " went well.")));
    Entity berg = e.named("Anna Berg").orElseThrow();
    assertThat(berg.mentions()).hasSize(2);
    assertThat(berg.roles()).containsExactly("President");
    assertThat(e.named("Olaf Lind").orElseThrow().roles()).containsExactly("Defense Minister");
  }

  @Test
  void aliasesDefinedInTheTextMergeAndTheCurrentNameWins() {
    Map<String, EntityType> names = Map.of("Northport", L, "Kingsford", L, "Eastvale", L,
        "Westfield", L);
    Entities e = new EntityResolver(finder(names)).resolve(List.of(
        article("a", "Troops entered Northport (formerly Kingsford) on Monday. Northport was"
            + " quiet by evening."),
        article("b", "Fighting went on near Kingsford, officials said, using the old name for"
            + " Northport."),
        article("c", "Eastvale, also known as Westfield, was shelled overnight.")));
    Entity n = e.named("Northport").orElseThrow();
    assertThat(n.aliases()).containsExactly("Kingsford");
    assertThat(n.name()).isEqualTo("Northport");
    assertThat(e.named("Westfield").orElseThrow().names()).contains("Eastvale");
  }

  @Test
  void spellingVariantsMergeOnlyWithSharedContext() {
    Map<String, EntityType> names = Map.of("Dmitry Petrovsky", P, "Dmitry Petrovskyy", P,
        "Lvovsk", L, "Ostrava", L, "Harbin", L);
    Entities together = new EntityResolver(finder(names)).resolve(List.of(
        article("a", "Dmitry Petrovsky visited Lvovsk and Ostrava last week."),
        article("b", "In Lvovsk, Dmitry Petrovskyy said Ostrava would get aid.")));
    assertThat(together.named("Dmitry Petrovsky").orElseThrow().names())
        .contains("Dmitry Petrovskyy");
    Entities apart = new EntityResolver(finder(names)).resolve(List.of(
        article("a", "Dmitry Petrovsky visited Lvovsk and Ostrava last week."),
        article("b", "Dmitry Petrovskyy opened a shop in Harbin.")));
    assertThat(apart.named("Dmitry Petrovsky").orElseThrow().names())
        .doesNotContain("Dmitry Petrovskyy");
  }

  @Test
  void linkerAnswersBySpan() {
    Map<String, EntityType> names = Map.of("Ohio", L);
    Entities e = new EntityResolver(finder(names)).resolve(List.of(
        article("a", "Storms hit Ohio on Monday.")));
    assertThat(e.entityAt("a", new Span(11, 15))).isEqualTo("ohio");
    assertThat(e.entityAt("a", new Span(0, 6))).isNull();
    assertThat(e.entityAt("b", new Span(11, 15))).isNull();
  }
}
