package dev.quorum.brief;

import java.util.List;
import java.util.Objects;

/**
 * Everything a briefing shows, ready to render: per story its summary, figures, quotes and
 * entities, and for the corpus its sources and copy relations.
 *
 * @param title the headline of the whole briefing (the main story's title)
 * @param stories one briefing per story, largest first
 * @param sources every article with its outlet, date and origin
 * @param copies which articles copy or rewrite which
 * @param origins how many independent origins the articles come from
 */
public record Briefing(
    String title, List<Story> stories, List<Source> sources, List<Copy> copies, int origins) {

  public Briefing {
    Objects.requireNonNull(title, "title");
    stories = List.copyOf(stories);
    sources = List.copyOf(sources);
    copies = List.copyOf(copies);
  }

  /**
   * One story's briefing.
   *
   * @param id story id
   * @param title readable title
   * @param span first and last date of its articles, or null when undated
   * @param articles member article ids
   * @param events the events of the story, each with its title and articles
   * @param summary the summary sentences, each citing every article that states it
   * @param figures key figures with their status
   * @param quotes who said what
   * @param entities who and where
   * @param timeline dated articles in time order
   */
  public record Story(
      String id,
      String title,
      String span,
      List<String> articles,
      List<Event> events,
      List<Statement> summary,
      List<Figure> figures,
      List<Quote> quotes,
      List<Entity> entities,
      List<Dated> timeline) {

    public Story {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      articles = List.copyOf(articles);
      events = List.copyOf(events);
      summary = List.copyOf(summary);
      figures = List.copyOf(figures);
      quotes = List.copyOf(quotes);
      entities = List.copyOf(entities);
      timeline = List.copyOf(timeline);
    }
  }

  /** An event of a story. */
  public record Event(String id, String title, List<String> articles) {

    public Event {
      articles = List.copyOf(articles);
    }
  }

  /**
   * A sentence of the summary, verbatim from its first citation.
   *
   * @param text the sentence
   * @param mentions every sentence of every article that states it
   * @param origins the number of independent origins among those articles
   */
  public record Statement(String text, List<Citation> mentions, int origins) {

    public Statement {
      Objects.requireNonNull(text, "text");
      mentions = List.copyOf(mentions);
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("a summary sentence must cite its source: " + text);
      }
      if (origins < 1) {
        throw new IllegalArgumentException("a cited statement has at least one origin");
      }
    }
  }

  /**
   * A key figure: one claim with what it counts, its sources and status.
   *
   * @param id claim id
   * @param value the value as the text says it ("nearly 20 percent")
   * @param quantity what is counted
   * @param scope time or place scope, or null
   * @param claimant who states it
   * @param status corroboration status
   * @param hedge the hedge words when the claim is hedged, else null
   * @param mentions where it is stated
   * @param origins number of independent origins stating it
   * @param conflicts ids of the figures it disputes
   */
  public record Figure(
      String id,
      String value,
      String quantity,
      String scope,
      String claimant,
      ClaimStatus status,
      String hedge,
      List<Citation> mentions,
      int origins,
      List<String> conflicts) {

    public Figure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(status, "status");
      mentions = List.copyOf(mentions);
      conflicts = List.copyOf(conflicts);
    }
  }

  /**
   * A quote and who said it.
   *
   * @param id quote id
   * @param text the words, as first reported
   * @param speaker the speaker as named, or null when unknown
   * @param direct true for quoted words, false for reported speech
   * @param mentions every report of it
   * @param origins number of independent origins reporting it
   */
  public record Quote(
      String id, String text, String speaker, boolean direct, List<Citation> mentions,
      int origins) {

    public Quote {
      Objects.requireNonNull(text, "text");
      mentions = List.copyOf(mentions);
    }
  }

  /** An entity with its other names and roles. */
  public record Entity(
      String id, String name, String type, List<String> aliases, List<String> roles,
      int mentions) {

    public Entity {
      aliases = List.copyOf(aliases);
      roles = List.copyOf(roles);
    }
  }

  /** A dated article on the timeline. */
  public record Dated(String date, String article, String title) {}

  /**
   * An article and where it comes from.
   *
   * @param article article id
   * @param title its headline
   * @param outlet publisher, or null
   * @param published publication date, or null
   * @param url its address, or null
   * @param origin the id of its independent origin
   */
  public record Source(
      String article, String title, String outlet, String published, String url, String origin) {}

  /**
   * A copy relation in words: {@code a verb b}, e.g. "004 rewrites 002".
   *
   * @param a the copy
   * @param verb "duplicates", "copies" or "rewrites"
   * @param b the article copied
   * @param aligned aligned sentence pairs
   * @param sentencesOfB sentences of {@code b}
   */
  public record Copy(String a, String verb, String b, int aligned, int sentencesOfB) {}
}
