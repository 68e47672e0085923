package dev.quorum.extract.quotes;

import dev.quorum.extract.EntityLinker;
import dev.quorum.extract.EntityType;
import dev.quorum.extract.NameFinder;
import dev.quorum.extract.NameMention;
import dev.quorum.model.Article;
import dev.quorum.model.Sentence;
import dev.quorum.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the quotes and reported speech of one article with their speakers, cues and channels.
 *
 * <p>Direct quotes come from {@link QuoteMarks}; each is attributed from the words of its sentence
 * outside the marks: a reporting verb from {@link ReportingVerbs} and the noun phrase before it
 * ("X said"), after it ("said X") or after "according to". A quote with no attribution of its own
 * continues the speaker of the quote just before it: in the same paragraph it is joined to that
 * quote ("…," he said, "…"), in the next paragraph it becomes a quote of the same speaker. Other
 * quoted words with no reporting verb nearby are titles, slogans or scare quotes and are dropped.
 * Sentences with a reporting verb and a subject but no quotation marks yield indirect speech.
 *
 * <p>Why rules and not a trained model: the cues of attribution in news are few and regular, the
 * rules run at thousands of articles per second, and every decision can be traced to a word.
 * Thread-safe when its name finder and entity linker are.
 */
public final class ArticleQuoteFinder {

  /**
   * Tuning knobs.
   *
   * @param keepUnattributed keep a quoted full sentence of at least {@code minUnattributedWords}
   *     words even when no speaker is found
   * @param minUnattributedWords see {@code keepUnattributed}
   * @param indirect whether to report indirect speech
   */
  public record Options(boolean keepUnattributed, int minUnattributedWords, boolean indirect) {

    public static final Options DEFAULT = new Options(true, 8, true);

    public Options withKeepUnattributed(boolean v) {
      return new Options(v, minUnattributedWords, indirect);
    }

    public Options withIndirect(boolean v) {
      return new Options(keepUnattributed, minUnattributedWords, v);
    }
  }

  private final NameFinder nameFinder;
  private final EntityLinker linker;
  private final Options options;

  public ArticleQuoteFinder(NameFinder nameFinder, EntityLinker linker) {
    this(nameFinder, linker, Options.DEFAULT);
  }

  public ArticleQuoteFinder(NameFinder nameFinder, EntityLinker linker, Options options) {
    this.nameFinder = nameFinder;
    this.linker = linker == null ? EntityLinker.NONE : linker;
    this.options = options;
  }

  /** The quotes of {@code article} in text order. */
  public List<ArticleQuote> find(Article article) {
    return new Run(article).run();
  }

  /** A quoted stretch, possibly running over several paragraphs. */
  private record Seg(int outerStart, int outerEnd, int innerStart, int innerEnd, boolean closed) {}

  /** A speaker phrase: tokens [from, to) and what it names. */
  private record Phrase(int from, int to) {}

  private record Resolved(Span span, String name, Speaker kind, String entity, String key,
      Span nameSpan) {}

  /** A speaker, the cue token and what follows the cue (past a told-object) and its channel. */
  private record Attribution(Resolved speaker, String cue, int cueToken, String channel,
      int afterCue) {}

  /** A quote under construction. */
  private static final class Draft {
    int start;
    int end;
    StringBuilder text = new StringBuilder();
    Attribution attribution;
    boolean direct = true;
    int lastParagraph;

    Draft(int start, int end, String text, Attribution a, int paragraph) {
      this.start = start;
      this.end = end;
      this.text.append(text);
      this.attribution = a;
      this.lastParagraph = paragraph;
    }
  }

  private final class Run {
    final Article article;
    final String text;
    final int[] ts;
    final int[] te;
    final int[] sentOf;
    final int[] sentFirst;
    final int[] sentEnd;
    final List<NameMention> names;
    final List<Resolved> speakersSoFar = new ArrayList<>();
    boolean[] insideQuote;

    Run(Article article) {
      this.article = article;
      this.text = article.text();
      int n = 0;
      for (Sentence s : article.sentences()) {
        n += s.tokens().size();
      }
      ts = new int[n];
      te = new int[n];
      sentOf = new int[n];
      sentFirst = new int[article.sentences().size()];
      sentEnd = new int[article.sentences().size()];
      int k = 0;
      for (int si = 0; si < article.sentences().size(); si++) {
        sentFirst[si] = k;
        for (Span t : article.sentences().get(si).tokens()) {
          ts[k] = t.start();
          te[k] = t.end();
          sentOf[k] = si;
          k++;
        }
        sentEnd[si] = k;
      }
      List<NameMention> found = new ArrayList<>(nameFinder.find(article));
      found.sort(Comparator.comparing(NameMention::span));
      names = found;
    }

    String w(int i) {
      return text.substring(ts[i], te[i]);
    }

    boolean cap(int i) {
      char c = text.charAt(ts[i]);
      if (!Character.isUpperCase(c)) {
        return false;
      }
      String t = w(i);
      int h = t.lastIndexOf('-');
      if (h > 0 && h + 1 < t.length() && Character.isLowerCase(t.charAt(h + 1))) {
        return false; // "Washington-based"
      }
      return true;
    }

    boolean word(int i) {
      return Character.isLetterOrDigit(text.charAt(ts[i]));
    }

    boolean possessive(int i) {
      String t = w(i);
      return t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’");
    }

    boolean abbreviation(int i) {
      String t = w(i);
      return t.length() >= 2 && t.length() <= 5 && t.endsWith(".") && Character.isUpperCase(t.charAt(0));
    }

    List<ArticleQuote> run() {
      List<Seg> segs = segments();
      insideQuote = new boolean[ts.length];
      for (Seg s : segs) {
        for (int i = firstTokenAtOrAfter(s.outerStart); i < ts.length && ts[i] < s.outerEnd; i++) {
          insideQuote[i] = true;
        }
      }
      List<Draft> drafts = new ArrayList<>();
      Set<Integer> usedCues = new HashSet<>();
      int nSent = article.sentences().size();
      // first pass: direct quotes (their cues are then not reused for indirect speech)
      Draft previous = null;
      List<Draft> directs = new ArrayList<>();
      for (Seg s : segs) {
        Draft d = attributeDirect(s, previous, usedCues);
        if (d != null && d != previous) {
          directs.add(d);
        }
        if (d != null) {
          previous = d;
        }
      }
      // second pass in text order: indirect speech, pronoun resolution for everything
      List<Draft> indirect = new ArrayList<>();
      if (options.indirect()) {
        for (int s = 0; s < nSent; s++) {
          Draft d = indirect(s, usedCues);
          if (d != null) {
            indirect.add(d);
          }
        }
      }
      drafts.addAll(directs);
      drafts.addAll(indirect);
      drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.end));
      List<ArticleQuote> out = new ArrayList<>();
      for (Draft d : drafts) {
        Attribution a = d.attribution;
        Resolved r = a == null ? null : resolvePronoun(a.speaker());
        if (r != null && r.kind() == Speaker.NAMED) {
          speakersSoFar.add(r); // later pronouns may refer to it
        }
        String t = d.text.toString().strip();
        t = stripTrailing(t);
        if (t.isEmpty() || !hasLetter(t)) {
          continue;
        }
        Span span = trimSpan(d.start, d.end);
        out.add(new ArticleQuote(article.id(), span, t, d.direct,
            r == null ? null : r.span(),
            r == null ? null : r.name(),
            r == null ? Speaker.UNKNOWN : r.kind(),
            r == null ? null : r.entity(),
            a == null ? null : a.cue(),
            a == null ? null : a.channel()));
      }
      return out;
    }

    Span trimSpan(int s, int e) {
      while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
        e--;
      }
      return new Span(s, e);
    }

    // ---------------------------------------------------------------- quoted segments

    List<Seg> segments() {
      List<QuoteMarks.Quoted> q = QuoteMarks.find(text, article.paragraphs());
      List<Seg> out = new ArrayList<>();
      Seg open = null;
      for (QuoteMarks.Quoted x : q) {
        if (x.inner().isEmpty()) {
          continue;
        }
        if (open != null) {
          int para = paragraphOf(x.outer().start());
          int prevPara = paragraphOf(open.outerEnd - 1);
          boolean startsParagraph = para == prevPara + 1
              && article.paragraphs().get(para).start() == x.outer().start();
          if (startsParagraph) {
            open = new Seg(open.outerStart, x.outer().end(), open.innerStart, x.inner().end(),
                x.closed());
            if (x.closed()) {
              out.add(open);
              open = null;
            }
            continue;
          }
          out.add(open);
          open = null;
        }
        Seg s = new Seg(x.outer().start(), x.outer().end(), x.inner().start(), x.inner().end(),
            x.closed());
        if (x.closed()) {
          out.add(s);
        } else {
          open = s;
        }
      }
      if (open != null) {
        out.add(open);
      }
      return out;
    }

    int paragraphOf(int offset) {
      List<Span> ps = article.paragraphs();
      int lo = 0;
      int hi = ps.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span p = ps.get(mid);
        if (offset < p.start()) {
          hi = mid - 1;
        } else if (offset >= p.end()) {
          lo = mid + 1;
        } else {
          return mid;
        }
      }
      return Math.max(0, Math.min(ps.size() - 1, lo));
    }

    int firstTokenAtOrAfter(int offset) {
      int lo = 0;
      int hi = ts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ts[mid] < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** The sentence index holding {@code offset}, or the next one; -1 past the end. */
    int sentenceAt(int offset) {
      List<Sentence> ss = article.sentences();
      int lo = 0;
      int hi = ss.size() - 1;
      int best = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span sp = ss.get(mid).span();
        if (offset < sp.start()) {
          best = mid;
          hi = mid - 1;
        } else if (offset >= sp.end()) {
          lo = mid + 1;
        } else {
          return mid;
        }
      }
      return best;
    }

    int wordCount(int from, int to) {
      int n = 0;
      boolean in = false;
      for (int i = from; i < to; i++) {
        boolean l = Character.isLetterOrDigit(text.charAt(i));
        if (l && !in) {
          n++;
        }
        in = l;
      }
      return n;
    }

    // ---------------------------------------------------------------- direct quotes

    Draft attributeDirect(Seg s, Draft previous, Set<Integer> usedCues) {
      int sa = sentenceAt(s.outerStart);
      int sb = sentenceAt(Math.max(s.outerStart, s.outerEnd - 1));
      if (sa < 0 || sb < 0) {
        return null;
      }
      int para = paragraphOf(s.innerStart);
      String inner = text.substring(s.innerStart, s.innerEnd);
      // before-frame: the sentence's tokens before the opening mark, after any earlier quote
      int bFrom = sentFirst[sa];
      int bTo = firstTokenAtOrAfter(s.outerStart);
      for (int i = bTo - 1; i >= bFrom; i--) {
        if (insideQuote[i]) {
          bFrom = i + 1;
          break;
        }
      }
      // after-frame: to the sentence's end or the next quote
      int aFrom = firstTokenAtOrAfter(s.outerEnd);
      int aTo = sentEnd[sb];
      if (aFrom >= aTo && s.closed() && sb + 1 < sentFirst.length
          && paragraphOf(article.sentences().get(sb + 1).span().start()) == paragraphOf(s.outerEnd - 1)) {
        int first = sentFirst[sb + 1];
        if (first < ts.length && (Character.isLowerCase(text.charAt(ts[first]))
            || DASHES.contains(w(first)) || shortAttribution(first, sentEnd[sb + 1]))) {
          aFrom = first;
          aTo = sentEnd[sb + 1];
        }
      }
      for (int i = aFrom; i < aTo; i++) {
        if (insideQuote[i]) {
          aTo = i;
          break;
        }
      }
      aFrom = Math.max(aFrom, firstTokenAtOrAfter(s.outerEnd));
      Attribution a = null;
      boolean beforeHasWords = hasWordToken(bFrom, bTo);
      if (beforeHasWords) {
        a = attributeBackward(bFrom, bTo, true);
      }
      if (a == null && aFrom < aTo) {
        a = attributeAfter(aFrom, aTo);
      }
      if (a != null) {
        if (a.cueToken() >= 0) {
          usedCues.add(a.cueToken());
        }
        String channel = a.channel() != null ? a.channel()
            : channel(beforeHasWords ? bFrom : aFrom, Math.max(aTo, bTo));
        a = new Attribution(a.speaker(), a.cue(), a.cueToken(), channel, a.afterCue());
        return new Draft(s.innerStart, s.innerEnd, inner, a, paragraphOf(s.innerEnd - 1));
      }
      // no attribution of its own: a continuation of the previous quote's speaker?
      if (previous != null && previous.direct && previous.attribution != null) {
        int prevPara = previous.lastParagraph;
        boolean onlyFrameBetween = prevPara == para && noOtherSentenceBetween(previous.end, s.outerStart);
        boolean nextParagraph = para == prevPara + 1
            && article.paragraphs().get(para).start() == s.outerStart
            && !beforeHasWords;
        if (onlyFrameBetween && !beforeHasWords) {
          previous.end = s.innerEnd;
          String head = stripTrailing(previous.text.toString());
          previous.text.setLength(0);
          previous.text.append(head).append(" … ").append(inner);
          previous.lastParagraph = paragraphOf(s.innerEnd - 1);
          return previous;
        }
        if (nextParagraph && wordCount(s.innerStart, s.innerEnd) >= 4) {
          Draft d = new Draft(s.innerStart, s.innerEnd, inner, previous.attribution,
              paragraphOf(s.innerEnd - 1));
          return d;
        }
      }
      if (!beforeHasWords && sa > 0 && endsWithColon(sa - 1)) {
        // "In a speech, he declared:" then the quote, often in a paragraph of its own
        Attribution c = attributeBackward(sentFirst[sa - 1], sentEnd[sa - 1], true);
        if (c == null) {
          Phrase p = phraseForward(sentFirst[sa - 1], sentEnd[sa - 1]);
          if (p != null && (cap(p.from()) || ReportingVerbs.isPronoun(w(p.from())))) {
            c = new Attribution(classify(p), null, -1, null, p.to());
          }
        }
        if (c != null) {
          return new Draft(s.innerStart, s.innerEnd, inner, c, paragraphOf(s.innerEnd - 1));
        }
      }
      if (options.keepUnattributed() && !beforeHasWords
          && wordCount(s.innerStart, s.innerEnd) >= options.minUnattributedWords()) {
        // a quoted passage of its own: most likely the speaker quoted just before goes on
        Attribution inherited = previous != null && previous.attribution != null
            && para - previous.lastParagraph <= 2 ? previous.attribution : null;
        if (sa > 0 && (inherited == null || previous.end < article.sentences().get(sa - 1).span().start())) {
          // the subject of the sentence before, when it names someone, is the likelier speaker
          int ps = sentFirst[sa - 1];
          Attribution c = attributeBackward(ps, sentEnd[sa - 1], true);
          if (c != null) {
            inherited = c;
          }
        }
        return new Draft(s.innerStart, s.innerEnd, inner, inherited, paragraphOf(s.innerEnd - 1));
      }
      return null;
    }

    /** A sentence that opens with "X said" (split from its quote after "?" or "!"). */
    boolean shortAttribution(int from, int to) {
      for (int k = from + 1; k < Math.min(to, from + 9); k++) {
        if (insideQuote[k]) {
          return false;
        }
        if (ReportingVerbs.isCue(w(k)) && !ReportingVerbs.weakForm(w(k))) {
          Phrase p = phraseBackward(k, from);
          return p != null && p.from() == from;
        }
      }
      return false;
    }

    boolean endsWithColon(int sentence) {
      int e = sentEnd[sentence];
      return e > sentFirst[sentence] && w(e - 1).equals(":");
    }

    boolean hasWordToken(int from, int to) {
      for (int i = from; i < to; i++) {
        if (word(i)) {
          return true;
        }
      }
      return false;
    }

    /** True when the text between two offsets holds at most one sentence boundary's frame. */
    boolean noOtherSentenceBetween(int from, int to) {
      int a = sentenceAt(from);
      int b = sentenceAt(to);
      return a >= 0 && b >= 0 && b - a <= 1;
    }

    /** The nearest cue with a speaker in tokens [from, to), searching right to left. */
    Attribution attributeBackward(int from, int to, boolean forQuote) {
      boolean coordinated = false;
      for (int k = to - 1; k >= from; k--) {
        if (insideQuote[k]) {
          continue;
        }
        Attribution a = attributeAt(k, from, to);
        if (a != null && !coordinated) {
          return outer(a, from, to);
        }
        if (a != null) {
          // "X said that … but said “…”": the first speaker of the sentence speaks
          Attribution first = a;
          for (int j = k - 1; j >= from; j--) {
            Attribution b = insideQuote[j] ? null : attributeAt(j, from, to);
            if (b != null) {
              first = b;
            }
          }
          return new Attribution(first.speaker(), a.cue(), a.cueToken(), a.channel(),
              a.afterCue());
        }
        if (!coordinated && k > from && ReportingVerbs.isCue(w(k))
            && (w(k - 1).equalsIgnoreCase("and") || w(k - 1).equalsIgnoreCase("but"))) {
          coordinated = true; // a cue with no subject of its own
        }
      }
      return null;
    }

    /**
     * A pronoun that opens the clause reported by an earlier cue ("X said she recalled …") is that
     * cue's speaker: the named phrase is kept as the speaker.
     */
    Attribution outer(Attribution a, int from, int to) {
      Resolved r = a.speaker();
      if (r.kind() != Speaker.PRONOUN) {
        return a;
      }
      int p = firstTokenAtOrAfter(r.span().start());
      int c = p - 1;
      if (c >= from && w(c).equalsIgnoreCase("that")) {
        c--;
      }
      if (c < from || !ReportingVerbs.isCue(w(c))) {
        return a;
      }
      Attribution o = attributeAt(c, from, to);
      if (o == null || o.speaker().kind() != Speaker.NAMED) {
        return a;
      }
      return new Attribution(o.speaker(), a.cue(), a.cueToken(), a.channel(), a.afterCue());
    }

    /** An attribution in the frame after a quote: "…," X said / said X / according to X. */
    Attribution attributeAfter(int from, int to) {
      if (from + 1 < to && DASHES.contains(w(from)) && cap(from + 1)) {
        // "“…” ― Name": a dash before a name attributes the quote to it
        Phrase p = phraseForward(from + 1, to);
        if (p != null) {
          return new Attribution(classify(p), w(from), -1, null, p.to());
        }
      }
      for (int k = from; k < to; k++) {
        if (insideQuote[k]) {
          break;
        }
        Attribution a = attributeAt(k, from, to);
        if (a != null) {
          return a;
        }
      }
      return null;
    }

    /** The attribution whose cue is token k, its phrases bounded by [from, to); or null. */
    Attribution attributeAt(int k, int from, int to) {
      String t = w(k);
      if (t.equalsIgnoreCase("according") && k + 1 < to && w(k + 1).equalsIgnoreCase("to")) {
        Phrase p = phraseForward(k + 2, to);
        if (p == null) {
          return null;
        }
        Resolved r = classify(p);
        return new Attribution(r, text.substring(ts[k], te[k + 1]), k, null, p.to());
      }
      if (!ReportingVerbs.isCue(t) || ReportingVerbs.weakForm(t)) {
        return null;
      }
      if (t.endsWith("ing") && k > from && w(k - 1).equals(",")) {
        // "X did this, saying …": the speaker is the main clause's speaker, or its subject
        int s0 = sentFirst[sentOf[k]];
        Attribution main = attributeBackward(Math.max(from, s0), k - 1, true);
        if (main != null && main.cueToken() < k - 1) {
          return new Attribution(main.speaker(), t, k, null, k + 1);
        }
        if (ReportingVerbs.preposition(w(s0)) || timeWord(w(s0)) || ReportingVerbs.skippable(w(s0))) {
          // "In a statement on Thursday, X reacted, saying": the subject follows the first comma
          int c = s0;
          while (c < k && !w(c).equals(",")) {
            c++;
          }
          s0 = c + 1;
        }
        if (s0 >= k) {
          return null;
        }
        Phrase p = phraseForward(s0, k);
        if (p == null || !(cap(p.from()) || ReportingVerbs.isPronoun(w(p.from()))
            || ReportingVerbs.isDeterminer(w(p.from())))) {
          return null;
        }
        int after = k + 1;
        String cue = t;
        if ((t.startsWith("tell") || t.startsWith("ask")) && k + 1 < to && word(k + 1)) {
          Phrase o = phraseForward(k + 1, to);
          if (o != null && o.to() - o.from() <= 5) {
            cue = text.substring(ts[k], te[o.to() - 1]);
            after = o.to();
          }
        }
        return new Attribution(classify(p), cue, k, null, after);
      }
      if (k > 0 && sentOf[k - 1] == sentOf[k]
          && (w(k - 1).equalsIgnoreCase("to") || ReportingVerbs.isDeterminer(w(k - 1)))) {
        return null; // "to say", "the claims"
      }
      if (Character.isUpperCase(t.charAt(0)) && k > sentFirst[sentOf[k]]) {
        return null; // a name, not a verb
      }
      if (k + 1 < ts.length && sentOf[k + 1] == sentOf[k]) {
        String next = w(k + 1);
        boolean nounLike = t.endsWith("s") && !t.equalsIgnoreCase("says");
        if (nounLike && next.equalsIgnoreCase("of") || next.equalsIgnoreCase("to")
            && !t.toLowerCase(Locale.ROOT).startsWith("said") && !t.toLowerCase(Locale.ROOT).startsWith("told")
            && !t.toLowerCase(Locale.ROOT).startsWith("tell") && !t.toLowerCase(Locale.ROOT).startsWith("say")) {
          return null; // "reports of", "continued to assault"
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("continu") && word(k + 1)) {
          return null; // "continued" introduces speech only before a mark or a colon
        }
      }
      Phrase p = phraseBackward(k, from);
      String lower = t.toLowerCase(Locale.ROOT);
      if (p != null && lower.endsWith("ing")) {
        p = null; // a gerund takes its speaker only as "X is saying" or ", saying" (above)
        int b = k - 1;
        if (b >= from && BE.contains(w(b).toLowerCase(Locale.ROOT))) {
          p = phraseBackward(b, from);
        }
      }
      if (p != null && NOUN_FORMS.contains(lower)
          && !(p.to() - p.from() == 1 && (cap(p.from()) || ReportingVerbs.isPronoun(w(p.from()))))) {
        p = null; // "his recent remarks", "the claims"
      }
      if (p != null && hasVerbAfterSubject(p)) {
        return null; // "he voted against … because": the phrase is a clause, not a speaker
      }
      boolean inverted = false;
      if (p == null && ReportingVerbs.invertible(t)
          && (k == from || w(k - 1).equals(",") || insideQuote[k - 1])) {
        p = phraseForward(k + 1, to);
        if (p != null && (!cap(p.from()) && (w(p.from()).endsWith("ing")
            || ReportingVerbs.stop(w(p.from()))) || timeWord(w(p.from())))) {
          p = null;
        }
        inverted = p != null;
      }
      if (p == null) {
        return null;
      }
      Resolved r = classify(p);
      String cue = t;
      String channel = null;
      int afterCue = inverted ? p.to() : k + 1;
      if (t.toLowerCase(Locale.ROOT).startsWith("told") || t.toLowerCase(Locale.ROOT).startsWith("tell")) {
        if (!inverted && k + 1 < to && word(k + 1) && !ReportingVerbs.isPronoun(w(k + 1))
            && !w(k + 1).equalsIgnoreCase("that")) {
          Phrase o = phraseForward(k + 1, to);
          if (o != null && o.to() - o.from() <= 5) {
            cue = text.substring(ts[k], te[o.to() - 1]);
            channel = cue;
            afterCue = o.to();
          }
        }
      }
      return new Attribution(r, cue, k, channel, afterCue);
    }

    /** Whether a lower-case past-tense word follows a name or pronoun inside the phrase. */
    boolean hasVerbAfterSubject(Phrase p) {
      for (int i = p.from() + 1; i < p.to(); i++) {
        String t = w(i);
        if (t.length() > 3 && t.endsWith("ed") && Character.isLowerCase(t.charAt(0))
            && (cap(i - 1) || ReportingVerbs.isPronoun(w(i - 1)))) {
          return true;
        }
      }
      return false;
    }

    /** The speaker phrase ending just before cue token k, not before token {@code from}. */
    Phrase phraseBackward(int k, int from) {
      int j = k - 1;
      while (j >= from && sentOf[j] == sentOf[k] && ReportingVerbs.skippable(w(j))
          && !cap(j)) {
        j--;
      }
      if (j < from || sentOf[j] != sentOf[k]) {
        return null;
      }
      if (w(j).equals(",")) {
        // appositive: "X, Russia's defense minister, said"
        int c = -1;
        for (int i = j - 1; i >= from && i >= j - 30; i--) {
          if (insideQuote[i]) {
            break;
          }
          if (w(i).equals(",")) {
            c = i;
            break;
          }
        }
        if (c < 0) {
          return null;
        }
        boolean relative = c + 1 < j && (w(c + 1).equalsIgnoreCase("who")
            || w(c + 1).equalsIgnoreCase("which"));
        boolean age = j - 1 == c + 1 && Character.isDigit(text.charAt(ts[c + 1])); // "X, 69, said"
        Phrase appos = relative || age ? new Phrase(c + 1, j) : collectBackward(j - 1, c + 1);
        Phrase head = collectBackward(c - 1, from);
        if (head == null || appos == null || appos.from() != c + 1) {
          return null;
        }
        if (!cap(head.to() - 1)) {
          return null;
        }
        return head;
      }
      return collectBackward(j, from);
    }

    /** A noun phrase ending at token j (inclusive), not before {@code from}. */
    Phrase collectBackward(int j, int from) {
      if (j < from || !word(j) && !abbreviation(j) && !w(j).equals(")")) {
        return null;
      }
      if (ReportingVerbs.stop(w(j)) && !cap(j)) {
        return null;
      }
      int end = j + 1;
      int i = j;
      int limit = Math.max(from, j - 13);
      int start = j;
      while (i >= limit) {
        if (insideQuote[i] || sentOf[i] != sentOf[j]) {
          break;
        }
        String t = w(i);
        boolean ok;
        if (t.equals(")") && i > limit) {
          int open = -1;
          for (int b = i - 1; b >= Math.max(limit, i - 8); b--) {
            if (w(b).equals("(")) {
              open = b;
              break;
            }
          }
          if (open > limit && word(open - 1)) {
            start = open; // a party or place tag: "Sen. X (R-SC)"
            i = open - 1;
            continue;
          }
          ok = false;
        } else if (possessive(i) || t.equals("-") || t.equals("&") || abbreviation(i)) {
          ok = true;
        } else if (!word(i)) {
          ok = false;
        } else if (cap(i)) {
          ok = !(ReportingVerbs.stop(t) && i == sentFirst[sentOf[i]]); // "But", "And", "When"
        } else if (ReportingVerbs.preposition(t) && i + 1 < end
            && (cap(i + 1) || ReportingVerbs.isDeterminer(w(i + 1)))
            && i - 1 >= limit && word(i - 1) && !ReportingVerbs.stop(w(i - 1))) {
          ok = true;
        } else if (ReportingVerbs.connector(t) && i + 1 < end && cap(i + 1) && i - 1 >= limit
            && cap(i - 1)) {
          ok = true;
        } else if (ReportingVerbs.isCue(t) && !ReportingVerbs.isDeterminer(t)) {
          ok = false;
        } else {
          ok = !ReportingVerbs.stop(t);
        }
        if (!ok) {
          break;
        }
        start = i;
        i--;
      }
      // cut at an inner determiner not governed by a preposition ("Earlier this week the minister")
      for (int d = end - 1; d > start; d--) {
        if (ReportingVerbs.isDeterminer(w(d)) && !Character.isUpperCase(text.charAt(ts[d]))
            || ReportingVerbs.isDeterminer(w(d)) && d > start) {
          String prev = w(d - 1);
          if (!ReportingVerbs.preposition(prev) && !ReportingVerbs.connector(prev)
              && !possessive(d - 1)) {
            start = d;
            break;
          }
        }
      }
      // drop leading punctuation and possessive marks
      while (start < end && (possessive(start) || !word(start) && !abbreviation(start))) {
        start++;
      }
      if (start < end && (ReportingVerbs.preposition(w(start)) || ReportingVerbs.stop(w(start)))
          && !cap(start)) {
        return null;
      }
      while (end > start && (ReportingVerbs.preposition(w(end - 1)) || !word(end - 1)
          && !abbreviation(end - 1))) {
        end--;
      }
      if (start >= end) {
        return null;
      }
      if (start > 0 && sentOf[start - 1] == sentOf[j] && (w(start - 1).equalsIgnoreCase("what")
          || ReportingVerbs.preposition(w(start - 1)) && !possessive(start))) {
        return null; // "what Putin said", "remarks in an address"
      }
      // a single lowercase word that is not a pronoun or a role noun is no subject ("it", "which")
      if (end - start == 1 && !cap(start) && !ReportingVerbs.isPronoun(w(start))
          && !plausibleBareSubject(w(start))) {
        return null;
      }
      if (ReportingVerbs.isPronoun(w(end - 1)) && end - start > 1) {
        start = end - 1;
      }
      return new Phrase(start, end);
    }

    boolean plausibleBareSubject(String t) {
      String l = t.toLowerCase(Locale.ROOT);
      return l.equals("officials") || l.equals("police") || l.equals("authorities")
          || l.equals("analysts") || l.equals("experts") || l.equals("critics")
          || l.equals("sources") || l.equals("witnesses") || l.equals("residents")
          || l.equals("investigators") || l.equals("prosecutors") || l.equals("observers")
          || l.equals("supporters") || l.equals("opponents") || l.equals("democrats")
          || l.equals("republicans") || l.equals("researchers") || l.equals("scientists")
          || l.equals("doctors") || l.equals("economists") || l.equals("diplomats")
          || l.equals("lawmakers") || l.equals("aides") || l.equals("advisers")
          || l.equals("organizers") || l.equals("protesters") || l.equals("activists")
          || l.equals("reports") || l.equals("polls") || l.equals("people") || l.equals("someone")
          || l.equals("many") || l.equals("others") || l.equals("both") || l.equals("voters");
    }

    /** A noun phrase starting at token i, not reaching {@code to}. */
    Phrase phraseForward(int i, int to) {
      if (i >= to || insideQuote[i]) {
        return null;
      }
      int start = i;
      int end = i;
      int limit = Math.min(to, i + 14);
      while (end < limit && !insideQuote[end] && sentOf[end] == sentOf[i]) {
        String t = w(end);
        boolean ok;
        if (abbreviation(end)) {
          ok = true; // "said Mr. Berg"
        } else if (possessive(end) || t.equals("-") || t.equals("&")) {
          ok = end > start;
        } else if (!word(end)) {
          ok = false;
        } else if (cap(end)) {
          ok = true;
        } else if (ReportingVerbs.isDeterminer(t) && end == start) {
          ok = true;
        } else if ((ReportingVerbs.preposition(t) || ReportingVerbs.connector(t)) && end > start
            && end + 1 < limit && (cap(end + 1) || ReportingVerbs.isDeterminer(w(end + 1)))) {
          ok = !t.equalsIgnoreCase("in") && !t.equalsIgnoreCase("on") && !t.equalsIgnoreCase("at")
              && !t.equalsIgnoreCase("by") || capitalizedRunAround(end);
        } else if (ReportingVerbs.stop(t) || ReportingVerbs.isCue(t)) {
          ok = false;
        } else {
          ok = !t.endsWith("ing") || end == start;
        }
        if (!ok) {
          break;
        }
        end++;
      }
      while (end > start && (ReportingVerbs.preposition(w(end - 1))
          || ReportingVerbs.isDeterminer(w(end - 1)) || !word(end - 1) && !abbreviation(end - 1))) {
        end--;
      }
      if (end <= start) {
        return null;
      }
      if (end - start == 1 && !cap(start) && !ReportingVerbs.isPronoun(w(start))
          && !plausibleBareSubject(w(start))) {
        return null;
      }
      return new Phrase(start, end);
    }

    boolean capitalizedRunAround(int i) {
      return i > 0 && i + 1 < ts.length && cap(i - 1) && cap(i + 1);
    }

    // ---------------------------------------------------------------- speakers

    Resolved classify(Phrase p) {
      Span span = new Span(ts[p.from()], te[p.to() - 1]);
      if (p.to() - p.from() == 1 && ReportingVerbs.isPronoun(w(p.from()))) {
        return new Resolved(span, w(p.from()), Speaker.PRONOUN, null, null, null);
      }
      // the head: up to the first preposition outside a capitalized name
      int headEnd = p.to();
      for (int i = p.from() + 1; i < p.to() - 1; i++) {
        if (ReportingVerbs.preposition(w(i)) && !insideName(i)) {
          headEnd = i;
          break;
        }
      }
      int last = headEnd - 1;
      while (last > p.from() && !word(last) && !abbreviation(last)) {
        last--;
      }
      if (cap(last) && !possessive(last)) {
        int runStart = last;
        while (runStart - 1 >= p.from()) {
          int b = runStart - 1;
          if (cap(b) || abbreviation(b)) {
            runStart = b;
          } else if (ReportingVerbs.connector(w(b)) && b - 1 >= p.from()
              && (cap(b - 1) || ReportingVerbs.connector(w(b - 1)) && b - 2 >= p.from() && cap(b - 2))) {
            runStart = b;
          } else {
            break;
          }
        }
        while (runStart < last && ReportingVerbs.connector(w(runStart))) {
          runStart++;
        }
        int nameStart = stripTitles(runStart, last + 1);
        Span nameSpan = new Span(ts[nameStart], te[last]);
        NameMention m = mentionAt(nameSpan);
        if (m != null && m.type() != EntityType.MISC && nameSpan.contains(m.span())
            && m.span().end() == nameSpan.end()) {
          nameSpan = m.span();
        }
        String name = nameSpan.of(text);
        String entity = linker.entityAt(article.id(), nameSpan);
        return new Resolved(span, name, Speaker.NAMED, entity, key(name), nameSpan);
      }
      String written = span.of(text);
      String head = new Span(ts[p.from()], te[headEnd - 1]).of(text);
      return new Resolved(span, written, Speaker.ROLE, null, key(head), null);
    }

    boolean insideName(int i) {
      if (i <= 0 || i + 1 >= ts.length) {
        return false;
      }
      if (!cap(i - 1)) {
        return false;
      }
      return cap(i + 1) || i + 2 < ts.length && w(i + 1).equalsIgnoreCase("the") && cap(i + 2);
    }

    int stripTitles(int from, int to) {
      int s = from;
      while (s < to - 1 && ReportingVerbs.title(w(s))) {
        s++;
      }
      if (s == from) {
        return from;
      }
      // only a person's name is left standing after titles: 1-3 words, none an organisation word
      if (to - s > 3) {
        return from;
      }
      for (int i = s; i < to; i++) {
        if (organisationWord(w(i)) || ReportingVerbs.connector(w(i))) {
          return from;
        }
      }
      return s;
    }

    NameMention mentionAt(Span span) {
      for (NameMention m : names) {
        if (m.span().start() >= span.end()) {
          break;
        }
        if (m.span().overlaps(span)) {
          NameMention best = m;
          return best;
        }
      }
      return null;
    }

    /** A pronoun speaker resolved to the nearest fitting earlier name. */
    Resolved resolvePronoun(Resolved r) {
      if (r.kind() != Speaker.PRONOUN) {
        return r;
      }
      String p = r.name().toLowerCase(Locale.ROOT);
      boolean person = p.equals("he") || p.equals("she");
      if (p.equals("i") || p.equals("you")) {
        return new Resolved(r.span(), null, Speaker.UNKNOWN, null, null, null);
      }
      int at = r.span().start();
      Resolved best = null;
      int bestPos = -1;
      for (Resolved s : speakersSoFar) {
        if (s.kind() == Speaker.NAMED && s.span().start() < at && s.span().start() > bestPos) {
          if (person && organisationName(s.name())) {
            continue;
          }
          best = s;
          bestPos = s.span().start();
        }
      }
      for (NameMention m : names) {
        if (m.span().start() >= at) {
          break;
        }
        if (m.span().start() <= bestPos) {
          continue;
        }
        boolean fits = person ? personLike(m) : m.type() == EntityType.ORG;
        if (fits) {
          String name = withoutTitles(m.text());
          Span nameSpan = m.span();
          best = new Resolved(nameSpan, name, Speaker.NAMED,
              linker.entityAt(article.id(), nameSpan), key(name), nameSpan);
          bestPos = m.span().start();
        }
      }
      if (best == null) {
        return new Resolved(r.span(), r.name(), Speaker.UNKNOWN, null, null, null);
      }
      String entity = best.nameSpan() == null ? best.entity()
          : linker.entityAt(article.id(), best.nameSpan());
      return new Resolved(r.span(), best.name(), Speaker.PRONOUN, entity, best.key(),
          best.nameSpan());
    }

    boolean personLike(NameMention m) {
      if (m.type() == EntityType.PERSON) {
        return true;
      }
      if (m.type() != EntityType.MISC) {
        return false;
      }
      String[] parts = m.text().split("\\s+");
      int titles = 0;
      for (String part : parts) {
        if (organisationWord(part)) {
          return false;
        }
        if (ReportingVerbs.title(part)) {
          titles++;
        }
      }
      int rest = parts.length - titles;
      if (titles > 0) {
        return rest >= 1 && rest <= 3;
      }
      int k = firstTokenAtOrAfter(m.span().start());
      boolean titled = k > 0 && (ReportingVerbs.title(w(k - 1)));
      return titled || rest == 2 && !m.text().contains("'") && !m.text().contains("’");
    }

    // ---------------------------------------------------------------- channels

    String channel(int from, int to) {
      for (int i = from; i < to - 1; i++) {
        if (insideQuote[i]) {
          continue;
        }
        String t = w(i).toLowerCase(Locale.ROOT);
        if (t.equals("in") && i + 1 < to && ReportingVerbs.isDeterminer(w(i + 1))) {
          for (int j = i + 2; j < Math.min(to, i + 7); j++) {
            if (insideQuote[j] || !word(j) && !w(j).equals("-")) {
              break;
            }
            if (CHANNEL_NOUNS.contains(w(j).toLowerCase(Locale.ROOT))) {
              while (j + 1 < to && !insideQuote[j + 1]
                  && CHANNEL_NOUNS.contains(w(j + 1).toLowerCase(Locale.ROOT))) {
                j++; // "video address"
              }
              int end = j + 1;
              if (end + 1 < to && (w(end).equalsIgnoreCase("with") || w(end).equalsIgnoreCase("on")
                  || w(end).equalsIgnoreCase("to")) && cap(end + 1)) {
                end += 2;
                while (end < to && cap(end)) {
                  end++;
                }
              }
              return text.substring(ts[i], te[end - 1]);
            }
          }
        }
        if (t.equals("on") && i + 1 < to) {
          String n = w(i + 1);
          if (PLATFORMS.contains(n.toLowerCase(Locale.ROOT)) || n.equals("X")) {
            int end = i + 2;
            if (n.equalsIgnoreCase("social") && end < to && w(end).equalsIgnoreCase("media")) {
              end++;
            }
            return text.substring(ts[i], te[end - 1]);
          }
        }
        if (t.equals("according") && w(i + 1).equalsIgnoreCase("to")) {
          Phrase p = phraseForward(i + 2, to);
          if (p != null) {
            return text.substring(ts[i], te[p.to() - 1]);
          }
        }
      }
      return null;
    }

    // ---------------------------------------------------------------- indirect speech

    Draft indirect(int s, Set<Integer> usedCues) {
      int from = sentFirst[s];
      int to = sentEnd[s];
      for (int k = from; k < to; k++) {
        if (usedCues.contains(k)) {
          return null; // the sentence's attribution already belongs to a direct quote
        }
      }
      for (int k = from; k < to; k++) {
        if (insideQuote[k] || usedCues.contains(k)) {
          continue;
        }
        String t = w(k);
        boolean according = t.equalsIgnoreCase("according") && k + 1 < to
            && w(k + 1).equalsIgnoreCase("to");
        if (!according && (!ReportingVerbs.isCue(t) || ReportingVerbs.weakForm(t))) {
          continue;
        }
        Attribution a = attributeAt(k, from, to);
        if (a == null) {
          continue;
        }
        int cStart;
        int cEnd;
        if (according) {
          Phrase p = phraseForward(k + 2, to);
          int after = p.to();
          if (k == from || k == from + 1 && !word(from)) {
            int c = after;
            while (c < to && !word(c)) {
              c++;
            }
            cStart = c < to ? ts[c] : -1;
            cEnd = sentenceContentEnd(to);
          } else {
            int e = k;
            while (e > from && !word(e - 1)) {
              e--;
            }
            cStart = ts[from];
            cEnd = e > from ? te[e - 1] : -1;
          }
        } else {
          Span sp = a.speaker().span();
          int spFirst = firstTokenAtOrAfter(sp.start());
          boolean inverted = spFirst > k;
          int rest = skipObjectAndTime(a.afterCue(), to);
          int restWords = 0;
          for (int i = rest; i < to; i++) {
            if (word(i)) {
              restWords++;
            }
          }
          if (restWords >= 3 && !inverted) {
            cStart = ts[rest];
            cEnd = sentenceContentEnd(to);
          } else {
            // "clause, X said." : the content is what comes before the speaker
            int before = Math.min(spFirst, k);
            int e = before;
            while (e > from && !word(e - 1)) {
              e--;
            }
            if (e - from < 3 || before == from || !w(before - 1).equals(",")) {
              continue;
            }
            cStart = ts[from];
            cEnd = te[e - 1];
          }
        }
        if (cStart < 0 || cEnd <= cStart || wordCount(cStart, cEnd) < 3) {
          continue;
        }
        usedCues.add(k);
        Draft d = new Draft(cStart, cEnd, text.substring(cStart, cEnd),
            new Attribution(a.speaker(), a.cue(), k, a.channel() != null ? a.channel()
                : channel(from, to), a.afterCue()), paragraphOf(cStart));
        d.direct = false;
        return d;
      }
      return null;
    }

    int sentenceContentEnd(int to) {
      int e = to;
      while (e > 0 && !word(e - 1) && !insideQuote[e - 1]) {
        e--;
      }
      return e > 0 ? te[e - 1] : -1;
    }

    /** Skips "that", a told-object, commas and time or channel phrases after a cue. */
    int skipObjectAndTime(int i, int to) {
      int prev = -1;
      while (i < to && i != prev) {
        prev = i;
        String t = w(i).toLowerCase(Locale.ROOT);
        if (t.equals("that") || t.equals(",") || t.equals(":")) {
          i++;
        } else if ((t.equals("on") || t.equals("in") || t.equals("last") || t.equals("this")
            || t.equals("earlier") || t.equals("late")) && i + 1 < to && timeWord(w(i + 1))) {
          i += 2;
        } else if (timeWord(t) && (i + 1 >= to || !word(i + 1) || w(i + 1).equalsIgnoreCase("that"))) {
          i++;
        } else if (t.equals("in") && i + 1 < to && ReportingVerbs.isDeterminer(w(i + 1))) {
          int j = i + 2;
          while (j < Math.min(to, i + 7) && word(j)
              && !CHANNEL_NOUNS.contains(w(j).toLowerCase(Locale.ROOT))) {
            j++;
          }
          if (j < to && CHANNEL_NOUNS.contains(w(j).toLowerCase(Locale.ROOT))) {
            i = j + 1;
          }
        }
      }
      return i;
    }

    boolean timeWord(String t) {
      return TIME_WORDS.contains(t.toLowerCase(Locale.ROOT));
    }
  }

  /** A person's name without the titles before it ("Mr. Berg" gives "Berg"). */
  static String withoutTitles(String name) {
    String[] parts = name.split("\\s+");
    int s = 0;
    while (s < parts.length - 1 && ReportingVerbs.title(parts[s])) {
      s++;
    }
    if (s == 0 || parts.length - s > 3) {
      return name;
    }
    for (int i = s; i < parts.length; i++) {
      if (organisationWord(parts[i])) {
        return name;
      }
    }
    return String.join(" ", java.util.Arrays.asList(parts).subList(s, parts.length));
  }

  static boolean organisationWord(String w) {
    return ORG_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean organisationName(String name) {
    for (String part : name.split("\\s+")) {
      if (organisationWord(part)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String stripTrailing(String t) {
    int e = t.length();
    while (e > 0 && (t.charAt(e - 1) == ',' || Character.isWhitespace(t.charAt(e - 1)))) {
      e--;
    }
    return t.substring(0, e);
  }

  /** A comparison key for a speaker name: lower case, letters and digits, single spaces. */
  static String key(String name) {
    if (name == null) {
      return null;
    }
    String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  private static final Set<String> DASHES = words("―", "—", "–", "-", "--");

  private static final Set<String> BE = words("is", "are", "was", "were", "been", "be");

  /** Reporting-verb forms that are more often plural nouns ("his remarks", "the claims"). */
  private static final Set<String> NOUN_FORMS = words(
      "remarks", "comments", "reports", "claims", "notes", "estimates", "posts", "tweets",
      "charges", "demands", "promises", "pledges", "threats", "replies", "responses",
      "statements", "quips", "jokes", "boasts", "accounts", "answers", "counters");

  private static final Set<String> ORG_WORDS = words(
      "ministry", "department", "council", "party", "institute", "agency", "office", "committee",
      "court", "army", "forces", "force", "group", "union", "bank", "company", "corp", "inc",
      "university", "center", "centre", "service", "services", "administration", "commission",
      "organization", "organisation", "government", "police", "command", "staff", "campaign",
      "house", "senate", "congress", "parliament", "foundation", "association", "network",
      "news", "times", "post", "journal", "press", "reuters", "board", "bureau", "fund",
      "corporation", "ltd", "llc", "church", "school", "college", "hospital", "coalition",
      "alliance", "federation", "league", "club", "team", "guard", "navy", "corps", "embassy",
      "kremlin", "pentagon", "tv", "radio", "magazine", "daily", "herald", "tribune");

  private static final Set<String> CHANNEL_NOUNS = words(
      "address", "statement", "interview", "remarks", "speech", "post", "tweet", "video",
      "broadcast", "message", "briefing", "conference", "appearance", "op-ed", "column",
      "letter", "report", "podcast", "blog", "essay", "book", "memo", "email", "e-mail", "note",
      "filing", "testimony", "hearing", "documentary", "show", "program", "programme", "session",
      "call", "rally", "debate", "posting", "op", "editorial", "announcement", "comments",
      "comment", "release", "article", "tweets", "posts", "addresses", "speeches");

  private static final Set<String> PLATFORMS = words(
      "twitter", "facebook", "telegram", "instagram", "youtube", "tiktok", "television", "radio",
      "social", "truth", "vk", "linkedin", "reddit", "weibo", "wechat", "threads", "mastodon",
      "substack", "air");

  private static final Set<String> TIME_WORDS = words(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "recently", "week", "month", "year", "morning", "afternoon",
      "evening", "night", "weekend", "earlier", "later", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");

  /** A set of words that tolerates repeats in the source list. */
  static Set<String> words(String... ws) {
    return Set.copyOf(java.util.Arrays.asList(ws));
  }
}
