package dev.quorum.ingest;

import dev.quorum.model.RawDocument;
import dev.quorum.model.Skip;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it receives, and the order of documents and skips. */
final class CollectingSink implements DocumentSink {

  final List<RawDocument> docs = new ArrayList<>();
  final List<Skip> skips = new ArrayList<>();
  final List<Object> events = new ArrayList<>();

  @Override
  public void accept(RawDocument document) {
    docs.add(document);
    events.add(document);
  }

  @Override
  public void skip(Skip skip) {
    skips.add(skip);
    events.add(skip);
  }

  RawDocument doc(String id) {
    return docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  List<String> ids() {
    return docs.stream().map(RawDocument::id).toList();
  }
}
