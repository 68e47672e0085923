package dev.quorum.corroborate;

import dev.quorum.brief.ClaimStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides for each figure whether it is corroborated, single-source, unverified or disputed,
 * counting independent origins, never articles.
 *
 * <p>Two facts conflict when they count the same quantity in the same scope and unit and the
 * ranges their qualifiers admit do not overlap: "nearly a fifth" and "nearly 20 percent" agree,
 * "more than 170" and "150" do not. Facts with different scopes ("in the past 24 hours", "since
 * February 24") never conflict; they are different figures shown side by side.
 */
public final class Corroborator {

  /** The verdict for every fact, by fact id, in input order. */
  public Map<String, Verdict> judge(List<Fact> facts) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (Fact f : facts) {
      groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
    }
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Fact f : facts) {
      Interval mine = Interval.of(f.value(), f.qualifier());
      List<String> conflicts = new ArrayList<>();
      for (Fact other : groups.get(key(f))) {
        if (!other.id().equals(f.id())
            && !mine.overlaps(Interval.of(other.value(), other.qualifier()))) {
          conflicts.add(other.id());
        }
      }
      ClaimStatus status;
      if (!conflicts.isEmpty()) {
        status = ClaimStatus.DISPUTED;
      } else if (f.hedged()) {
        status = ClaimStatus.UNVERIFIED;
      } else if (f.origins().size() >= 2) {
        status = ClaimStatus.CORROBORATED;
      } else {
        status = ClaimStatus.SINGLE_SOURCE;
      }
      out.put(f.id(), new Verdict(status, conflicts));
    }
    return out;
  }

  private static String key(Fact f) {
    return f.quantity() + '\u0000' + f.scope() + '\u0000' + f.unit();
  }
}
