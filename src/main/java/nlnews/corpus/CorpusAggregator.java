package nlnews.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nlnews.corpus.ArticleFacts.Named;
import nlnews.corpus.ArticleFacts.ParagraphScore;
import nlnews.corpus.ArticleFacts.Said;
import nlnews.corpus.CorpusSummary.EntityRow;
import nlnews.corpus.CorpusSummary.PairRow;
import nlnews.corpus.CorpusSummary.SpeakerRow;
import nlnews.corpus.CorpusSummary.TimelineRow;
import nlnews.corpus.CorpusSummary.ToneRow;
import nlnews.corpus.Identities.Key;
import nlnews.model.EntityMention;
import nlnews.model.EntityType;
import nlnews.model.MentionForm;

/**
 * Sums articles into the corpus tables, one article at a time, in the order given (so that the
 * sums, and the tables, are the same whatever the number of threads that analysed them). What it
 * keeps grows with the distinct names of the corpus (a few counters each, four bytes per article
 * a name occurs in, and the pairs of names seen together), never with the articles' text. Which
 * names are one entity is decided at the end ({@link Identities}), when all names are known.
 * Not thread-safe: one thread adds.
 */
public final class CorpusAggregator {

  /**
   * Cues that say how a speaker was found, not which verb reported the words: the speaker table's
   * "most frequent reporting verb" leaves them out.
   */
  public static final Set<String> STRUCTURAL_CUES =
      Set.of("colon", "continued", "previous", "subject", "next", "dialogue", "interview", "headline");
  /** Kinds of quotation that are someone's words: scare quotes and titles are nobody's. */
  public static final Set<String> SPOKEN = Set.of("direct", "partial");
  /** The most forms listed per entity: the rest are rarer spellings and would swamp the cell. */
  public static final int VARIANTS_SHOWN = 10;
  /** The longest example quotation, in characters; a longer one is cut at a word and ends in "…". */
  private static final int EXAMPLE_CHARS = 240;
  private static final int INITIAL_ARTICLES = 1024;

  private final Period by;
  private final boolean bySource;
  private final Map<Key, Integer> ids = new HashMap<>();
  private final List<Key> keys = new ArrayList<>();
  private final List<Stats> stats = new ArrayList<>();
  /** Per pair of name ids (lower first): paragraphs and articles in which both are named. */
  private final PairCounts pairs = new PairCounts();
  private final Map<Cell, PeriodTone> tone = new HashMap<>();
  /** The cell of each article, as an index into {@link #periods}: four bytes an article. */
  private int[] articlePeriods = new int[INITIAL_ARTICLES];
  private final List<Cell> periods = new ArrayList<>();
  private final Map<Cell, Integer> periodIds = new HashMap<>();
  private int articles;

  /** Tables by period only. */
  public CorpusAggregator(Period by) {
    this(by, false);
  }

  /** Tables by period and, when {@code bySource}, by the articles' source as well. */
  public CorpusAggregator(Period by, boolean bySource) {
    this.by = by;
    this.bySource = bySource;
  }

  /**
   * A row of the timeline and tone tables: a period and a source ("" when not cut by source).
   * Periods in time order, then sources by name; an unknown period or source ("") after the known.
   */
  private record Cell(String period, String source) implements Comparable<Cell> {
    private static final Comparator<Cell> ORDER =
        Comparator.comparing(Cell::period, Period.ORDER).thenComparing(Cell::source, Period.ORDER);

    @Override
    public int compareTo(Cell o) {
      return ORDER.compare(this, o);
    }
  }

  /** What the corpus knows of one name as the articles give it. */
  private static final class Stats {
    long mentions;
    long references;
    final IntList articles = new IntList();
    String firstDate = "";
    String lastDate = "";
    final Map<String, Integer> variants = new HashMap<>();
    double toneSum;
    int toneParagraphs;
    /** Per period id: mentions, tone sum, tone paragraphs. */
    final Map<Integer, double[]> periods = new HashMap<>();
    int quoted;
    final IntList quoteArticles = new IntList();
    String quoteFirst = "";
    String quoteLast = "";
    final Map<String, Integer> cues = new HashMap<>();
    String example;
    boolean exampleDirect;
    int exampleArticle = -1;
    String exampleId;
  }

  /** How one name is used in one article. */
  private static final class Use {
    long mentions;
    long references;
    final TreeSet<Integer> paragraphs = new TreeSet<>();
    final TreeSet<Integer> named = new TreeSet<>();
  }

  /** The tone of the corpus in one period. */
  private static final class PeriodTone {
    int articles;
    int paragraphs;
    double sum;
    double articleSum;
    int articleTones;
    int positive;
    int neutral;
    int negative;
  }

  /** Adds the next article. */
  public void add(ArticleFacts a) {
    int n = articles++;
    Cell period = new Cell(by.of(a.date()), bySource ? a.source() : "");
    int periodId = periodIds.computeIfAbsent(period, p -> {
      periods.add(p);
      return periods.size() - 1;
    });
    if (n == articlePeriods.length) {
      articlePeriods = Arrays.copyOf(articlePeriods, n * 2);
    }
    articlePeriods[n] = periodId;
    Map<Integer, Double> scores = new HashMap<>();
    PeriodTone t = tone.computeIfAbsent(period, p -> new PeriodTone());
    t.articles++;
    if (a.tone() != null) {
      t.articleSum += a.tone();
      t.articleTones++;
    }
    for (ParagraphScore p : a.paragraphs()) {
      scores.put(p.paragraph(), p.score());
      t.paragraphs++;
      t.sum += p.score();
      switch (p.label()) {
        case "positive" -> t.positive++;
        case "negative" -> t.negative++;
        default -> t.neutral++;
      }
    }
    TreeMap<Integer, Use> uses = new TreeMap<>();
    Map<String, Integer> byName = new HashMap<>();
    for (Named e : a.entities()) {
      boolean adjective = !e.linkedTo().isEmpty();
      int id = id(adjective ? Identities.key(EntityType.LOC, e.linkedTo(), n) : Identities.key(e.type(), e.name(), n));
      uses.computeIfAbsent(id, k -> new Use()).mentions += e.count();
      Stats s = stats.get(id);
      for (String v : adjective ? List.of(e.name()) : e.variants()) {
        s.variants.merge(v, 1, Integer::sum);
      }
      if (!adjective) {
        byName.putIfAbsent(e.name(), id);
      }
    }
    for (EntityMention m : a.mentions()) {
      int id = id(Identities.key(m.type(), m.entity(), n));
      Use u = uses.computeIfAbsent(id, k -> new Use());
      if (m.form() == MentionForm.PRONOUN || m.form() == MentionForm.ROLE) {
        u.references++;
      } else {
        u.named.add(m.paragraph());
      }
      u.paragraphs.add(m.paragraph());
    }
    for (Map.Entry<Integer, Use> e : uses.entrySet()) {
      Stats s = stats.get(e.getKey());
      Use u = e.getValue();
      s.mentions += u.mentions;
      s.references += u.references;
      s.articles.add(n);
      date(s, a.date());
      double[] p = s.periods.computeIfAbsent(periodId, k -> new double[3]);
      p[0] += u.mentions;
      for (int paragraph : u.paragraphs) {
        Double score = scores.get(paragraph);
        if (score != null) {
          s.toneSum += score;
          s.toneParagraphs++;
          p[1] += score;
          p[2]++;
        }
      }
    }
    quotes(a, n, byName);
    pairs(uses);
  }

  private int id(Key key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = keys.size();
      ids.put(key, id);
      keys.add(key);
      stats.add(new Stats());
    }
    return id;
  }

  private static void date(Stats s, String date) {
    if (date.isEmpty()) {
      return;
    }
    if (s.firstDate.isEmpty() || date.compareTo(s.firstDate) < 0) {
      s.firstDate = date;
    }
    if (date.compareTo(s.lastDate) > 0) {
      s.lastDate = date;
    }
  }

  /** Quotations of the article's own entities; a speaker the entities do not hold ("een buurtbewoner") is no one the corpus can follow. */
  private void quotes(ArticleFacts a, int n, Map<String, Integer> byName) {
    for (Said q : a.quotes()) {
      Integer id = SPOKEN.contains(q.kind()) ? byName.get(q.speaker()) : null;
      if (id == null) {
        continue;
      }
      Stats s = stats.get(id);
      s.quoted++;
      s.quoteArticles.add(n);
      if (!a.date().isEmpty()) {
        if (s.quoteFirst.isEmpty() || a.date().compareTo(s.quoteFirst) < 0) {
          s.quoteFirst = a.date();
        }
        if (a.date().compareTo(s.quoteLast) > 0) {
          s.quoteLast = a.date();
        }
      }
      if (!q.cue().isEmpty() && !STRUCTURAL_CUES.contains(q.cue())) {
        s.cues.merge(q.cue().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      boolean direct = q.kind().equals("direct");
      if (s.example == null || direct && !s.exampleDirect) {
        s.example = example(q.quote());
        s.exampleDirect = direct;
        s.exampleArticle = n;
        s.exampleId = a.id();
      }
    }
  }

  /** A quotation as the speakers table shows it: spaces made single, a long one cut at a word with "…". */
  public static String example(String quote) {
    String q = quote.strip().replaceAll("\\s+", " ");
    if (q.length() <= EXAMPLE_CHARS) {
      return q;
    }
    int cut = q.lastIndexOf(' ', EXAMPLE_CHARS);
    return q.substring(0, cut > EXAMPLE_CHARS / 2 ? cut : EXAMPLE_CHARS) + "…";
  }

  private void pairs(TreeMap<Integer, Use> uses) {
    List<Integer> ids = new ArrayList<>(uses.keySet());
    for (int i = 0; i < ids.size(); i++) {
      Use a = uses.get(ids.get(i));
      if (a.mentions == 0 && a.named.isEmpty()) {
        continue; // known only by pronoun or role here: not named together with anyone
      }
      for (int j = i + 1; j < ids.size(); j++) {
        Use b = uses.get(ids.get(j));
        if (b.mentions == 0 && b.named.isEmpty()) {
          continue;
        }
        int together = 0;
        for (int p : a.named) {
          if (b.named.contains(p)) {
            together++;
          }
        }
        pairs.add(ids.get(i), ids.get(j), together, 1);
      }
    }
  }

  /** The tables, cut by {@code o}. */
  public CorpusSummary summary(CorpusOptions o) {
    Map<Key, Key> identity = Identities.resolve(keys);
    // Identities in key order, each with its names' ids.
    TreeMap<Key, List<Integer>> members = new TreeMap<>();
    for (int id = 0; id < keys.size(); id++) {
      members.computeIfAbsent(identity.get(keys.get(id)), k -> new ArrayList<>()).add(id);
    }
    List<Key> identities = new ArrayList<>(members.keySet());
    Map<Key, Integer> identityIndex = new HashMap<>();
    for (int i = 0; i < identities.size(); i++) {
      identityIndex.put(identities.get(i), i);
    }
    int[] identityOf = new int[keys.size()];
    List<EntityRow> all = new ArrayList<>(identities.size());
    List<int[]> articleSets = new ArrayList<>(identities.size());
    for (int i = 0; i < identities.size(); i++) {
      List<Integer> ids = members.get(identities.get(i));
      for (int id : ids) {
        identityOf[id] = i;
      }
      int[] articleSet = IntList.union(ids.stream().map(id -> stats.get(id).articles).toList());
      articleSets.add(articleSet);
      all.add(entityRow(identities.get(i), ids, articleSet.length));
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      EntityRow r = all.get(i);
      if (o.types().contains(r.type()) && r.articles() >= o.minArticles()) {
        kept.add(i);
      }
    }
    Comparator<Integer> byMentions =
        Comparator.<Integer>comparingLong(i -> -all.get(i).mentions())
            .thenComparingInt(i -> -all.get(i).articles())
            .thenComparing(i -> identities.get(i));
    kept.sort(byMentions);
    List<Integer> top = o.top() > 0 && kept.size() > o.top() ? kept.subList(0, o.top()) : kept;
    List<EntityRow> entities = new ArrayList<>();
    List<TimelineRow> timeline = new ArrayList<>();
    for (int i : top) {
      entities.add(all.get(i));
      timeline.addAll(timeline(identities.get(i), members.get(identities.get(i)), articleSets.get(i)));
    }
    return new CorpusSummary(
        articles, by, entities, timeline, speakers(identities, members, o), pairRows(identities, identityOf, all, o),
        toneRows());
  }

  private EntityRow entityRow(Key identity, List<Integer> ids, int articleCount) {
    long mentions = 0;
    long references = 0;
    String first = "";
    String last = "";
    int quoted = 0;
    double toneSum = 0;
    int toneParagraphs = 0;
    Map<String, Integer> variants = new HashMap<>();
    TreeSet<String> merged = new TreeSet<>();
    for (int id : ids) {
      Stats s = stats.get(id);
      mentions += s.mentions;
      references += s.references;
      if (!s.firstDate.isEmpty() && (first.isEmpty() || s.firstDate.compareTo(first) < 0)) {
        first = s.firstDate;
      }
      if (s.lastDate.compareTo(last) > 0) {
        last = s.lastDate;
      }
      quoted += s.quoted;
      toneSum += s.toneSum;
      toneParagraphs += s.toneParagraphs;
      s.variants.forEach((v, c) -> variants.merge(v, c, Integer::sum));
      if (!keys.get(id).name().equals(identity.name())) {
        merged.add(keys.get(id).name());
      }
    }
    List<String> forms = new ArrayList<>(variants.keySet());
    forms.sort(Comparator.<String>comparingInt(v -> -variants.get(v)).thenComparing(Comparator.naturalOrder()));
    if (forms.size() > VARIANTS_SHOWN) {
      forms = forms.subList(0, VARIANTS_SHOWN);
    }
    return new EntityRow(
        identity.name(), identity.type(), mentions, references, articleCount, first, last, quoted,
        toneParagraphs == 0 ? null : toneSum / toneParagraphs, toneParagraphs, forms, new ArrayList<>(merged),
        identity.article());
  }

  private List<TimelineRow> timeline(Key identity, List<Integer> ids, int[] articleSet) {
    // Per period: mentions, tone sum, tone paragraphs, articles.
    TreeMap<Cell, double[]> rows = new TreeMap<>();
    for (int id : ids) {
      stats.get(id).periods.forEach((periodId, v) -> {
        double[] r = rows.computeIfAbsent(periods.get(periodId), k -> new double[4]);
        r[0] += v[0];
        r[1] += v[1];
        r[2] += v[2];
      });
    }
    for (int article : articleSet) {
      rows.get(periods.get(articlePeriods[article]))[3]++;
    }
    List<TimelineRow> out = new ArrayList<>(rows.size());
    rows.forEach((cell, r) -> out.add(new TimelineRow(
        identity.name(), identity.type(), cell.period(), cell.source(), (long) r[0], (int) r[3], r[2] == 0 ? null : r[1] / r[2], (int) r[2])));
    return out;
  }

  private List<SpeakerRow> speakers(List<Key> identities, TreeMap<Key, List<Integer>> members, CorpusOptions o) {
    List<SpeakerRow> rows = new ArrayList<>();
    for (Key identity : identities) {
      List<Integer> ids = members.get(identity);
      int quoted = 0;
      String first = "";
      String last = "";
      Map<String, Integer> cues = new HashMap<>();
      Stats example = null;
      List<IntList> quoteArticles = new ArrayList<>();
      for (int id : ids) {
        Stats s = stats.get(id);
        if (s.quoted == 0) {
          continue;
        }
        quoted += s.quoted;
        quoteArticles.add(s.quoteArticles);
        if (!s.quoteFirst.isEmpty() && (first.isEmpty() || s.quoteFirst.compareTo(first) < 0)) {
          first = s.quoteFirst;
        }
        if (s.quoteLast.compareTo(last) > 0) {
          last = s.quoteLast;
        }
        s.cues.forEach((c, k) -> cues.merge(c, k, Integer::sum));
        if (example == null || s.exampleDirect && !example.exampleDirect
            || s.exampleDirect == example.exampleDirect && s.exampleArticle < example.exampleArticle) {
          example = s;
        }
      }
      if (quoted == 0) {
        continue;
      }
      int articleCount = IntList.union(quoteArticles).length;
      if (!o.types().contains(identity.type()) || articleCount < o.minArticles()) {
        continue;
      }
      String verb = cues.entrySet().stream()
          .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).orElse("");
      rows.add(new SpeakerRow(identity.name(), identity.type(), quoted, articleCount, first, last, verb, example.example,
          example.exampleId));
    }
    rows.sort(Comparator.comparingInt((SpeakerRow r) -> -r.quotations()).thenComparingInt(r -> -r.articles())
        .thenComparing(SpeakerRow::speaker).thenComparing(SpeakerRow::type));
    return o.top() > 0 && rows.size() > o.top() ? new ArrayList<>(rows.subList(0, o.top())) : rows;
  }

  private List<PairRow> pairRows(List<Key> identities, int[] identityOf, List<EntityRow> all, CorpusOptions o) {
    // Pairs of names to pairs of entities: two names joined into one entity are no pair.
    Map<Long, int[]> byIdentity = new HashMap<>();
    pairs.forEach((x, y, paragraphs, articleCount) -> {
      int a = identityOf[x];
      int b = identityOf[y];
      if (a == b) {
        return;
      }
      long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
      int[] c = byIdentity.computeIfAbsent(key, k -> new int[2]);
      c[0] += paragraphs;
      c[1] += articleCount;
    });
    List<PairRow> rows = new ArrayList<>();
    byIdentity.forEach((key, c) -> {
      Key a = identities.get((int) (key >>> 32));
      Key b = identities.get((int) (long) key);
      if (o.types().contains(a.type()) && o.types().contains(b.type()) && c[1] >= o.minArticles()) {
        rows.add(new PairRow(a.name(), a.type(), b.name(), b.type(), c[0], c[1]));
      }
    });
    rows.sort(Comparator.comparingInt((PairRow r) -> -r.paragraphs()).thenComparingInt(r -> -r.articles())
        .thenComparing(PairRow::first).thenComparing(PairRow::firstType)
        .thenComparing(PairRow::second).thenComparing(PairRow::secondType));
    return o.top() > 0 && rows.size() > o.top() ? new ArrayList<>(rows.subList(0, o.top())) : rows;
  }

  private List<ToneRow> toneRows() {
    TreeMap<Cell, PeriodTone> sorted = new TreeMap<>(tone);
    List<ToneRow> rows = new ArrayList<>();
    sorted.forEach((cell, t) -> rows.add(new ToneRow(
        cell.period(), cell.source(), t.articles, t.paragraphs, t.paragraphs == 0 ? null : t.sum / t.paragraphs,
        t.articleTones == 0 ? null : t.articleSum / t.articleTones, t.positive, t.neutral, t.negative)));
    return rows;
  }
}
