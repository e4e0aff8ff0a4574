package nlnews.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import nlnews.input.Input;
import nlnews.input.InputException;
import nlnews.input.SourceReader;
import nlnews.model.ArticleAnalysis;

/**
 * Runs the pipeline over a stream of inputs on {@code threads} workers with a bounded window of
 * articles in flight, and hands every outcome to the sink in input order, so output is identical
 * whatever the thread count and memory does not grow with the number of inputs. The window is
 * bounded twice: by count (four articles a thread) and by the bytes of text in it, which is what
 * the memory an analysis and its result take grows with; a large article goes through alone. An
 * article that cannot be analysed in the memory the JVM has is an outcome like any failure, and
 * the batch goes on.
 */
public final class BatchRunner {

  /** What became of one input: an analysis, an input problem, or a bug in the analysis. */
  public record Outcome(Input input, ArticleAnalysis analysis, InputException failure, RuntimeException bug) {}

  /** Receives outcomes in input order; an IOException (output gone) stops the run. */
  @FunctionalInterface
  public interface Sink {
    void accept(Outcome outcome) throws IOException;
  }

  /**
   * How much heap to allow per byte of text in flight. The analysis of a 1 MB or 3 MB news
   * article peaks at about 40 bytes of heap per byte of text (tokens, stems, names and their
   * indexes are objects; -Xmx72m is the least that analyses 1 MB); five times that leaves room
   * for the data files, the results waiting their turn and the stack of every worker.
   */
  static final long HEAP_PER_TEXT_BYTE = 200;

  private final int threads;
  private final int window;
  private final long windowBytes;

  public BatchRunner(int threads) {
    this(threads, Runtime.getRuntime().maxMemory() / HEAP_PER_TEXT_BYTE);
  }

  /** With at most {@code windowBytes} bytes of article text in flight (one article always goes). */
  BatchRunner(int threads, long windowBytes) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.window = threads * 4;
    this.windowBytes = windowBytes;
  }

  /** An article being analysed, and its share of the window. */
  private record InFlight(Future<Outcome> outcome, long bytes) {}

  public void run(Iterator<Input> inputs, SourceReader reader, AnalysisPipeline pipeline, Sink sink)
      throws IOException {
    if (threads == 1) {
      AnalysisPipeline.Worker worker = pipeline.newWorker();
      while (inputs.hasNext()) {
        sink.accept(process(inputs.next(), reader, worker));
      }
      return;
    }
    ThreadLocal<AnalysisPipeline.Worker> workers = ThreadLocal.withInitial(pipeline::newWorker);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<InFlight> inFlight = new ArrayDeque<>(window);
    long bytes = 0;
    Input next = null;
    try {
      while (true) {
        while (inFlight.size() < window && (next != null || inputs.hasNext())) {
          if (next == null) {
            next = inputs.next();
          }
          long size = size(next);
          if (!inFlight.isEmpty() && bytes + size > windowBytes) {
            break; // it waits until enough of the window is free
          }
          Input input = next;
          next = null;
          inFlight.add(new InFlight(pool.submit(() -> process(input, reader, workers.get())), size));
          bytes += size;
        }
        InFlight head = inFlight.poll();
        if (head == null) {
          break;
        }
        bytes -= head.bytes();
        sink.accept(await(head.outcome()));
      }
    } finally {
      for (InFlight f : inFlight) {
        f.outcome().cancel(true);
      }
      pool.shutdownNow();
    }
  }

  /**
   * The bytes an input will bring into the window: a file's size, a table row's length; a stream's
   * is unknown, so it takes the whole window. A problem found before reading brings nothing.
   */
  private long size(Input input) {
    if (input.problem() != null) {
      return 0;
    }
    if (input.row() != null) {
      return input.row().text().length();
    }
    if (input.path() != null) {
      try {
        if (Files.isRegularFile(input.path())) {
          return Files.size(input.path());
        }
      } catch (IOException e) {
        return 0; // the reader reports it
      }
    }
    return windowBytes;
  }

  static Outcome process(Input input, SourceReader reader, AnalysisPipeline.Worker worker) {
    try {
      return new Outcome(input, worker.analyze(reader.read(input)), null, null);
    } catch (InputException e) {
      return new Outcome(input, null, e, null);
    } catch (RuntimeException e) {
      return new Outcome(input, null, null, e);
    } catch (StackOverflowError e) {
      return new Outcome(input, null, null, new IllegalStateException("stack overflow in analysis", e));
    } catch (OutOfMemoryError e) {
      // What the analysis of this article held is garbage once the stack has unwound; the others
      // have their memory back.
      return new Outcome(
          input, null, new InputException(InputException.Reason.OUT_OF_MEMORY, "too large to analyse in the memory given"), null);
    }
  }

  /** The outcome of a task; {@link #process} turns every failure of the analysis into one. */
  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed", e.getCause());
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "nlnews-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
