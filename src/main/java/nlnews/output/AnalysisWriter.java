package nlnews.output;

import java.io.IOException;
import nlnews.model.ArticleAnalysis;

/** Formats analyses, one article at a time, in the order given. Writers format; they never compute. */
public interface AnalysisWriter {

  void write(ArticleAnalysis analysis) throws IOException;

  /** Writes whatever closes the output (nothing for most formats) and flushes. */
  void finish() throws IOException;
}
