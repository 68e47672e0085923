package dev.quorum.extract.entities;

import dev.quorum.extract.EntityLinker;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entities of a corpus, and which entity any span of an article refers to. */
public final class Entities implements EntityLinker {

  private record Located(Span span, int entity) {}

  private final List<Entity> entities;
  private final Map<String, List<Located>> byArticle = new HashMap<>();

  /** Entities in the given order; no two may claim overlapping spans of one article. */
  public Entities(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (int i = 0; i < this.entities.size(); i++) {
      for (EntityMention em : this.entities.get(i).mentions()) {
        byArticle.computeIfAbsent(em.article(), k -> new ArrayList<>())
            .add(new Located(em.span(), i));
      }
    }
    for (Map.Entry<String, List<Located>> e : byArticle.entrySet()) {
      List<Located> l = e.getValue();
      l.sort(Comparator.comparing(Located::span));
      for (int k = 1; k < l.size(); k++) {
        if (l.get(k).span().overlaps(l.get(k - 1).span())) {
          throw new IllegalArgumentException("two entity mentions overlap at " + l.get(k).span()
              + " of article " + e.getKey());
        }
      }
    }
  }

  /** The entities, most mentioned first, ties by id. */
  public List<Entity> entities() {
    return entities;
  }

  /** The entity with id {@code id}. */
  public Optional<Entity> byId(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The first entity one of whose names is {@code name}. */
  public Optional<Entity> named(String name) {
    return entities.stream().filter(e -> e.names().contains(name)).findFirst();
  }

  @Override
  public String entityAt(String articleId, Span span) {
    Entity e = entityAtSpan(articleId, span);
    return e == null ? null : e.id();
  }

  /** The entity whose mention overlaps {@code span} of article {@code articleId}, or null. */
  public Entity entityAtSpan(String articleId, Span span) {
    List<Located> located = byArticle.get(articleId);
    if (located == null) {
      return null;
    }
    int lo = 0;
    int hi = located.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = located.get(mid).span();
      if (s.end() <= span.start()) {
        lo = mid + 1;
      } else if (s.start() >= span.end()) {
        hi = mid - 1;
      } else {
        return entities.get(located.get(mid).entity());
      }
    }
    return null;
  }
}
