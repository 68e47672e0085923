package dev.quorum.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the context of a number phrase in its sentence: what it counts (noun phrase and verb, from
 * part-of-speech tags), its time scope, place, claimant, and hedge.
 */
final class SentenceContext {

  private SentenceContext() {}

  static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "reported",
      "reports", "announced", "announces", "estimated", "estimates", "claimed", "claims",
      "stated", "added", "noted", "wrote", "writes", "tweeted", "confirmed", "confirms",
      "declared", "insisted", "acknowledged", "explained", "warned", "predicted", "found",
      "showed", "shows", "quoted", "cited", "according", "reporting", "saying", "estimating");

  private static final Set<String> BOUNDARY = Set.of(",", ";", ":", "\"", "\u201c", "\u201d", "`",
      "``", "''", "'", "(", ")", "that", "and", "but", "which", "who", "\u2014", "_", "--",
      "-", "[", "]", ".", "?", "!", "while", "as", "when", "if", "because", "after", "before");

  private static final Set<String> SKIP_BEFORE_VERB = Set.of("also", "earlier", "later", "has",
      "have", "had", "was", "is", "were", "are", "previously", "then", "recently", "again",
      "repeatedly", "officially", "publicly", "has been", "had been", "been", "would", "will",
      "separately", "initially", "further");

  private static final Set<String> NOUNISH = Set.of("NOUN", "PROPN", "ADJ");

  private static final Pattern HEDGE = Pattern.compile(
      "\\b(could not be independently (?:verified|confirmed)|cannot be independently "
          + "(?:verified|confirmed)|could not independently (?:verify|confirm)|(?:could|can) ?not "
          + "be (?:verified|confirmed)|not (?:been )?independently (?:verified|confirmed)|"
          + "unverified|unconfirmed|reportedly|allegedly|purportedly|claim(?:s|ed|ing)|"
          + "estimat(?:es|ed|ing)|(?:is|are|was|were) believed|perhaps|possibly|some say|"
          + "it is thought|may have)\\b");

  private static final Pattern VERIFY = Pattern.compile(
      "\\b((?:could|can) ?not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|"
          + "not (?:been )?independently (?:verified|confirmed)|unverified|unconfirmed)\\b");

  private static final Pattern ANAPHOR = Pattern.compile(
      "^(such|these|those|this|that|the (?:figures?|numbers?|claims?|reports?|tolls?|counts?)|"
          + "neither|it|they)\\b");

  /** The hedge phrase of a sentence, or null. */
  static String hedge(String sentence) {
    Matcher m = HEDGE.matcher(sentence.toLowerCase(Locale.ROOT));
    return m.find() ? m.group(1) : null;
  }

  /**
   * The verification hedge of a sentence that refers back to the figures of the one before it
   * ("Such numbers cannot be confirmed."), or null.
   */
  static String backwardHedge(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT).strip();
    if (!ANAPHOR.matcher(s).find()) {
      return null;
    }
    Matcher m = VERIFY.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String text(String article, List<Tok> toks, int from, int to) {
    return article.substring(toks.get(from).start(), toks.get(to - 1).end());
  }

  private static String lower(List<Tok> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).lower() : "";
  }

  // ---- quantity ----

  /** What the amount counts: {quantity text, head noun}, either may be null. */
  static String[] quantity(String article, List<Tok> toks, String[] tags, Amount a) {
    int n = toks.size();
    int i = a.end();
    if (lower(toks, i).equals("-") && toks.get(i).attached()) {
      i++; // 182-nation, 50-strong
    }
    int npStart = i;
    int npEnd = collectForward(toks, tags, i);
    if (npEnd == npStart && lower(toks, a.end()).equals("of")) {
      int j = a.end() + 1;
      while (j < n && (tags[j].equals("DET") || tags[j].equals("PRON"))) {
        j++;
      }
      npStart = j;
      npEnd = collectForward(toks, tags, j);
    }
    int head = lastNoun(tags, npStart, npEnd);
    String verb = null;
    // a verb after the noun phrase (1,600 Russians had been killed) or before the amount
    int j = npEnd > npStart ? npEnd : a.end();
    int aux = 0;
    while (j < n && j - npEnd < 5 && (tags[j].equals("AUX") || tags[j].equals("ADV")
        || toks.get(j).lower().equals("not") || toks.get(j).lower().equals("n't")
        || (tags[j].equals("CCONJ") && aux > 0))) {
      if (tags[j].equals("AUX")) {
        aux++;
      }
      j++;
    }
    int verbAt = -1;
    if (j < n && (tags[j].equals("VERB") || (aux > 0 && tags[j].equals("ADJ")))
        && !SPEECH.contains(toks.get(j).lower())
        // a present participle right after the noun phrase starts a modifier, not what is counted
        // ("reservists involving ...")
        && !(aux == 0 && toks.get(j).lower().endsWith("ing"))) {
      verbAt = j;
    }
    int before = -1;
    int copula = -1;
    int p = a.first() - 1;
    while (p >= 0 && a.first() - p <= 3 && (tags[p].equals("ADV") || tags[p].equals("AUX")
        || tags[p].equals("PART"))) {
      if (tags[p].equals("AUX") && copula < 0) {
        copula = p;
      }
      p--;
    }
    if (p >= 0 && tags[p].equals("VERB") && !SPEECH.contains(toks.get(p).lower())) {
      before = p;
    }
    if (head < 0 && a.first() >= 2 && lower(toks, a.first() - 1).equals("of")
        && (tags[a.first() - 2].equals("NOUN"))) {
      // the payment of 50,000 shillings, a gathering of 100
      npEnd = a.first() - 1;
      npStart = npEnd - 1;
      while (npStart - 1 >= 0 && npEnd - npStart < 4 && (NOUNISH.contains(tags[npStart - 1])
          || lower(toks, npStart - 1).equals("'s"))) {
        npStart--;
      }
      head = npEnd - 1;
    }
    if (head < 0 && !Units.COUNT.equals(a.unit()) && Character.isUpperCase(a.unit().charAt(0))
        && Set.of("in", "for").contains(lower(toks, a.end()))) {
      // dlrs 30 billion in new loans
      int s2 = a.end() + 1;
      int e2 = collectForward(toks, tags, s2);
      int h2 = lastNoun(tags, s2, e2);
      if (h2 >= 0) {
        npStart = s2;
        npEnd = e2;
        head = h2;
      }
    }
    if (verbAt < 0 && before >= 0) {
      verbAt = before;
    }
    if (verbAt >= 0) {
      verb = toks.get(verbAt).text();
      if (verbAt + 1 < n && tags[verbAt + 1].equals("ADP") && verbAt + 1 < a.first()
          && Set.of("up", "down", "off", "out").contains(toks.get(verbAt + 1).lower())) {
        verb = verb + " " + toks.get(verbAt + 1).text();
      }
    }
    if (head < 0 && (before >= 0 || copula >= 0)) {
      // no noun after it: the subject of the verb before it (the death toll rose 40 percent)
      int[] np = subjectBefore(toks, tags, before >= 0 ? before : copula);
      if (np != null) {
        npStart = np[0];
        npEnd = np[1];
        head = lastNoun(tags, npStart, npEnd);
      }
    }
    if (head < 0) {
      // a verb alone says what happened to the amount ("fell 3 percent"), unless it says nothing
      boolean empty = verbAt >= 0 && (LIGHT_VERBS.contains(toks.get(verbAt).lower())
          || toks.get(verbAt).lower().endsWith("ing"));
      return new String[] {empty ? null : verb, null};
    }
    String q = text(article, toks, npStart, npEnd);
    if (verb != null && npStart >= a.end() && !pastLike(toks.get(verbAt).lower())) {
      // written after the noun that follows the amount, a verb reads as what is counted only as a
      // participle ("killed 1,600 Russians": "Russians killed"; not "reservists involving" or
      // "women had")
      verb = null;
    }
    if (verb != null && !q.contains(verb)) {
      q = q + " " + verb;
    }
    return new String[] {q, key(toks.get(head).lower())};
  }

  /** Verbs that say nothing about what is counted ("2 women had", "the rate was 3 percent"). */
  private static final Set<String> LIGHT_VERBS = Set.of("have", "has", "had", "having", "get",
      "gets", "got", "gotten", "become", "became", "becomes", "make", "made", "makes", "do", "did",
      "does", "done", "is", "was", "were", "are", "be", "been", "include", "includes", "included",
      "including", "go", "goes", "went", "gone", "take", "takes", "took", "see", "saw", "seen",
      "use", "used", "uses", "need", "needed", "want", "wanted", "involved", "remained");

  /** Past participles and past forms not ending in "ed". */
  private static final Set<String> IRREGULAR_PAST = Set.of("fell", "fallen", "rose", "risen",
      "froze", "frozen", "lost", "won", "sold", "spent", "paid", "held", "kept", "left", "fled",
      "fought", "brought", "bought", "caught", "built", "sent", "shot", "struck", "hit", "hurt",
      "cut", "grew", "grown", "drew", "drawn", "flew", "flown", "swept", "stood", "met", "ran",
      "sank", "sunk", "stolen", "taken", "given", "driven", "shown", "known", "thrown", "beaten",
      "broken", "chosen", "eaten", "hidden", "written", "born", "slain", "laid", "led", "sought",
      "bound", "dug", "hung", "shut", "set", "put", "spread", "slid", "burnt", "dealt", "lent");

  private static boolean pastLike(String verb) {
    return !LIGHT_VERBS.contains(verb)
        && (verb.endsWith("ed") || IRREGULAR_PAST.contains(verb));
  }

  private static int collectForward(List<Tok> toks, String[] tags, int i) {
    int j = i;
    int n = toks.size();
    while (j < n && j - i < 6) {
      String t = tags[j];
      String w = toks.get(j).lower();
      if (Units.MONTHS.contains(w) || Units.WEEKDAYS.contains(w)
          || Set.of("last", "next", "this", "past", "earlier", "later").contains(w)
          || TIME_NOUNS.contains(w)
          || (t.equals("PROPN") && j > i && tags[j - 1].equals("NOUN"))) {
        break;
      }
      if (NOUNISH.contains(t) || t.equals("NUM") && j > i
          || (w.equals("'s") || w.equals("\u2019s")) && j > i
          || (w.equals("-") && toks.get(j).attached() && j > i && j + 1 < n
              && NOUNISH.contains(tags[j + 1]))
          || (t.equals("VERB") && j + 1 < n && tags[j + 1].equals("NOUN")
              && (w.endsWith("ed") || w.endsWith("ing")))) {
        j++;
      } else {
        break;
      }
    }
    // do not end on a possessive or hyphen
    while (j > i && (toks.get(j - 1).lower().equals("'s") || toks.get(j - 1).lower().equals("-"))) {
      j--;
    }
    return j;
  }

  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "over", "across",
      "near", "of", "during", "throughout");

  private static final Set<String> TIME_NOUNS = Set.of("weekend", "today", "yesterday",
      "tonight", "tomorrow", "overnight", "morning", "afternoon", "evening", "night");

  private static int lastNoun(String[] tags, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (tags[k].equals("NOUN") || tags[k].equals("PROPN")) {
        return k;
      }
    }
    return -1;
  }

  private static int[] subjectBefore(List<Tok> toks, String[] tags, int verb) {
    int p = verb - 1;
    while (p >= 0 && (tags[p].equals("AUX") || tags[p].equals("ADV") || tags[p].equals("PART"))) {
      p--;
    }
    int[] np = nounRunBefore(toks, tags, p + 1);
    if (np == null) {
      return null;
    }
    // "the death toll in Ukraine", "temperatures in eastern Poland over the weekend": the noun
    // phrase before the prepositions
    for (int round = 0; round < 3; round++) {
      int q = np[2] - 1;
      if (q < 1 || !(tags[q].equals("ADP") || PREPOSITIONS.contains(lower(toks, q)))) {
        break;
      }
      int[] before = nounRunBefore(toks, tags, q);
      if (before == null) {
        break;
      }
      np = before;
    }
    return np;
  }

  /** The run of nouns and adjectives (determiners skipped) ending just before {@code end}. */
  private static int[] nounRunBefore(List<Tok> toks, String[] tags, int end) {
    int e = end;
    int start = e;
    while (start - 1 >= 0 && e - start < 6 && (NOUNISH.contains(tags[start - 1])
        || toks.get(start - 1).lower().equals("'s")
        || (tags[start - 1].equals("CCONJ") && start - 2 >= 0 && tags[start - 2].equals("ADJ")))) {
      start--;
    }
    if (start == e || lastNoun(tags, start, e) < 0) {
      return null;
    }
    int s = start;
    while (s - 1 >= 0 && tags[s - 1].equals("DET")) {
      s--;
    }
    return new int[] {start, e, s};
  }

  /** The grouping key of a head noun: lower case, plural ending removed. */
  static String key(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    if (h.equals("people") || h.equals("persons")) {
      return "people";
    }
    if (h.endsWith("ies") && h.length() > 4) {
      return h.substring(0, h.length() - 3) + "y";
    }
    if (h.endsWith("s") && !h.endsWith("ss") && h.length() > 3) {
      return h.substring(0, h.length() - 1);
    }
    return h;
  }

  // ---- time scope and place ----

  /** A phrase of the sentence: token range and whether it hangs on a speech verb. */
  record Phrase(int from, int to, boolean onSpeech) {}

  static List<Phrase> scopes(List<Tok> toks, String[] tags, List<Amount> amounts) {
    List<Phrase> out = new ArrayList<>();
    for (Amount a : amounts) {
      if (a.kind() == Amount.Kind.TIME) {
        int s = a.first();
        while (s - 1 >= 0 && Set.of("past", "last", "next", "coming", "previous", "recent",
            "following", "the", "first").contains(lower(toks, s - 1))) {
          s--;
        }
        if (s - 1 >= 0 && Set.of("in", "over", "for", "during", "within", "since")
            .contains(lower(toks, s - 1))) {
          s--;
        }
        int e = a.end();
        if (Set.of("ago", "later", "earlier").contains(lower(toks, e))) {
          e++;
        }
        out.add(new Phrase(s, e, onSpeech(toks, s)));
      }
    }
    int n = toks.size();
    for (int i = 0; i < n; i++) {
      String w = lower(toks, i);
      int end = -1;
      if (Set.of("in", "on", "during", "since", "until", "by", "through", "throughout", "from")
          .contains(w)) {
        end = dateAt(toks, i + 1);
        if (end < 0 && (w.equals("since") || w.equals("during"))
            && !Set.of("which", "that", "whom", "what", "then").contains(lower(toks, i + 1))) {
          int j = i + 1;
          while (j < n && j - i <= 6 && !Set.of(",", ".", ";", ":", "and", "that", "when", "which")
              .contains(lower(toks, j)) && !tags[j].equals("VERB") && !tags[j].equals("AUX")) {
            j++;
          }
          end = j > i + 1 ? j : -1;
        }
      } else if (Set.of("last", "this", "next", "past", "early", "late").contains(w)
          && i + 1 < n && (Set.of("week", "month", "year", "weekend", "fall", "spring", "summer",
              "winter", "night", "season", "decade", "century", "morning", "evening")
              .contains(lower(toks, i + 1)) || Units.WEEKDAYS.contains(lower(toks, i + 1))
              || Units.MONTHS.contains(lower(toks, i + 1)))) {
        end = i + 2;
      } else if (Set.of("today", "yesterday", "tonight", "overnight").contains(w)) {
        end = i + 1;
      } else if ((w.equals("a") || w.equals("an")) && Units.TIME.contains(
          String.valueOf(Units.MEASURE.get(lower(toks, i + 1)))) && lower(toks, i + 2).equals("ago")) {
        end = i + 3;
      } else if (w.equals("over") && lower(toks, i + 1).equals("the")
          && Set.of("weekend", "week", "month", "year").contains(lower(toks, i + 2))) {
        end = i + 3;
      }
      if (end > i && Set.of("last", "this", "next", "past").contains(w)) {
        int b = i;
        if (lower(toks, b - 1).equals("the")) {
          b--;
        }
        if (Set.of("in", "over", "during", "for", "within").contains(lower(toks, b - 1))) {
          b--;
        }
        if (b < i && (lower(toks, b).equals("the") ? b < i - 1 || !w.equals("last") : true)) {
          i = b;
        }
      }
      if (end > i) {
        boolean overlaps = false;
        for (Phrase p : out) {
          if (p.from() < end && i < p.to()) {
            overlaps = true;
          }
        }
        if (!overlaps) {
          out.add(new Phrase(i, end, onSpeech(toks, i)));
          i = end - 1;
        }
      }
    }
    return out;
  }

  /** End of a date at i (Month [day] [, year] | weekday | year), or -1. */
  private static int dateAt(List<Tok> toks, int i) {
    int j = i;
    if (Set.of("early", "late", "mid").contains(lower(toks, j))) {
      j++;
      if (lower(toks, j).equals("-")) {
        j++;
      }
    }
    if (lower(toks, j).equals("the") && Set.of("spring", "summer", "fall", "autumn", "winter")
        .contains(lower(toks, j + 1))) {
      return j + 2;
    }
    String w = lower(toks, j).replace(".", "");
    if (Units.MONTHS.contains(w) && (toks.get(j).capitalized())) {
      j++;
      if (lower(toks, j).equals(".") && j + 1 < toks.size() && toks.get(j + 1).isDigits()) {
        j++;
      }
      if (j < toks.size() && toks.get(j).text().matches("\\d{1,2}")) {
        j++;
      }
      if (lower(toks, j).equals(",") && j + 1 < toks.size()
          && toks.get(j + 1).text().matches("(19|20)\\d\\d")) {
        j += 2;
      } else if (j < toks.size() && toks.get(j).text().matches("(19|20)\\d\\d")) {
        j++;
      }
      return j;
    }
    if (Units.WEEKDAYS.contains(w)) {
      j++;
      if (Set.of("morning", "night", "evening", "afternoon").contains(lower(toks, j))) {
        j++;
      }
      return j;
    }
    if (j < toks.size() && toks.get(j).text().matches("(1[89]|20)\\d\\d")) {
      return j + 1;
    }
    return -1;
  }

  private static boolean onSpeech(List<Tok> toks, int i) {
    int p = i - 1;
    if (lower(toks, p).equals("on")) {
      p--;
    }
    return SPEECH.contains(lower(toks, p)) || SPEECH.contains(lower(toks, i - 1));
  }

  /** The phrase nearest the amount: after it in its clause first, else before it. */
  static Phrase nearest(List<Tok> toks, String[] tags, List<Phrase> phrases, Amount a) {
    Phrase best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Phrase p : phrases) {
      if (p.onSpeech() || (p.from() < a.end() && a.first() < p.to())) {
        continue;
      }
      if (p.from() >= a.end()) {
        int d = p.from() - a.end();
        if (d <= 12 && !crosses(toks, a.end(), p.from()) && d < bestDist) {
          best = p;
          bestDist = d;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (Phrase p : phrases) {
      if (p.onSpeech() || p.to() > a.first()) {
        continue;
      }
      int d = a.first() - p.to();
      if (d <= 15 && d < bestDist && !verbBetween(tags, p.to(), a.first())) {
        best = p;
        bestDist = d;
      }
    }
    return best;
  }

  /** A verb between a phrase before the amount and the amount: the phrase is another clause's. */
  private static boolean verbBetween(String[] tags, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tags[k].equals("VERB")) {
        return true;
      }
    }
    return false;
  }

  private static boolean crosses(List<Tok> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = lower(toks, k);
      if (w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("_")) {
        return true;
      }
    }
    return false;
  }

  static List<Phrase> places(List<Tok> toks) {
    List<Phrase> out = new ArrayList<>();
    int n = toks.size();
    for (int i = 0; i < n - 1; i++) {
      if (!Set.of("in", "at", "near", "across", "outside", "off", "throughout", "inside")
          .contains(lower(toks, i))) {
        continue;
      }
      int j = i + 1;
      if (lower(toks, j).equals("the")) {
        j++;
      }
      int s = j;
      while (j < n && j - s < 5 && (toks.get(j).capitalized() && toks.get(j).text().length() > 1
          && !Units.MONTHS.contains(
          lower(toks, j).replace(".", "")) && !Units.WEEKDAYS.contains(lower(toks, j))
          || (j > s && (lower(toks, j).equals("of") || lower(toks, j).equals("'s"))
              && j + 1 < n && toks.get(j + 1).capitalized()))) {
        j++;
      }
      if (j > s) {
        out.add(new Phrase(s, j, false));
      }
    }
    return out;
  }

  // ---- claimant ----

  /** Who the sentence says states the amount: the nearest attribution to it, or null. */
  private static final Set<String> BE = Set.of("be", "been", "being", "was", "were", "is", "are");

  private static final Set<String> NOT_SPEAKER = Set.of("could", "would", "will", "may", "might",
      "can", "should", "must", "to", "not", "be", "been", "it", "there", "which", "what");

  static String claimant(String article, List<Tok> toks, String[] tags, Amount a) {
    int[] r = claimantTokens(toks, tags, a);
    return r == null ? null : text(article, toks, r[0], r[1]);
  }

  /** The token range {from, to} of the claimant of the amount, or null. */
  static int[] claimantTokens(List<Tok> toks, String[] tags, Amount a) {
    int n = toks.size();
    int[] best = null;
    int bestDist = Integer.MAX_VALUE;
    for (int v = 0; v < n; v++) {
      if (v >= a.first() && v < a.end()) {
        continue;
      }
      String w = lower(toks, v);
      int from = -1;
      int to = -1;
      if (w.equals("according") && lower(toks, v + 1).equals("to")) {
        from = v + 2;
        to = from;
        while (to < n && to - from < 10 && !BOUNDARY.contains(lower(toks, to))) {
          to++;
        }
      } else if (SPEECH.contains(w) && !w.equals("according") && !BE.contains(lower(toks, v - 1))
          && !(BE.contains(lower(toks, v + 1)) || lower(toks, v + 1).equals("has"))) {
        int p = v - 1;
        while (p >= 0 && SKIP_BEFORE_VERB.contains(lower(toks, p))) {
          p--;
        }
        String pw = lower(toks, p);
        if (p < 0 || pw.equals(",") || pw.equals("''") || pw.equals("\u201d") || pw.equals("\"")
            || pw.equals("as")) {
          from = v + 1;
          while (from < n && (Units.WEEKDAYS.contains(lower(toks, from))
              || Set.of("on", "today", "yesterday").contains(lower(toks, from)))) {
            from++;
          }
          to = from;
          while (to < n && to - from < 8 && !BOUNDARY.contains(lower(toks, to))
              && !Units.WEEKDAYS.contains(lower(toks, to))) {
            to++;
          }
          if (to > from && !toks.get(from).capitalized() && !Set.of("the", "a", "an", "his",
              "her", "their", "its").contains(lower(toks, from))) {
            to = from; // "said on condition of ...": no speaker after it
          }
        } else {
          to = p + 1;
          from = to;
          while (from - 1 >= 0 && to - from < 10 && !BOUNDARY.contains(lower(toks, from - 1))
              && !tags[from - 1].equals("VERB") && !tags[from - 1].equals("AUX")) {
            from--;
          }
          if (from < to && NOT_SPEAKER.contains(lower(toks, from))) {
            from = to;
          }
        }
      }
      if (to > from && from >= 0) {
        if (to > a.first() && from < a.end()) {
          continue;
        }
        int d = v < a.first() ? a.first() - v : v - a.end();
        if (d < bestDist) {
          bestDist = d;
          best = new int[] {from, to};
        }
      }
    }
    return best;
  }
}
