package nlnews.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nlnews.corpus.CorpusAggregator;
import nlnews.corpus.Identities;
import nlnews.corpus.Identities.Key;
import nlnews.corpus.Period;
import nlnews.model.EntityType;
import nlnews.output.CorpusTables;
import nlnews.output.CorpusTables.CorpusTable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The tables of {@code nlnews corpus} (entities under one identity, timeline, speakers, pairs,
 * tone per period) computed with Spark SQL from the job's article tables, by the rules of
 * nlnews.corpus: every sum is a join or a group-by on the executors. One step runs on the driver:
 * which person names are one person ({@link Identities#resolve}), decided over the corpus's
 * distinct person names (its vocabulary, tens of thousands of strings, not its rows) so that the
 * join follows the command line's rules exactly.
 *
 * <p>What is not the command line's, and why:
 *
 * <ul>
 *   <li>every row is kept and rows are in no order: {@code --top}, {@code --min-articles} and
 *       {@code --type} are one {@code where} or {@code orderBy} for whoever reads the Parquet;
 *   <li>the mean tones ({@code tone} of entities and timeline; {@code tone} and
 *       {@code article_tone} of tone) are sums of exact decimals, the command line's sums of
 *       doubles in input order: a mean within a double's rounding error of a boundary of the
 *       third decimal can print one higher or lower there (on the test corpus, one entity's tone);
 *   <li>"earliest" (a speaker's example) is by article id, the command line's by input order:
 *       the same for folders of files, which both take in file-name order.
 * </ul>
 */
final class CorpusJob {

  /** The folder under the job's output that holds the corpus tables, one sub-folder each. */
  static final String FOLDER = "corpus";

  /**
   * Exact sums of scores in [-1, 1]: 18 decimals are far finer than the three a mean is printed
   * with, and 38 digits (Spark's most) leave room for sums of 10^20 scores.
   */
  private static final int EXACT_DIGITS = 38;
  private static final int EXACT_SCALE = 18;

  private static final String PERIOD_UDF = "nlnews_period";
  private static final String ANONYMISED_UDF = "nlnews_anonymised";
  private static final String EXAMPLE_UDF = "nlnews_example";

  private CorpusJob() {}

  /** The job's article tables the corpus tables are summed from, as Spark reads them. */
  record Articles(
      Dataset<Row> articles, Dataset<Row> entities, Dataset<Row> mentions, Dataset<Row> quotes, Dataset<Row> sentiment) {}

  /** Computes every corpus table of {@code in} by {@code by} and writes each under {@code output}/corpus. */
  static void write(SparkSession spark, Articles in, Period by, String output, SaveMode mode) {
    register(spark, by);
    // Summed once, read by the identities and four of the tables; the quotations by two.
    Dataset<Row> uses = uses(in).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> quoted = null;
    try {
      Dataset<Row> identities = identities(spark, uses);
      quoted = quoted(in, identities).persist(StorageLevel.MEMORY_AND_DISK());
      Map<CorpusTable, Dataset<Row>> tables = tables(in, uses, identities, quoted);
      for (CorpusTable t : CorpusTables.ALL) {
        tables.get(t).write().mode(mode).parquet(new Path(new Path(output, FOLDER), t.name()).toString());
      }
    } finally {
      uses.unpersist();
      if (quoted != null) {
        quoted.unpersist();
      }
    }
  }

  /** The corpus tables of {@code in}, each with the command line's columns in its order. */
  static Map<CorpusTable, Dataset<Row>> tables(SparkSession spark, Articles in, Period by) {
    register(spark, by);
    Dataset<Row> uses = uses(in);
    Dataset<Row> identities = identities(spark, uses);
    return tables(in, uses, identities, quoted(in, identities));
  }

  private static Map<CorpusTable, Dataset<Row>> tables(Articles in, Dataset<Row> uses, Dataset<Row> identities, Dataset<Row> quoted) {
    Dataset<Row> used = uses.join(broadcast(identities), new String[] {"ktype", "kname"}, "left")
        .withColumn("iname", coalesce(col("identity"), col("kname")));
    return Map.of(
        CorpusTables.ENTITIES, columns(CorpusTables.ENTITIES, entities(in, used, identities, quoted)),
        CorpusTables.TIMELINE, columns(CorpusTables.TIMELINE, timeline(used)),
        CorpusTables.SPEAKERS, columns(CorpusTables.SPEAKERS, speakers(quoted)),
        CorpusTables.PAIRS, columns(CorpusTables.PAIRS, pairs(used)),
        CorpusTables.TONE, columns(CorpusTables.TONE, tone(in)));
  }

  private static void register(SparkSession spark, Period by) {
    spark.udf().register(PERIOD_UDF, new PeriodOf(by), DataTypes.StringType);
    spark.udf().register(ANONYMISED_UDF, new Anonymised(), DataTypes.BooleanType);
    spark.udf().register(EXAMPLE_UDF, new Example(), DataTypes.StringType);
  }

  /**
   * How each name (key: type, name, and the article for an anonymised name) is used in each
   * article: mentions by name (the entities table's counts), references by pronoun or role, the
   * paragraphs that mention it and those that name it, the tone of those paragraphs.
   */
  private static Dataset<Row> uses(Articles in) {
    // An adjective counts for its place, as a mention of the place.
    Dataset<Row> named = in.entities()
        .withColumn("adjective", expr("linked_to <> ''"))
        .withColumn("ktype", expr("if(adjective, '" + EntityType.LOC.name() + "', type)"))
        .withColumn("kname", expr("if(adjective, linked_to, entity)"))
        .groupBy("article", "date", "ktype", "kname")
        .agg(expr("sum(cast(`count` AS BIGINT)) AS mentions"));
    Dataset<Row> referred = in.mentions()
        .withColumn("reference", expr("form IN ('pronoun', 'role')"))
        .groupBy(col("article"), col("date"), col("type").as("ktype"), col("entity").as("kname"))
        .agg(
            expr("sum(if(reference, 1L, 0L)) AS `references`"),
            expr("collect_set(paragraph) AS paragraphs"),
            expr("collect_set(if(reference, NULL, paragraph)) AS named"));
    Dataset<Row> scores = in.sentiment().select("article", "paragraph", "score");
    Dataset<Row> tone = in.mentions()
        .select(col("article"), col("type").as("ktype"), col("entity").as("kname"), col("paragraph"))
        .distinct()
        .join(scores, new String[] {"article", "paragraph"})
        .groupBy("article", "ktype", "kname")
        .agg(expr("sum(" + exact("score") + ") AS tone_sum"), expr("count(1) AS tone_paragraphs"));
    return named.join(referred, new String[] {"article", "date", "ktype", "kname"}, "full_outer")
        .join(tone, new String[] {"article", "ktype", "kname"}, "left")
        .select(
            col("article"), col("date"), col("ktype"), col("kname"),
            expr("if(" + ANONYMISED_UDF + "(ktype, kname), article, '') AS kart"),
            expr("coalesce(mentions, 0L) AS mentions"),
            expr("coalesce(references, 0L) AS `references`"),
            expr("coalesce(named, array()) AS named"),
            expr("coalesce(tone_sum, " + exact("0") + ") AS tone_sum"),
            expr("coalesce(tone_paragraphs, 0L) AS tone_paragraphs"),
            expr(PERIOD_UDF + "(date) AS period"));
  }

  /**
   * Person names joined to another name's identity: (ktype, kname, identity). The decision needs
   * all the corpus's person names at once and an order over them, so it is made on the driver over
   * their distinct list with the command line's own rules; every other name is its own identity.
   */
  private static Dataset<Row> identities(SparkSession spark, Dataset<Row> uses) {
    List<Key> people = new ArrayList<>();
    for (Row r : uses.where("ktype = 'PER' AND kart = ''").select("kname").distinct().collectAsList()) {
      people.add(Identities.key(EntityType.PER, r.getString(0), -1));
    }
    List<Row> joined = new ArrayList<>();
    Identities.resolve(people).forEach((key, identity) -> {
      if (!key.equals(identity)) {
        joined.add(RowFactory.create(key.type().name(), key.name(), identity.name()));
      }
    });
    StructType schema = new StructType()
        .add("ktype", DataTypes.StringType, false)
        .add("kname", DataTypes.StringType, false)
        .add("identity", DataTypes.StringType, false);
    return spark.createDataFrame(joined, schema);
  }

  /**
   * Spoken quotations of the articles' own entities: the speaker is the first entity of the
   * article (in the entities table's order) with that name; the example's "earliest" is by article
   * id, where the command line takes its input order (the same for sorted file names). A speaker
   * the entities do not hold ("een buurtbewoner") is no one the corpus can follow.
   */
  private static Dataset<Row> quoted(Articles in, Dataset<Row> identities) {
    Dataset<Row> byName = in.entities()
        .where("linked_to = ''")
        .selectExpr("article", "entity AS speaker", "type AS ktype", "`count`")
        // The entities table's order for one name: most mentions first, then type (nlnews.entities.EntityResolver).
        .withColumn("first", expr("row_number() OVER (PARTITION BY article, speaker ORDER BY `count` DESC, "
            + "array_position(array(" + quoted(typeOrder()) + "), ktype))"))
        .where("first = 1")
        .drop("first", "count");
    Column spoken = col("kind").isin(new TreeSet<>(CorpusAggregator.SPOKEN).toArray());
    return in.quotes().where(spoken)
        .join(byName, new String[] {"article", "speaker"})
        .withColumnRenamed("speaker", "kname")
        .join(broadcast(identities), new String[] {"ktype", "kname"}, "left")
        .select(
            col("article"), col("date"), col("ktype"),
            coalesce(col("identity"), col("kname")).as("iname"),
            expr("if(" + ANONYMISED_UDF + "(ktype, kname), article, '') AS kart"),
            expr("if(cue = '' OR array_contains(array(" + quoted(new ArrayList<>(new TreeSet<>(CorpusAggregator.STRUCTURAL_CUES))) + "), cue), NULL, lower(cue)) AS verb"),
            // The example: a direct quotation before a partial one, then the earliest (article, then place in it).
            expr("named_struct('partial', kind <> 'direct', 'article', article, 'start', start, "
                + "'text', " + EXAMPLE_UDF + "(quote)) AS example"));
  }

  private static Dataset<Row> entities(Articles in, Dataset<Row> used, Dataset<Row> identities, Dataset<Row> quoted) {
    Dataset<Row> sums = used
        .groupBy("ktype", "iname", "kart")
        .agg(
            expr("sum(mentions) AS mentions"),
            expr("sum(references) AS `references`"),
            expr("cast(count(DISTINCT article) AS INT) AS articles"),
            expr("coalesce(min(nullif(date, '')), '') AS first_date"),
            expr("max(date) AS last_date"),
            expr("sum(tone_sum) AS tone_sum"),
            expr("cast(sum(tone_paragraphs) AS INT) AS tone_paragraphs"),
            expr("array_sort(filter(collect_set(kname), n -> n <> iname)) AS merged_from"));
    // Every form of a name counts once per article that uses it; an adjective is its own form.
    Dataset<Row> forms = in.entities()
        .selectExpr(
            "article", "if(linked_to <> '', '" + EntityType.LOC.name() + "', type) AS ktype",
            "if(linked_to <> '', linked_to, entity) AS kname",
            "explode(if(linked_to <> '', array(entity), variants)) AS variant")
        .withColumn("kart", expr("if(" + ANONYMISED_UDF + "(ktype, kname), article, '')"))
        .join(broadcast(identities), new String[] {"ktype", "kname"}, "left")
        .withColumn("iname", coalesce(col("identity"), col("kname")))
        .groupBy("ktype", "iname", "kart", "variant")
        .agg(expr("count(1) AS uses"))
        .groupBy("ktype", "iname", "kart")
        .agg(expr("transform(slice(array_sort(collect_list(named_struct('rank', -uses, 'variant', variant))), 1, "
            + CorpusAggregator.VARIANTS_SHOWN + "), v -> v.variant) AS variants"));
    Dataset<Row> times = quoted.groupBy("ktype", "iname", "kart").agg(expr("cast(count(1) AS INT) AS quoted"));
    return sums
        .join(forms, new String[] {"ktype", "iname", "kart"}, "left")
        .join(times, new String[] {"ktype", "iname", "kart"}, "left")
        .select(
            col("iname").as("entity"), col("ktype").as("type"), col("mentions"), col("references"), col("articles"),
            col("first_date"), col("last_date"), expr("coalesce(quoted, 0) AS quoted"),
            expr(mean("tone_sum", "tone_paragraphs") + " AS tone"),
            col("tone_paragraphs"), expr("coalesce(variants, array()) AS variants"), col("merged_from"));
  }

  private static Dataset<Row> timeline(Dataset<Row> used) {
    return used
        .groupBy("ktype", "iname", "kart", "period")
        .agg(
            expr("sum(mentions) AS mentions"),
            expr("cast(count(DISTINCT article) AS INT) AS articles"),
            expr("sum(tone_sum) AS tone_sum"),
            expr("cast(sum(tone_paragraphs) AS INT) AS tone_paragraphs"))
        .select(
            col("iname").as("entity"), col("ktype").as("type"), col("period"), col("mentions"), col("articles"),
            expr(mean("tone_sum", "tone_paragraphs") + " AS tone"),
            col("tone_paragraphs"));
  }

  private static Dataset<Row> speakers(Dataset<Row> quoted) {
    Dataset<Row> verbs = quoted.where("verb IS NOT NULL")
        .groupBy("ktype", "iname", "kart", "verb")
        .agg(expr("count(1) AS uses"))
        .groupBy("ktype", "iname", "kart")
        .agg(expr("array_sort(collect_list(named_struct('rank', -uses, 'verb', verb)))[0].verb AS verb"));
    return quoted
        .groupBy("ktype", "iname", "kart")
        .agg(
            expr("cast(count(1) AS INT) AS quotations"),
            expr("cast(count(DISTINCT article) AS INT) AS articles"),
            expr("coalesce(min(nullif(date, '')), '') AS first_date"),
            expr("max(date) AS last_date"),
            expr("min(example) AS example"))
        .join(verbs, new String[] {"ktype", "iname", "kart"}, "left")
        .select(
            col("iname").as("speaker"), col("ktype").as("type"), col("quotations"), col("articles"),
            col("first_date"), col("last_date"), expr("coalesce(verb, '') AS verb"),
            col("example.text").as("example"), col("example.article").as("example_article"));
  }

  /**
   * Two entities named in one paragraph and in one article: every two names an article names
   * (a name known there only by pronoun or role is named with no one), summed over the entities
   * they belong to; two names of one entity are no pair.
   */
  private static Dataset<Row> pairs(Dataset<Row> used) {
    Dataset<Row> named = used.where("mentions > 0 OR size(named) > 0")
        .selectExpr(
            "article", "concat_ws(char(0), ktype, kname, kart) AS key", "ktype AS type", "iname AS name", "kart",
            "named", "array_position(array(" + quoted(typeOrder()) + "), ktype) AS rank");
    Dataset<Row> a = named.as("a");
    Dataset<Row> b = named.as("b");
    // The first of a pair is the lesser entity by name, then type, then article (nlnews.corpus.Identities.Key).
    String aFirst = "(a.name < b.name OR a.name = b.name AND (a.rank < b.rank OR a.rank = b.rank AND a.kart < b.kart))";
    return a.join(b, expr("a.article = b.article AND a.key < b.key"))
        .where("NOT (a.name = b.name AND a.type = b.type AND a.kart = b.kart)")
        .selectExpr(
            "if(" + aFirst + ", a.name, b.name) AS entity_a", "if(" + aFirst + ", a.type, b.type) AS type_a",
            "if(" + aFirst + ", a.kart, b.kart) AS kart_a",
            "if(" + aFirst + ", b.name, a.name) AS entity_b", "if(" + aFirst + ", b.type, a.type) AS type_b",
            "if(" + aFirst + ", b.kart, a.kart) AS kart_b",
            "size(array_intersect(a.named, b.named)) AS together")
        .groupBy("entity_a", "type_a", "kart_a", "entity_b", "type_b", "kart_b")
        .agg(expr("cast(sum(together) AS INT) AS paragraphs"), expr("cast(count(1) AS INT) AS articles"));
  }

  private static Dataset<Row> tone(Articles in) {
    Dataset<Row> articles = in.articles()
        .withColumn("period", expr(PERIOD_UDF + "(date)"))
        .groupBy("period")
        .agg(expr("cast(count(1) AS INT) AS articles"), expr(mean("sum(" + exact("score") + ")", "count(score)") + " AS article_tone"));
    Dataset<Row> paragraphs = in.sentiment()
        .withColumn("period", expr(PERIOD_UDF + "(date)"))
        .groupBy("period")
        .agg(
            expr("cast(count(1) AS INT) AS paragraphs"),
            expr(mean("sum(" + exact("score") + ")", "count(score)") + " AS tone"),
            expr("cast(count_if(label = 'positive') AS INT) AS positive"),
            expr("cast(count_if(label = 'negative') AS INT) AS negative"));
    return articles.join(paragraphs, new String[] {"period"}, "left")
        .select(
            col("period"), col("articles"), expr("coalesce(paragraphs, 0) AS paragraphs"), col("tone"),
            col("article_tone"), expr("coalesce(positive, 0) AS positive"),
            expr("coalesce(paragraphs - positive - negative, 0) AS neutral"),
            expr("coalesce(negative, 0) AS negative"));
  }

  /**
   * {@code score} as a decimal whose sums are exact: a sum of doubles depends on the order of
   * its terms, which Spark does not keep, so a mean on a rounding boundary would print one way in
   * one run and the other way in the next. Exact sums make every run the same, and equal to the
   * command line's (which sums doubles in input order) except where its own rounding error
   * crosses the boundary of the third decimal.
   */
  private static String exact(String score) {
    return "CAST(" + score + " AS DECIMAL(" + EXACT_DIGITS + ", " + EXACT_SCALE + "))";
  }

  /** The mean of an exact sum over {@code count} terms as a double, null for none: one rounding, as the command line's division. */
  private static String mean(String sum, String count) {
    return "if(" + count + " = 0, CAST(NULL AS DOUBLE), CAST(" + sum + " AS DOUBLE) / " + count + ")";
  }

  /** {@code rows} with the columns of {@code table}, in its order: a column the table lacks fails here, not in a reader. */
  private static Dataset<Row> columns(CorpusTable table, Dataset<Row> rows) {
    List<String> columns = table.columns();
    return rows.select(columns.get(0), columns.subList(1, columns.size()).toArray(String[]::new));
  }

  private static List<String> typeOrder() {
    List<String> order = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      order.add(t.name());
    }
    return order;
  }

  private static String quoted(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('\'').append(w.replace("'", "\\'")).append('\'');
    }
    return b.toString();
  }

  /** The period a date falls in, by the command line's {@link Period#of}. */
  private record PeriodOf(Period by) implements UDF1<String, String> {
    @Override
    public String call(String date) {
      return by.of(date == null ? "" : date);
    }
  }

  /** Whether a name is anonymised ("Dennis V."), by {@link Identities#anonymised}: such a name never joins across articles. */
  private static final class Anonymised implements UDF2<String, String, Boolean> {
    private static final long serialVersionUID = 1L;

    @Override
    public Boolean call(String type, String name) {
      return Identities.anonymised(EntityType.valueOf(type), name);
    }
  }

  /** A quotation as the speakers table shows it: {@link CorpusAggregator#example}. */
  private static final class Example implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String quote) {
      return CorpusAggregator.example(quote);
    }
  }
}
