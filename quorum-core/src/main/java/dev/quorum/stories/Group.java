package dev.quorum.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * A cluster under construction (an event, or a storyline of events): summed unit vectors, member
 * ids, dates and the bookkeeping of the active window.
 */
final class Group {

  /** Terms kept per centroid once it grows past twice this: bounds a cluster's memory. */
  static final int MAX_TERMS = 300;

  final int serial;
  final List<String> articles = new ArrayList<>();
  final List<Unit> members = new ArrayList<>();
  IntFloatMap terms = new IntFloatMap(64);
  /**
   * Terms the index already lists this group under: a term pruned from the centroid and added
   * again must not be listed twice (duplicate postings would count it twice and grow the index).
   */
  IntFloatMap indexed = new IntFloatMap(64);
  IntFloatMap entities = new IntFloatMap(16);
  /** Per entity, in how many units it occurs: ranks the main entities. */
  IntFloatMap entityUnits = new IntFloatMap(16);
  float[] embedding;
  int units;
  int minDay = Integer.MAX_VALUE;
  int maxDay = Integer.MIN_VALUE;
  long touched;
  boolean retired;
  double termNorm = -1;
  double entityNorm = -1;
  /** For an event, its storyline; null for a storyline. */
  Group story;
  /** For a storyline, its events in creation order. */
  final List<Group> events = new ArrayList<>();

  Group(int serial) {
    this.serial = serial;
  }

  boolean dated() {
    return minDay <= maxDay;
  }

  /** Members kept for choosing the title: the first ones are enough and bound the memory. */
  static final int MAX_MEMBERS = 64;

  /** The group this one was merged into, null while it stands on its own. */
  Group mergedInto;

  /** The main names fixed when the group retired, null while it is active. */
  List<String> mainEntities;

  /** The title chosen when the group retired, null while it is active. */
  String title;

  /** Adds a unit's vectors; returns the term ids new to the centroid. */
  int[] add(Unit u) {
    if (members.size() < MAX_MEMBERS && !retired) {
      members.add(u);
    }
    units++;
    if (u.dated()) {
      minDay = Math.min(minDay, u.day);
      maxDay = Math.max(maxDay, u.day);
    }
    termNorm = -1;
    entityNorm = -1;
    if (retired) {
      return new int[0];
    }
    int[] fresh = new int[u.terms.length];
    int n = 0;
    for (int i = 0; i < u.terms.length; i++) {
      terms.add(u.terms[i], u.termWeights[i]);
      if (indexed.add(u.terms[i], 1f)) {
        fresh[n++] = u.terms[i];
      }
    }
    for (int i = 0; i < u.entities.length; i++) {
      entities.add(u.entities[i], u.entityWeights[i]);
      entityUnits.add(u.entities[i], 1f);
    }
    if (u.embedding != null) {
      if (embedding == null) {
        embedding = new float[u.embedding.length];
      }
      for (int d = 0; d < embedding.length; d++) {
        embedding[d] += u.embedding[d];
      }
    }
    if (terms.size() > 2 * MAX_TERMS) {
      terms.retainLargest(MAX_TERMS);
    }
    if (entities.size() > 2 * MAX_TERMS) {
      entities.retainLargest(MAX_TERMS);
      entityUnits.retainLargest(MAX_TERMS);
    }
    return java.util.Arrays.copyOf(fresh, n);
  }

  /** The group this one ended up in after merges (itself if never merged). */
  Group resolve() {
    Group g = this;
    while (g.mergedInto != null) {
      g = g.mergedInto;
    }
    return g;
  }

  /** The group's centroid as a unit, for comparing two groups. */
  Unit view() {
    int[] t = terms.keys();
    int[] e = entities.keys();
    Unit u = new Unit("group-" + serial, null, "", dated() ? minDay : Unit.NO_DAY,
        dated() ? maxDay : Unit.NO_DAY, t, unitValues(terms, t), e, unitValues(entities, e),
        new int[0]);
    if (embedding != null) {
      double n = 0;
      for (float x : embedding) {
        n += (double) x * x;
      }
      float[] v = new float[embedding.length];
      for (int d = 0; d < v.length && n > 0; d++) {
        v[d] = (float) (embedding[d] / Math.sqrt(n));
      }
      u.embedding = v;
    }
    return u;
  }

  private static float[] unitValues(IntFloatMap m, int[] keys) {
    float[] v = new float[keys.length];
    double n = 0;
    for (int i = 0; i < keys.length; i++) {
      v[i] = m.get(keys[i]);
      n += (double) v[i] * v[i];
    }
    for (int i = 0; i < v.length && n > 0; i++) {
      v[i] = (float) (v[i] / Math.sqrt(n));
    }
    return v;
  }

  /** Takes over another active group's members and vectors; returns term ids new here. */
  int[] absorb(Group other) {
    articles.addAll(other.articles);
    for (Unit u : other.members) {
      if (members.size() < MAX_MEMBERS) {
        members.add(u);
      }
    }
    events.addAll(other.events);
    units += other.units;
    minDay = Math.min(minDay, other.minDay);
    maxDay = Math.max(maxDay, other.maxDay);
    termNorm = -1;
    entityNorm = -1;
    if (other.entityUnits != null && entityUnits != null) {
      other.entityUnits.forEach(entityUnits::add);
    }
    if (retired || other.retired) {
      return new int[0];
    }
    int[] fresh = new int[other.terms.size()];
    int[] n = {0};
    other.terms.forEach((k, v) -> {
      terms.add(k, v);
      if (indexed.add(k, 1f)) {
        fresh[n[0]++] = k;
      }
    });
    other.entities.forEach(entities::add);
    if (other.embedding != null) {
      if (embedding == null) {
        embedding = new float[other.embedding.length];
      }
      for (int d = 0; d < embedding.length; d++) {
        embedding[d] += other.embedding[d];
      }
    }
    if (terms.size() > 2 * MAX_TERMS) {
      terms.retainLargest(MAX_TERMS);
    }
    if (entities.size() > 2 * MAX_TERMS) {
      entities.retainLargest(MAX_TERMS);
      entityUnits.retainLargest(MAX_TERMS);
    }
    return java.util.Arrays.copyOf(fresh, n[0]);
  }

  /** Drops the vectors: the group leaves the active window and can no longer be joined. */
  void retire(String title) {
    this.title = title;
    members.clear();
    retired = true;
    terms = null;
    indexed = null;
    entities = null;
    embedding = null;
  }
}
