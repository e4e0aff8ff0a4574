package nlnews.output;

import java.util.List;
import java.util.function.Consumer;
import nlnews.model.ArticleAnalysis;

/**
 * A kind of output row: its name (the JSON Lines {@code type}), the name of its file in a
 * directory of tables, its columns, and how an analysis becomes rows. Values are String, Integer, Double (printed with three decimals), Boolean, a
 * List of String (joined with {@code |} in CSV and TSV, an array in JSON), or null for no value
 * (an empty cell, JSON null).
 */
public interface Table {

  String type();

  /** The file name, without extension, of this table in {@code analyze --output-dir}. */
  String file();

  List<String> columns();

  void rows(ArticleAnalysis analysis, Consumer<List<Object>> out);
}
