package org.planlens.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages in a real browser (issue 21): Debian's chromium driven through its chromedriver by Selenium, nothing
 * downloaded. Types a query, applies a facet, opens a plan, clicks a target and checks that its span is
 * highlighted and in view, downloads the targets table as CSV (the CLI's rows), and saves screenshots under
 * {@code target/screenshots/}. {@code ./planlens test} installs chromium and chromium-driver when missing and
 * requires this test to run ({@code PLANLENS_REQUIRE_BROWSER=1}).
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebBrowserIntegrationTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver browser;
    private static Path profile;
    private static Path downloads;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void index(DynamicPropertyRegistry registry) {
        registry.add(WebApplication.INDEX, () -> WebCorpus.index().toString());
    }

    @BeforeAll
    static void browser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "1".equals(System.getenv("PLANLENS_REQUIRE_BROWSER"))) {
            fail("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed; ./planlens test installs them");
        // the system's driver, named: Selenium Manager then has nothing to look up or download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("planlens-chromium-");
        downloads = Files.createTempDirectory("planlens-downloads-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1440,1000",
                "--lang=vi",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        o.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, o);
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.quit();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** htmx swaps the parts it updates: an element found before a swap is stale after it, and is found again. */
    private WebDriverWait waitUp() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void analyst_searches_narrows_readsAPlan_jumpsToATarget_andDownloadsTheTable() throws Exception {
        // types a query: the results come in as they type (htmx), no button pressed
        browser.get(base() + "/search");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("hài lòng");
        waitUp().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h1.result-count"), "hài lòng"));
        assertTrue(browser.getCurrentUrl().contains("q=h%C3%A0i"), browser.getCurrentUrl());
        int all = browser.findElements(By.cssSelector("li.hit")).size();
        assertTrue(all > 0);

        // applies a facet: the first province
        WebElement province = browser.findElement(By.cssSelector("section.facet[data-dim=province] a.facet-link"));
        String name = province.findElement(By.cssSelector(".label")).getText();
        province.click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.facet[data-dim=province] li.on")));
        assertTrue(browser.getCurrentUrl().contains("province="), browser.getCurrentUrl());
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertFalse(hits.isEmpty());
        for (WebElement h : hits)
            assertTrue(h.findElement(By.cssSelector(".meta")).getText().contains(name), h.getText());
        screenshot("search.png");

        // opens a plan from a target hit: the page opens on the hit
        browser.findElement(By.cssSelector("nav.tabs a[data-kind=target]")).click();
        waitUp().until(ExpectedConditions.attributeContains(
                By.cssSelector("nav.tabs a[data-kind=target]"), "class", "on"));
        browser.findElement(By.cssSelector("li.hit a.hit-title")).click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("doc")));
        waitUp().until(d -> !d.findElements(By.cssSelector("#doc mark.active")).isEmpty());
        assertTrue(inView("#doc mark.active"), "the hit is shown where the plan opens");

        // clicks the plan's last target: its span is marked active and scrolled into view
        List<WebElement> targets = browser.findElements(By.cssSelector(".part-target a.jump"));
        assertTrue(targets.size() > 1);
        WebElement last = targets.get(targets.size() - 1);
        String anchor = last.getAttribute("href").replaceFirst("^.*#", "");
        String marks = "#doc mark[data-spans~='" + anchor + "']";
        assertFalse(browser.findElements(By.cssSelector(marks)).isEmpty(), anchor);
        assertFalse(inView(marks), "the last target starts out of view");
        last.click();
        waitUp().until(d -> inView(marks));
        for (WebElement m : browser.findElements(By.cssSelector(marks))) {
            assertTrue(m.getAttribute("class").contains("active"), m.getAttribute("class"));
            assertTrue(m.getAttribute("class").contains("k-target"), m.getAttribute("class"));
        }
        assertEquals(
                browser.findElements(By.cssSelector(marks)).size(),
                browser.findElements(By.cssSelector("#doc mark.active")).size(),
                "only this target is active");
        assertTrue(last.findElement(By.xpath("..")).getAttribute("class").contains("current"));
        assertTrue(browser.getCurrentUrl().endsWith("#" + anchor));
        screenshot("plan.png");

        // the targets table, its chart, and its CSV
        browser.get(base() + "/targets?indicator=h%C3%A0i%20l%C3%B2ng");
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart svg.chart circle.dot")));
        screenshot("targets.png");
        browser.findElement(By.id("download-csv")).click();
        Path csv = downloads.resolve("targets.csv");
        waitUp().until(d -> Files.isRegularFile(csv) && !Files.exists(downloads.resolve("targets.csv.crdownload")));
        String got = Files.readString(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFF" + WebCorpus.cli("targets", "--all", "--indicator", "hài lòng", "--format", "csv"), got);

        browser.get(base() + "/compare?indicator=h%C3%A0i%20l%C3%B2ng");
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.chart")));
        screenshot("compare.png");
    }

    /** Whether the first element matching {@code css} lies inside the text pane's visible part and the window. */
    private boolean inView(String css) {
        return Boolean.TRUE.equals(js("""
                var m = document.querySelector(arguments[0]);
                if (!m) return false;
                var r = m.getBoundingClientRect();
                var p = document.querySelector('.text-pane').getBoundingClientRect();
                return r.height > 0 && r.top >= p.top && r.bottom <= p.bottom
                    && r.top >= 0 && r.bottom <= window.innerHeight;
                """, css));
    }
}
