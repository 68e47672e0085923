package dev.quorum.corroborate;

import java.util.Objects;
import java.util.Set;

/**
 * A figure as corroboration sees it: what is counted, in which scope, which value, from which
 * independent origins, and whether every report of it hedges.
 *
 * @param id the claim id
 * @param quantity a normalized key of what is counted ("russian soldiers killed")
 * @param scope a normalized key of the time and place scope, empty when none is given
 * @param unit the unit, empty for plain counts
 * @param value the value
 * @param qualifier the qualifier as written ("nearly", "more than"), or null for an exact value
 * @param hedged true when every report of the figure is hedged
 * @param origins the independent origins that state it
 */
public record Fact(
    String id,
    String quantity,
    String scope,
    String unit,
    double value,
    String qualifier,
    boolean hedged,
    Set<String> origins) {

  public Fact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(quantity, "quantity");
    scope = scope == null ? "" : scope;
    unit = unit == null ? "" : unit;
    origins = Set.copyOf(origins);
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("fact " + id + " has no value");
    }
    if (origins.isEmpty()) {
      throw new IllegalArgumentException("fact " + id + " has no origin");
    }
  }
}
