package nlnews.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * One article a file, found as the command line finds them and read on the executors. Spark's
 * own file sources are not used: they drop empty files without a word (an empty article must be
 * reported), load a file before its size can be checked, and skip names starting with an
 * underscore, which the command line reads.
 *
 * <p>Walking as the command line walks: a folder given is walked to any depth, skipping names
 * that start with a dot, taking the files whose name matches the glob, each known by its path
 * relative to the folder; a file given is taken whatever its name, known by the path as given.
 * A glob given (Hadoop's syntax: {@code archive/199*}) stands for what it matches, each known by
 * its path relative to the glob's folder ({@code archive}).
 */
final class TextFiles {

  /** Files per task when nobody says: some seconds of analysis, so task overhead stays small. */
  static final int FILES_PER_TASK = 1000;

  /** The scheme of a local file's qualified path. */
  private static final String LOCAL = "file";

  private TextFiles() {}

  /**
   * A file to read: its id, where it is, its size, and its outlet: as the command line has it, the
   * first folder under a folder walked ("nrc" for nrc/2022/a.txt), else "".
   */
  record File(String id, String path, long size, String source) implements Serializable {
    File(String id, String path, long size) {
      this(id, path, size, "");
    }

    /** A file found under a folder, known by {@code id}, its path relative to the folder. */
    static File walked(String id, String path, long size) {
      int slash = id.indexOf('/');
      return new File(id, path, size, slash > 0 ? id.substring(0, slash) : "");
    }
  }

  /** The articles of {@code settings.inputs()}, in {@link ArticleAnalyser#INPUT} rows. */
  static Dataset<Row> read(SparkSession spark, JobSettings settings) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<File> files = list(conf, settings.inputs(), settings.glob());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int tasks =
        settings.partitions() > 0
            ? settings.partitions()
            : Math.max(2 * jsc.defaultParallelism(), (files.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
    HadoopConf shipped = new HadoopConf(conf);
    long maxBytes = settings.maxBytes();
    JavaRDD<Row> rows =
        jsc.parallelize(files, Math.max(1, Math.min(tasks, files.size())))
            .mapPartitions(part -> readAll(part, shipped, maxBytes));
    return spark.createDataFrame(rows, ArticleAnalyser.INPUT);
  }

  /** The files of {@code inputs}, on the driver; an input that does not exist is a usage error. */
  static List<File> list(Configuration conf, List<String> inputs, String glob) {
    PathMatcher names = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<File> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        if (!isGlob(input)) {
          FileStatus status = status(fs, path, input);
          if (status.isDirectory()) {
            walk(fs, fs.makeQualified(path), names, files);
          } else {
            files.add(new File(input, fs.makeQualified(path).toString(), status.getLen()));
          }
          continue;
        }
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new JobUsageException(input + ": no such file or directory");
        }
        Path base = fs.makeQualified(fixedPrefix(path));
        for (FileStatus m : matched) {
          if (m.isDirectory()) {
            walkUnder(fs, m.getPath(), base, names, files);
          } else if (!hidden(relative(base, m.getPath()))) {
            files.add(new File(relative(base, m.getPath()), m.getPath().toString(), m.getLen()));
          }
        }
      } catch (IOException e) {
        throw new JobUsageException(input + ": " + e.getMessage());
      }
    }
    return files;
  }

  private static FileStatus status(FileSystem fs, Path path, String input) throws IOException {
    try {
      return fs.getFileStatus(path);
    } catch (java.io.FileNotFoundException e) {
      throw new JobUsageException(input + ": no such file or directory");
    }
  }

  private static void walk(FileSystem fs, Path root, PathMatcher names, List<File> files) throws IOException {
    walkUnder(fs, root, root, names, files);
  }

  /**
   * Every file under {@code dir}, depth first, in listing order. Walked with listStatusIterator,
   * not listFiles: listFiles makes a LocatedFileStatus of each file, which copies its permissions,
   * and Hadoop's local file system learns those by starting a process per file: 20,000 files took
   * the job's driver 50 seconds before any task ran (spark/bin/bench). Plain statuses load nothing
   * the walk does not read, on any file system.
   */
  private static void walkUnder(FileSystem fs, Path dir, Path base, PathMatcher names, List<File> files) throws IOException {
    RemoteIterator<FileStatus> found = fs.listStatusIterator(dir);
    while (found.hasNext()) {
      FileStatus f = found.next();
      String id = relative(base, f.getPath());
      if (f.isDirectory()) {
        if (!hidden(id)) {
          walkUnder(fs, f.getPath(), base, names, files);
        }
      } else if (!hidden(id) && names.matches(java.nio.file.Path.of(f.getPath().getName()))) {
        files.add(File.walked(id, f.getPath().toString(), f.getLen()));
      }
    }
  }

  /** True when a part of the path, below the folder given, starts with a dot. */
  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path base, Path file) {
    String b = base.toString();
    String f = file.toString();
    return f.startsWith(b + "/") ? f.substring(b.length() + 1) : file.getName();
  }

  private static boolean isGlob(String input) {
    return input.matches(".*[*?\\[{].*");
  }

  /** The folder part of a glob before its first pattern: archive for archive/199*&#47;*.txt. */
  private static Path fixedPrefix(Path glob) {
    Path p = glob;
    while (p.getParent() != null && isGlob(p.toString())) {
      p = p.getParent();
    }
    return p;
  }

  // On the executors: each file's bytes, or why they could not be had.
  private static Iterator<Row> readAll(Iterator<File> files, HadoopConf conf, long maxBytes) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        File f = files.next();
        if (f.size() > maxBytes) {
          return RowFactory.create(f.id(), null, null, f.size(), null, null, f.source());
        }
        try {
          byte[] bytes = readBytes(f, conf.get());
          return bytes.length > maxBytes
              ? RowFactory.create(f.id(), null, null, (long) bytes.length, null, null, f.source())
              : RowFactory.create(f.id(), null, bytes, null, null, null, f.source());
        } catch (IOException e) {
          return RowFactory.create(f.id(), null, null, null, null, e.getMessage() == null ? e.toString() : e.getMessage(), f.source());
        }
      }
    };
  }

  /**
   * A local file is read with java.nio: Hadoop's local file system, on closing each stream, adds
   * its I/O statistics to the thread's with parallel streams, which took a quarter of the job's
   * time on a folder of small articles (spark/bin/bench). Other file systems go through Hadoop.
   */
  private static byte[] readBytes(File f, Configuration conf) throws IOException {
    Path path = new Path(f.path());
    if (LOCAL.equals(path.toUri().getScheme())) {
      try {
        return Files.readAllBytes(java.nio.file.Path.of(path.toUri()));
      } catch (NoSuchFileException e) {
        throw new FileNotFoundException(path + ": no such file");
      } catch (AccessDeniedException e) {
        throw new IOException(path + ": permission denied", e);
      }
    }
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return in.readAllBytes();
    }
  }
}
