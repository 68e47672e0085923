package dev.quorum.extract.entities;

import dev.quorum.extract.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or other named thing, merged across the articles of a corpus.
 *
 * @param id stable id, derived from the canonical name
 * @param name the canonical name: the most complete, most frequent current form
 * @param type the entity type most of its mentions were given
 * @param aliases the other names it goes by, sorted
 * @param roles titles and roles the text gives a person ("Defense Minister"), most frequent first
 * @param mentions every mention, by article id and position
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> roles,
    List<EntityMention> mentions) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mentions");
    }
    if (aliases.contains(name)) {
      throw new IllegalArgumentException("entity " + id + " lists its own name as an alias");
    }
  }

  /** All names: the canonical one, then the aliases. */
  public List<String> names() {
    List<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
