package dev.quorum.model;

/**
 * What is known about an article besides its text; every field may be null when unknown.
 *
 * @param title the headline
 * @param url the canonical URL, else the URL it was fetched from
 * @param outlet the publishing site or agency ("Reuters", "Global News")
 * @param byline the author line without the leading "By"
 * @param published publication time as ISO-8601 ({@code 2023-03-07} or {@code 2023-03-07T10:15:00Z})
 * @param dateline the dateline that opened the story ("GENEVA (AP) —"), moved out of the text
 */
public record Metadata(
    String title, String url, String outlet, String byline, String published, String dateline) {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null);

  /** Fields of this record, each filled from {@code other} where this one is null or blank. */
  public Metadata orElse(Metadata other) {
    if (other == null) {
      return this;
    }
    return new Metadata(
        pick(title, other.title),
        pick(url, other.url),
        pick(outlet, other.outlet),
        pick(byline, other.byline),
        pick(published, other.published),
        pick(dateline, other.dateline));
  }

  public Metadata withTitle(String v) {
    return new Metadata(v, url, outlet, byline, published, dateline);
  }

  public Metadata withUrl(String v) {
    return new Metadata(title, v, outlet, byline, published, dateline);
  }

  public Metadata withOutlet(String v) {
    return new Metadata(title, url, v, byline, published, dateline);
  }

  public Metadata withByline(String v) {
    return new Metadata(title, url, outlet, v, published, dateline);
  }

  public Metadata withPublished(String v) {
    return new Metadata(title, url, outlet, byline, v, dateline);
  }

  public Metadata withDateline(String v) {
    return new Metadata(title, url, outlet, byline, published, v);
  }

  private static String pick(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
