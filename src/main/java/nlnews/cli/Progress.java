package nlnews.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import nlnews.input.Input;
import nlnews.input.InputFormat;
import nlnews.input.InputWalker;

/**
 * What a batch tells its user on stderr: a progress line (count, rate, and once a background
 * count of the inputs is done, a bar and the time left) while it runs, only when stderr is a
 * terminal and after the first half second; and at the end of a run of more than one input a
 * summary such as {@code nlnews: 10000 articles, 3 failed, 41.2 s}. {@code --quiet} silences both.
 * Called from the one thread that receives the outcomes.
 */
final class Progress {

  private static final long SHOW_AFTER_NANOS = 500_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean bar;
  private final boolean quiet;
  private final LongSupplier clock;
  private final long start;
  private volatile long total = -1;
  private long lastDraw;
  private boolean drawn;
  private int seen;
  private int failed;
  private int skipped;

  Progress(PrintWriter err, boolean terminal, boolean quiet, List<String> paths, String glob, boolean followOutside,
      InputFormat format, LongSupplier clock) {
    this.err = err;
    this.quiet = quiet;
    this.bar = terminal && !quiet;
    this.clock = clock;
    this.start = clock.getAsLong();
    if (bar) {
      Thread counter = new Thread(() -> total = count(paths, glob, followOutside, format), "nlnews-count-inputs");
      counter.setDaemon(true);
      counter.start();
    }
  }

  /**
   * How many inputs the walk gives; -1 (no bar) when counting fails, which the run itself
   * reports, or when an input is an article table, whose rows are known only once read.
   */
  private static long count(List<String> paths, String glob, boolean followOutside, InputFormat format) {
    try {
      long n = 0;
      for (Iterator<Input> it = new InputWalker(paths, glob, followOutside); it.hasNext(); ) {
        Input input = it.next();
        boolean stdinTable = input.origin() == Input.Origin.STDIN && format != InputFormat.AUTO && format != InputFormat.TEXT;
        if (stdinTable || (input.origin() != Input.Origin.STDIN && format.of(input.id()) != InputFormat.TEXT)) {
          return -1;
        }
        n++;
      }
      return n;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  void analysed() {
    seen++;
    draw();
  }

  void failed() {
    seen++;
    failed++;
    draw();
  }

  void skipped() {
    seen++;
    skipped++;
    draw();
  }

  /** Clears the progress line before a diagnostic is printed. */
  void clear() {
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
      drawn = false;
    }
  }

  /** Clears the progress line and prints the summary of a batch. */
  void finish() {
    clear();
    if (quiet || seen <= 1) {
      return;
    }
    StringBuilder b = new StringBuilder("nlnews: ");
    b.append(seen).append(seen == 1 ? " article, " : " articles, ").append(failed).append(" failed");
    if (skipped > 0) {
      b.append(", ").append(skipped).append(" skipped");
    }
    b.append(String.format(Locale.ROOT, ", %.1f s", (clock.getAsLong() - start) / 1e9));
    err.println(b);
    err.flush();
  }

  private void draw() {
    if (!bar) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = seen / seconds;
    StringBuilder b = new StringBuilder("\r\u001B[Knlnews: ");
    long known = total;
    if (known > 0) {
      int filled = (int) Math.min(BAR, BAR * seen / known);
      b.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
      b.append(seen).append('/').append(known);
      long left = rate > 0 ? Math.round((known - seen) / rate) : 0;
      b.append(String.format(Locale.ROOT, "  %.1f/s  ETA %d:%02d", rate, left / 60, left % 60));
    } else {
      b.append(seen).append(String.format(Locale.ROOT, " articles  %.1f/s", rate));
    }
    if (failed > 0) {
      b.append("  ").append(failed).append(" failed");
    }
    err.print(b);
    err.flush();
    drawn = true;
  }
}
