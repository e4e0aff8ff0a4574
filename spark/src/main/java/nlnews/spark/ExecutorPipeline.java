package nlnews.spark;

import java.util.EnumSet;
import nlnews.pipeline.AnalysisPipeline;
import nlnews.pipeline.Stage;

/**
 * The analysis pipeline of this JVM: loaded by the first task that needs it, then shared by every
 * task the executor runs, so the name model and the lexicons are read once per executor rather
 * than once per partition. The pipeline is immutable and thread-safe; each task takes its own
 * {@link AnalysisPipeline.Worker} from it.
 */
final class ExecutorPipeline {

  // The one piece of static state in nlnews, and why: Spark gives a job no object that lives as
  // long as an executor (each task's function is deserialised afresh), so a JVM-wide holder is
  // the only place every task of an executor can find. It is set once and never changes.
  private static volatile AnalysisPipeline pipeline;

  private ExecutorPipeline() {}

  static AnalysisPipeline get() {
    AnalysisPipeline p = pipeline;
    if (p == null) {
      synchronized (ExecutorPipeline.class) {
        p = pipeline;
        if (p == null) {
          p = AnalysisPipeline.load(EnumSet.allOf(Stage.class));
          pipeline = p;
        }
      }
    }
    return p;
  }
}
