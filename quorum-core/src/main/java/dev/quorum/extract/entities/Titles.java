package dev.quorum.extract.entities;

import java.util.Locale;
import java.util.Set;

/**
 * English honorifics, titles and role words: what is stripped from a person's name for matching,
 * and what makes the words before a name a role ("Defense Minister", "army chief").
 */
final class Titles {

  private Titles() {}

  /** Courtesy forms: stripped, but not roles. */
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "sir", "dame",
      "madam", "madame", "monsieur", "herr", "frau", "senor", "senora", "signor");

  /** Words that end a role (the head noun), lower case, without a final period. */
  static final Set<String> HEADS = Set.of("president", "minister", "secretary", "general", "gen",
      "commander", "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "governor",
      "mayor", "chancellor", "premier", "ambassador", "senator", "sen", "representative", "rep",
      "congressman", "congresswoman", "king", "queen", "prince", "princess", "pope", "director",
      "chairman", "chairwoman", "chair", "founder", "head", "colonel", "col", "lieutenant", "lt",
      "major", "maj", "captain", "capt", "admiral", "adm", "sergeant", "sgt", "marshal", "judge",
      "justice", "attorney", "prosecutor", "officer", "adviser", "advisor", "aide", "envoy",
      "analyst", "correspondent", "editor", "professor", "prof", "dr", "doctor", "boss", "owner",
      "ceo", "executive", "official", "emir", "sheikh", "sultan", "prime", "deputy", "gov",
      "rev", "reverend", "bishop", "archbishop", "cardinal", "rabbi", "imam", "coach", "manager",
      "chairperson", "dictator", "strongman", "warlord", "tycoon", "oligarch", "lawmaker",
      "legislator", "mp", "pm", "economist", "historian", "expert", "researcher", "author");

  /** Words that may stand before a head inside a role. */
  static final Set<String> MODIFIERS = Set.of("defense", "defence", "foreign", "interior",
      "finance", "prime", "deputy", "vice", "chief", "former", "acting", "top", "senior",
      "military", "army", "state", "national", "security", "justice", "health", "economy",
      "economic", "trade", "energy", "first", "general", "press", "supreme", "joint", "staff",
      "executive", "managing", "assistant", "associate", "lieutenant", "lead", "police",
      "intelligence", "navy", "naval", "air", "force", "ground", "forces", "opposition",
      "party", "group", "regional", "provincial", "federal", "commanding", "special", "secretary",
      "attorney", "minister", "president", "commander", "of", "the");

  static String norm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  static boolean isTitle(String word) {
    String w = norm(word);
    return HONORIFICS.contains(w) || HEADS.contains(w) || MODIFIERS.contains(w) && !w.equals("of")
        && !w.equals("the");
  }
}
