package nlnews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of testdata/articles (and an article that tries to inject markup) opened in headless
 * Chromium: the script ran to its end without an error or a console message, no request left
 * the page (the browser's network log and the page's Content-Security-Policy reports), every
 * chart drew, and the article view marks the seed article's quotations and names. Screenshots go
 * to target/. Skipped where no chromium is installed (Debian: apt-get install chromium).
 */
class ReportBrowserIT {

  private static final Path TARGET = Path.of("target").toAbsolutePath();
  /** Browser features that make requests of their own, off so that the network log is the page's. */
  private static final List<String> QUIET = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-sync",
      "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--disable-extensions",
      "--enable-logging=stderr", "--log-level=0");
  /** A request the page made: its isolation key is the page's file:// origin. */
  private static final Pattern PAGE_REQUEST =
      Pattern.compile("\\{[^{}]*\"network_isolation_key\":\"file://[^{}]*?\"url\":\"([^\"]*)\"");

  @TempDir Path tmp;

  private static Path chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** What the browser made of a page: the DOM after the script ran, its log, and the page's requests. */
  private record Opened(String dom, String log, List<String> requests) {}

  private Opened open(Path browser, Path html, String screenshot) throws Exception {
    return open(browser, html, "", screenshot);
  }

  private Opened open(Path browser, Path html, String hash, String screenshot) throws Exception {
    Path netlog = tmp.resolve(screenshot + ".netlog.json");
    List<String> command = new ArrayList<>();
    command.add(browser.toString());
    command.addAll(QUIET);
    command.addAll(List.of("--log-net-log=" + netlog, "--virtual-time-budget=3000", "--dump-dom", html.toUri() + hash));
    Path dom = tmp.resolve(screenshot + ".dom.html");
    Path log = tmp.resolve(screenshot + ".log");
    Process p = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
    List<String> shot = new ArrayList<>();
    shot.add(browser.toString());
    shot.addAll(QUIET);
    shot.addAll(List.of("--window-size=1280,2400", "--virtual-time-budget=3000",
        "--screenshot=" + TARGET.resolve(screenshot + ".png"), html.toUri() + hash));
    Process s = new ProcessBuilder(shot).redirectOutput(tmp.resolve("shot.out").toFile()).redirectError(tmp.resolve("shot.err").toFile()).start();
    assertTrue(s.waitFor(120, TimeUnit.SECONDS), "chromium did not finish the screenshot");
    List<String> requests = new ArrayList<>();
    Matcher m = PAGE_REQUEST.matcher(Files.exists(netlog) ? Files.readString(netlog, StandardCharsets.UTF_8) : "");
    while (m.find()) {
      if (!m.group(1).startsWith("file:") && !m.group(1).startsWith("data:")) {
        requests.add(m.group(1));
      }
    }
    return new Opened(Files.readString(dom, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8), requests);
  }

  private static void assertClean(Opened o) {
    assertTrue(o.dom().contains("data-ready=\"true\""), "the script did not finish:\n" + o.log());
    assertFalse(o.dom().contains("data-errors="), o.dom().replaceAll("(?s).*(data-errors=\"[^\"]*\").*", "$1"));
    assertFalse(o.dom().contains("data-blocked="), "the page tried to load something");
    List<String> console = o.log().lines().filter(l -> l.contains(":CONSOLE")).toList();
    assertEquals(List.of(), console, "console messages");
    assertEquals(List.of(), o.requests(), "requests that left the page");
  }

  private static String section(String dom, String id) {
    int at = dom.indexOf("id=\"" + id + "\"");
    assertTrue(at >= 0, "no section " + id);
    return dom.substring(at, dom.indexOf("</section>", at));
  }

  @Test
  void theReportOfTheExampleArticlesDrawsEverythingAndLoadsNothing() throws Exception {
    Path browser = chromium();
    assumeTrue(browser != null, "no chromium on PATH");
    Path html = tmp.resolve("report.html");
    CliProcess.Result run = CliProcess.run(null, "report", "-q", "testdata/articles", "-o", html.toString());
    assertEquals(0, run.exit(), run.stderr());
    Opened o = open(browser, html, "report");
    assertClean(o);
    for (String chart : List.of("entities-chart", "speakers-chart", "tone-chart")) {
      assertTrue(section(o.dom(), chart).contains("<rect class=\"bar"), chart + " drew no bars");
    }
    String timeline = section(o.dom(), "timeline-chart");
    assertTrue(timeline.contains("<polyline") && timeline.contains("<circle"), "the timeline drew nothing");
    // The first article shown is the seed article: its quotations, speakers and names are marked.
    String article = section(o.dom(), "article-view");
    assertTrue(article.contains("000_5c69a24cfa2252fd.txt"), "not the seed article");
    assertTrue(article.contains("class=\"quote\""), "no quotation marked");
    assertTrue(article.contains("— Mykhailo Podoliak"), "no speaker named");
    assertTrue(article.contains("class=\"mention PER\" title=\"Volodymyr Zelensky"), "no name marked");
    assertTrue(article.contains("class=\"mention PER ref\""), "no reference marked");
    // A link to an entity opens its evidence: the articles behind the bar, the seed article among them.
    Opened linked = open(browser, html, "#entity=Volodymyr%20Zelensky", "report-evidence");
    assertClean(linked);
    String evidence = section(linked.dom(), "evidence");
    assertTrue(evidence.contains("Volodymyr Zelensky (persoon)") && evidence.contains("000_5c69a24cfa2252fd.txt"), evidence);
    Matcher ms = Pattern.compile("data-ms=\"(\\d+)\"").matcher(o.dom());
    if (ms.find()) {
      System.out.println("report of testdata/articles ready after " + ms.group(1) + " ms in the browser");
    }
  }

  @Test
  void anArticleCannotPutMarkupOrScriptIntoThePage() throws Exception {
    Path browser = chromium();
    assumeTrue(browser != null, "no chromium on PATH");
    Path articles = Files.createDirectories(tmp.resolve("hostile"));
    Files.writeString(articles.resolve("hostile.txt"), ReportCommandTest.HOSTILE, StandardCharsets.UTF_8);
    Path html = tmp.resolve("hostile.html");
    CliProcess.Result run = CliProcess.run(null, "report", "-q", articles.toString(), "-o", html.toString());
    assertEquals(0, run.exit(), run.stderr());
    Opened o = open(browser, html, "report-hostile");
    assertClean(o);
    assertFalse(o.dom().contains("<img"), "an image element from the article");
    assertFalse(o.dom().contains("<b>vet</b>"), "markup from the article");
    assertTrue(o.dom().contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "the article's text is shown as text");
    try (Stream<Path> files = Files.list(TARGET)) {
      assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("report-hostile.png")), "no screenshot");
    }
  }
}
