package nlnews.pipeline;

import java.io.IOException;
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
 * whatever the thread count and memory does not grow with the number of inputs.
 */
public final class BatchRunner {

  /** What became of one input: an analysis, an input problem, or a bug in the analysis. */
  public record Outcome(Input input, ArticleAnalysis analysis, InputException failure, RuntimeException bug) {}

  /** Receives outcomes in input order; an IOException (output gone) stops the run. */
  @FunctionalInterface
  public interface Sink {
    void accept(Outcome outcome) throws IOException;
  }

  private final int threads;
  private final int window;

  public BatchRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.window = threads * 4;
  }

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
    Deque<Future<Outcome>> inFlight = new ArrayDeque<>(window);
    try {
      while (true) {
        while (inFlight.size() < window && inputs.hasNext()) {
          Input input = inputs.next();
          inFlight.add(pool.submit(() -> process(input, reader, workers.get())));
        }
        Future<Outcome> head = inFlight.poll();
        if (head == null) {
          break;
        }
        sink.accept(await(head));
      }
    } finally {
      for (Future<Outcome> f : inFlight) {
        f.cancel(true);
      }
      pool.shutdownNow();
    }
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
