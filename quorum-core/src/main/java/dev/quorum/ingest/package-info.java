/**
 * Ingestion: reads news inputs of every supported format into {@link
 * dev.quorum.model.RawDocument}s.
 *
 * <p>Entry point: {@link dev.quorum.ingest.Ingestor#read(java.util.List, java.io.InputStream,
 * dev.quorum.ingest.DocumentSink)}. Inputs are files, directories (walked recursively, sorted by
 * path string, hidden entries passed over silently) and {@code -} for standard input. Every input
 * is gunzipped when its first bytes are the gzip magic (concatenated members too), then its format
 * is sniffed from the content, with the extension as tie-breaker:
 *
 * <ul>
 *   <li>{@code text}: one document, id = file name without known extensions, body as decoded;
 *   <li>{@code html}: one document, charset from BOM, {@code <meta>}, ICU4J detection, UTF-8;
 *   <li>{@code json} / {@code jsonl}: one document per object, streamed; common dump field names;
 *   <li>{@code warc}: one document per 2xx HTML response or HTML resource record, streamed;
 *   <li>{@code sgml}: one plain-text document per TREC/LDC {@code <DOC>}, id = DOCNO, streamed;
 *   <li>{@code feed}: one HTML document per RSS/Atom entry.
 * </ul>
 *
 * <p>Skip reasons (each with the path and, inside multi-record inputs, the record): {@code no such
 * file or directory}, {@code unreadable: ...}, {@code empty file}, {@code blank file}, {@code
 * binary content (...)}, {@code undecodable: ...}, {@code oversize: ...} / {@code oversize record:
 * ...}, {@code truncated gzip ...} / {@code corrupt gzip ...} (documents before the break are
 * kept), {@code malformed JSON ...}, {@code malformed JSON line: ...}, {@code not a JSON object},
 * {@code no text, body, content or html field}, {@code WARC parse error ...}, {@code unreadable
 * WARC record: ...}, {@code no <TEXT> element}, {@code empty <TEXT>}, {@code unterminated <DOC>
 * ...}, {@code malformed feed: ...}, {@code entry has neither content nor description}, {@code no
 * documents in this ... input}.
 */
package dev.quorum.ingest;
