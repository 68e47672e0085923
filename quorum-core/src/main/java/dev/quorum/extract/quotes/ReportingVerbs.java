package dev.quorum.extract.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * A general lexicon of English reporting verbs and the words around them that quote attribution
 * needs: verb forms that introduce speech, titles that precede names, and words that end a
 * speaker's noun phrase.
 *
 * <p>Why a closed list: reporting verbs are a small, stable class in news prose; a list of their
 * inflected forms finds cues far faster than a parser and makes misses easy to trace.
 */
public final class ReportingVerbs {

  private ReportingVerbs() {}

  private static final Set<String> BASES = words(
      "say", "tell", "add", "write", "tweet", "state", "declare", "announce", "explain", "note",
      "insist", "argue", "claim", "ask", "reply", "respond", "warn", "continue", "recall",
      "acknowledge", "admit", "emphasize", "emphasise", "stress", "suggest", "urge", "post",
      "remark", "comment", "observe", "predict", "promise", "vow", "concede", "complain",
      "estimate", "assert", "report", "confirm", "deny", "allege", "describe", "quip", "joke",
      "boast", "recount", "exclaim", "shout", "tout", "contend", "maintain", "mention", "point",
      "reiterate", "retort", "scoff", "muse", "testify", "agree", "caution", "demand", "charge",
      "accuse", "believe", "think", "predict", "indicate", "disclose", "reveal", "proclaim",
      "pledge", "threaten", "lament", "told", "conclude", "counter", "wonder", "inform", "fume",
      "snap", "chime", "marvel", "plead", "reason", "snipe", "yell", "scream", "whisper",
      "opine", "laugh", "grouse", "grumble", "gush", "rave", "rant", "answer", "email", "text",
      "interject", "interrupt", "concur", "hint", "speculate", "assure", "advise", "recommend",
      "elaborate", "clarify", "emphasize", "summarize", "summarise", "cheer", "sigh");

  /** Base forms that are far more often nouns than verbs ("the state", "a report"). */
  private static final Set<String> NOUN_BASES = words(
      "state", "report", "comment", "note", "post", "tweet", "charge", "demand", "promise",
      "pledge", "joke", "quip", "boast", "counter", "estimate", "claim", "remark", "answer",
      "reply", "text", "email", "rant", "rave", "snap", "reason", "laugh", "point", "caution",
      "mention", "muse", "whisper", "yell", "scream", "shout", "fume", "marvel", "hint", "cheer",
      "sigh", "chime", "plead", "recount");

  private static final Set<String> FORMS;

  static {
    java.util.HashSet<String> forms = new java.util.HashSet<>();
    for (String b : BASES) {
      if (!NOUN_BASES.contains(b)) {
        forms.add(b);
      }
      forms.addAll(inflect(b));
    }
    forms.addAll(Set.of("said", "says", "told", "tells", "wrote", "writes", "written"));
    forms.remove("point"); // only "pointed out"
    forms.remove("points");
    forms.remove("pointed");
    forms.remove("pointing");
    FORMS = Set.copyOf(forms);
  }

  private static java.util.List<String> inflect(String b) {
    String s;
    String ed;
    String ing;
    if (b.endsWith("y") && !b.endsWith("ay") && !b.endsWith("ey")) {
      String stem = b.substring(0, b.length() - 1);
      s = stem + "ies";
      ed = stem + "ied";
      ing = b + "ing";
    } else if (b.endsWith("e")) {
      s = b + "s";
      ed = b + "d";
      ing = b.substring(0, b.length() - 1) + "ing";
    } else if (b.endsWith("sh") || b.endsWith("ss") || b.endsWith("x") || b.endsWith("ch")) {
      s = b + "es";
      ed = b + "ed";
      ing = b + "ing";
    } else {
      s = b + "s";
      ed = b + "ed";
      ing = b + "ing";
    }
    if (b.equals("snap")) {
      ed = "snapped";
      ing = "snapping";
    }
    if (b.equals("quip")) {
      ed = "quipped";
      ing = "quipping";
    }
    if (b.equals("admit")) {
      ed = "admitted";
      ing = "admitting";
    }
    return java.util.List.of(s, ed, ing);
  }

  /** Whether {@code word} is a form of a reporting verb ("said", "tweeted", "writes"). */
  public static boolean isCue(String word) {
    return FORMS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a cue in this form can stand before its speaker ("said the minister"). */
  public static boolean invertible(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("said") || w.equals("says") || w.equals("wrote") || w.equals("writes")
        || w.equals("added") || w.equals("adds") || w.equals("asked") || w.equals("asks")
        || w.equals("continued") || w.equals("explained") || w.equals("noted")
        || w.equals("tweeted") || w.equals("replied") || w.equals("warned")
        || w.equals("recalled") || w.equals("insisted") || w.equals("declared")
        || w.equals("stated") || w.equals("argued") || w.equals("quipped")
        || w.equals("told") || w.equals("concluded") || w.equals("countered");
  }

  /** Whether the cue form is a gerund or participle that rarely heads an attribution by itself. */
  public static boolean weakForm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("ing") && !w.equals("saying") && !w.equals("adding") && !w.equals("asking")
        && !w.equals("declaring")
        && !w.equals("writing") && !w.equals("telling") && !w.equals("warning")
        && !w.equals("noting") && !w.equals("claiming") && !w.equals("insisting")
        && !w.equals("arguing") && !w.equals("explaining");
  }

  /** Whether the cue is a verb of belief rather than of speech, weak evidence for a quote. */
  public static boolean belief(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.startsWith("believ") || w.startsWith("think") || w.equals("thought")
        || w.startsWith("wonder");
  }

  private static final Set<String> PRONOUNS = words(
      "he", "she", "they", "it", "we", "i", "you");

  /** Whether {@code word} is a personal pronoun that can be a speaker. */
  public static boolean isPronoun(String word) {
    return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> DETERMINERS = words(
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
      "my", "your", "one", "another", "some", "several", "many", "two", "three", "other");

  /** Whether {@code word} is a determiner or possessive that can open a noun phrase. */
  public static boolean isDeterminer(String word) {
    return DETERMINERS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> SKIPPABLE = words(
      "has", "had", "have", "also", "recently", "later", "then",
      "previously", "repeatedly", "once", "never", "not", "reportedly", "would", "will", "could",
      "may", "might", "should", "can", "did", "does", "do", "had", "just", "already",
      "again", "further", "first", "earlier", "often", "publicly", "privately", "simply",
      "still", "even", "flatly", "has", "n't", "always", "quickly", "angrily", "openly",
      "reportedly", "apparently", "separately", "similarly", "initially", "frequently");

  /** Whether {@code word} may stand between a speaker and the cue ("has also said"). */
  public static boolean skippable(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return SKIPPABLE.contains(w) || (w.endsWith("ly") && w.length() > 4
        && Character.isLowerCase(word.charAt(0)));
  }

  private static final Set<String> STOPS = words(
      "that", "and", "but", "which", "who", "whom", "whose", "because", "when", "while", "as",
      "if", "so", "since", "after", "before", "than", "where", "whereas", "though", "although",
      "or", "nor", "what", "how", "why", "said", "says", "told", "once", "until", "unless",
      "whether", "yet", "for", "with", "by", "on", "in", "at", "from", "about", "into", "over",
      "during", "under", "against", "between", "through", "without", "within", "also", "there",
      "here", "now", "then", "not", "is", "was", "were", "are", "has", "had", "have", "be",
      "been", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does",
      "did", "to", "up", "out", "off", "according", "like", "unlike", "despite", "amid",
      "among", "toward", "towards", "per", "via", "upon", "just", "even", "only", "cannot",
      "can't", "won't", "didn't", "doesn't", "don't", "wouldn't", "couldn't", "isn't", "wasn't",
      "being", "it's", "of");

  /** Whether {@code word} ends a speaker's noun phrase when met outside a name. */
  public static boolean stop(String word) {
    return STOPS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> CONNECTORS = words(
      "of", "for", "the", "and", "on", "de", "la", "le", "du", "des", "von", "van", "der", "den",
      "al", "bin", "el", "y", "da", "di", "&");

  /** Whether {@code word} may join capitalized words inside one name ("Institute for the ..."). */
  public static boolean connector(String word) {
    return CONNECTORS.contains(word) || word.equals("&");
  }

  private static final Set<String> PREPOSITIONS = words(
      "of", "to", "for", "at", "with", "from", "in", "on", "by");

  /** Whether {@code word} is a preposition that can extend a speaker phrase ("adviser to X"). */
  public static boolean preposition(String word) {
    return PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> TITLES = words(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep",
      "representative", "gov", "governor", "president", "vice", "prime", "minister", "secretary",
      "general", "gen", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt",
      "sergeant", "admiral", "adm", "commander", "chancellor", "mayor", "judge", "justice",
      "chief", "spokesman", "spokeswoman", "spokesperson", "deputy", "former", "foreign",
      "defense", "defence", "interior", "finance", "health", "state", "attorney", "ambassador",
      "pope", "king", "queen", "prince", "princess", "sir", "dame", "lord", "lady", "rev",
      "reverend", "father", "sheikh", "speaker", "leader", "candidate", "nominee", "premier",
      "chairman", "chairwoman", "chair", "ceo", "director", "head", "officer", "adviser",
      "advisor", "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman",
      "assemblywoman", "inspector", "superintendent", "commissioner", "detective", "officer",
      "pastor", "rabbi", "bishop", "cardinal", "archbishop", "emir", "crown", "presidential",
      "republican", "democratic", "democrat", "sheriff", "lieutenant", "marshal", "field",
      "national", "security", "economy", "economic", "justice", "labor", "labour", "trade",
      "education", "energy", "transport", "transportation", "agriculture", "homeland", "white",
      "house", "press");

  /** Whether {@code word} (with or without a final period) is a title that precedes a name. */
  public static boolean title(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return TITLES.contains(w.toLowerCase(Locale.ROOT));
  }

  /** A set of words that tolerates repeats in the source list. */
  static Set<String> words(String... ws) {
    return Set.copyOf(java.util.Arrays.asList(ws));
  }
}
