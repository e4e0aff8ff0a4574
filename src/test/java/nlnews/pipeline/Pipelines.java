package nlnews.pipeline;

import java.util.EnumSet;

/** One fully loaded pipeline shared by the tests of a JVM: loading the data files takes time. */
public final class Pipelines {

  private static AnalysisPipeline all;

  private Pipelines() {}

  public static synchronized AnalysisPipeline all() {
    if (all == null) {
      all = AnalysisPipeline.load(EnumSet.allOf(Stage.class));
    }
    return all;
  }
}
