package dev.quorum.text;

import java.util.Locale;
import java.util.Set;

/**
 * General English abbreviation lexicons that decide whether a period ends a sentence.
 *
 * <p>Three kinds matter: titles that always precede a name ("Gen.", "Mr."), abbreviations that only
 * stay inside a sentence before a number ("No. 5", "Sept. 11"), and abbreviations that often end a
 * sentence too ("Inc.", "U.S.", "p.m."), which are split only when the next word is one that
 * typically starts a sentence.
 */
final class EnglishAbbreviations {

  private EnglishAbbreviations() {}

  /** Titles and ranks: never the end of a sentence. Case-sensitive, without the period. */
  private static final Set<String> TITLES =
      Set.of(
          "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Hon", "Fr", "Msgr",
          "Gen", "Gens", "Sen", "Sens", "Gov", "Govs", "Rep", "Reps", "Lt", "Col", "Maj", "Capt",
          "Cpt", "Sgt", "Cpl", "Pvt", "Pfc", "Spc", "Ens", "Sgts", "Adm", "Cmdr", "Cdr", "Brig", "Lieut", "Supt", "Insp", "Det",
          "Atty", "Pres", "Amb", "Sec", "Gov't", "Rt", "Sr", "Jr", "St", "Ste", "Mt", "Ft",
          "vs", "v", "cf", "viz", "e.g", "i.e", "approx", "ca", "Ald", "Asst", "Assoc", "Dept",
          "Sgt.Maj", "Lt.Col", "Lt.Gen", "Maj.Gen", "Brig.Gen");

  /** Abbreviations that stay inside a sentence when a number follows. */
  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "No", "Nos", "no", "nos", "Art", "art", "Vol", "vol", "Fig", "fig", "p", "pp", "Ch",
          "ch", "Sec", "sec", "Para", "para", "Rm", "Apt", "Ext", "Tel", "tel", "Jan", "Feb",
          "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Op", "Nr");

  /** Abbreviations that may end a sentence; they do when the next word looks like a start. */
  private static final Set<String> AMBIGUOUS =
      Set.of(
          "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "LLC", "Plc", "plc", "Pty", "Assn", "Ave",
          "Blvd", "Rd", "Hwy", "Sq", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
          "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
          "Sat", "Sun", "etc", "al", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
          "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss",
          "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash",
          "Wis", "Wyo", "Ont", "Que", "Alta", "Sask", "oz", "lbs", "Univ", "Natl", "Intl", "Govt",
          "Gov't", "Dept", "Div", "Mfg", "Ph.D", "Ph", "M.D", "B.A", "M.A", "Jr", "Sr", "St",
          "Mt", "Ft", "Ste");

  /** Words that typically start a sentence; capitalized forms are compared lower-cased. */
  private static final Set<String> STARTERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
          "we", "i", "you", "his", "her", "their", "our", "my", "your", "but", "and", "yet", "so",
          "or", "nor", "in", "on", "at", "for", "from", "with", "after", "before", "when", "while",
          "as", "if", "although", "though", "because", "since", "meanwhile", "however", "there",
          "here", "what", "who", "why", "how", "where", "which", "some", "many", "most", "all",
          "both", "each", "one", "two", "three", "still", "also", "now", "then", "last", "earlier",
          "later", "despite", "during", "under", "over", "about", "according", "by", "to", "of",
          "not", "yes", "such", "any", "several", "few", "other", "another", "it's", "that's",
          "there's", "he's", "she's", "we're", "they're", "i'm",
          "officials", "instead", "nevertheless", "moreover", "furthermore", "thus", "indeed",
          "asked", "among", "until", "unless", "once", "do", "does", "did", "is", "was", "are",
          "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
          "more", "less", "only", "even", "just", "every", "whether", "against", "together",
          "again", "already", "currently", "today", "yesterday", "tomorrow", "tonight", "recently",
          "previously", "additionally", "finally", "overall", "similarly", "nonetheless",
          "otherwise", "perhaps", "maybe", "often", "sometimes", "usually", "initially",
          "eventually", "ultimately", "unlike", "following", "whereas", "without", "within",
          "through", "throughout", "across", "between", "amid", "i've",
          "we've", "they've", "you're", "let's", "don't", "didn't", "doesn't", "can't", "won't",
          "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "neither", "either");

  static boolean isTitle(String word) {
    return TITLES.contains(word);
  }

  static boolean isBeforeNumber(String word) {
    return BEFORE_NUMBER.contains(word);
  }

  static boolean isAmbiguous(String word) {
    return AMBIGUOUS.contains(word);
  }

  static boolean isStarter(String word) {
    return STARTERS.contains(word.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
  }

  /**
   * True for abbreviations written with internal periods ("U.S", "a.m", "J.R.R", "Ph.D"), given
   * without the final period: every period-separated piece is one or two letters long.
   */
  static boolean isDottedInitialism(CharSequence text, int start, int end) {
    int piece = 0;
    boolean sawDot = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (piece == 0) {
          return false;
        }
        sawDot = true;
        piece = 0;
      } else if (Chars.isLetter(c)) {
        piece++;
        if (piece > 2) {
          return false;
        }
      } else {
        return false;
      }
    }
    return sawDot && piece > 0;
  }

  /** True when the word is any kind of known abbreviation (used by the tokenizer to keep "."). */
  static boolean isKnown(String word) {
    return TITLES.contains(word) || BEFORE_NUMBER.contains(word) || AMBIGUOUS.contains(word);
  }
}
