package de.dienstleistungspool.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a browser: headless Debian Chromium driven through chromedriver, finding things by what a person (or a
 * screen reader) perceives (labels, button names, link texts, headings), saving a screenshot of each step under
 * {@code target/screenshots}, and running axe-core on every page it sees (no "serious" or "critical" violation).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("portal.screenshots", "target/screenshots"));
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final String base;
    private final String who;
    private final List<String> checkedPages = new ArrayList<>();
    private int step;

    /** A new browser (own profile, no cookies) for one person, at the given width (1280 desktop, 360 phone). */
    public Browser(String base, String who, int width) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium, chromium-driver; deploy/test.sh installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=de-DE", "--window-size=" + width + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(width, 900));
        this.base = base;
        this.who = who;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the portal by its path. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Signs in on the sign-in page with the demo password; waits until the portal has let the person in. */
    public Browser signIn(String email) {
        open("/anmelden");
        fill("E-Mail-Adresse", email);
        fill("Passwort", "demo-secret");
        press("Anmelden");
        if (path().startsWith("/anmelden")) {
            throw new AssertionError("sign-in of " + email + " failed:\n" + mainText());
        }
        return this;
    }

    /** Types into the input labelled {@code label} (after clearing it). */
    public Browser fill(String label, String value) {
        WebElement input = byLabel(label);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Sets a date or date-time input labelled {@code label} to an ISO value, as a person's date picker would. */
    public Browser setValue(String label, String isoValue) {
        driver.executeScript("arguments[0].value = arguments[1]", byLabel(label), isoValue);
        return this;
    }

    /** Chooses the option with the visible text {@code option} in the list labelled {@code label}. */
    public Browser choose(String label, String option) {
        new Select(byLabel(label)).selectByVisibleText(option);
        return this;
    }

    /**
     * Presses the button whose accessible name is {@code name} (the first if there are several) and waits until the
     * page it submits to has loaded (every button of the portal submits a form).
     */
    public Browser press(String name) {
        WebElement before = driver.findElement(By.tagName("html"));
        button(name).click();
        awaitNewPage(before);
        return this;
    }

    /**
     * Presses the button named {@code name} of a form that htmx submits in place, and waits until the region with the
     * id {@code regionId} has been replaced by the answer (the page itself stays).
     */
    public Browser pressInPlace(String name, String regionId) {
        WebElement region = driver.findElement(By.id(regionId));
        button(name).click();
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> gone(region));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id(regionId)));
        return this;
    }

    /** Ticks the checkbox or radio button whose label reads exactly {@code label} (the first if there are several). */
    public Browser tick(String label) {
        WebElement input = driver.findElements(By.xpath("//label[normalize-space()=" + xpathString(label) + "]")).stream()
                .map(l -> l.findElements(By.tagName("input"))).filter(l -> !l.isEmpty()).map(l -> l.get(0)).findFirst()
                .orElseThrow(() -> new AssertionError("No checkbox or radio button '" + label + "' on " + path()));
        if (!input.isSelected()) {
            input.click();
        }
        return this;
    }

    /** Clears the checkbox whose label reads exactly {@code label} (the first if there are several). */
    public Browser untick(String label) {
        WebElement input = driver.findElements(By.xpath("//label[normalize-space()=" + xpathString(label) + "]")).stream()
                .map(l -> l.findElements(By.tagName("input"))).filter(l -> !l.isEmpty()).map(l -> l.get(0)).findFirst()
                .orElseThrow(() -> new AssertionError("No checkbox '" + label + "' on " + path()));
        if (input.isSelected()) {
            input.click();
        }
        return this;
    }

    /** The address a link with the visible text {@code text} points at. */
    public String href(String text) {
        return driver.findElement(By.linkText(text)).getAttribute("href");
    }

    /** Waits until the page that was showing has been replaced and the new one has loaded. */
    void awaitNewPage(WebElement before) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(before));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element has left the document. Chromium answers a question about a node of a document it is just
     * replacing either "stale element" or "node does not belong to the document"; both mean it is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The button whose accessible name is {@code name} or starts with "{@code name}:". */
    public WebElement button(String name) {
        return driver.findElements(By.cssSelector("button")).stream()
                .filter(b -> accessibleName(b).equals(name) || accessibleName(b).startsWith(name + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("No button '" + name + "' on " + path() + "; buttons: "
                        + driver.findElements(By.cssSelector("button")).stream().map(Browser::accessibleName).toList()));
    }

    /** Follows the link with the visible text {@code text} and waits for the page. */
    public Browser follow(String text) {
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.linkText(text)).click();
        awaitNewPage(before);
        return this;
    }

    /** An element's accessible name as a screen reader announces it (white space collapsed). */
    static String accessibleName(WebElement e) {
        return e.getAccessibleName().replaceAll("\\s+", " ").replace(" :", ":").strip();
    }

    public boolean hasLink(String text) {
        return !driver.findElements(By.linkText(text)).isEmpty();
    }

    /** The input, select or textarea a {@code <label>} with exactly this text points at. */
    public WebElement byLabel(String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space()=" + xpathString(label) + "]"));
        if (labels.isEmpty()) {
            throw new AssertionError("No field labelled '" + label + "' on " + path());
        }
        return driver.findElement(By.id(labels.get(0).getAttribute("for")));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The visible text of the main region. */
    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Asserts that the main region shows {@code text}. */
    public Browser sees(String text) {
        assertTrue(mainText().contains(text), "'" + text + "' not shown on " + path() + ":\n" + mainText());
        return this;
    }

    /** The cell texts of the table row whose row header is {@code rowHeader}'s first line. */
    public List<String> row(String rowHeader) {
        for (WebElement row : driver.findElements(By.cssSelector("table tbody tr"))) {
            WebElement th = row.findElement(By.cssSelector("th[scope=row]"));
            if (th.getText().lines().findFirst().orElse("").equals(rowHeader)) {
                return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            }
        }
        throw new AssertionError("No row '" + rowHeader + "' on " + path());
    }

    /** Every table row of the page as its row header's first line followed by its cells' texts. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("table tbody tr"))) {
            List<WebElement> th = row.findElements(By.cssSelector("th[scope=row]"));
            List<String> cells = new ArrayList<>();
            cells.add(th.isEmpty() ? "" : th.get(0).getText().lines().findFirst().orElse(""));
            row.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
            rows.add(cells);
        }
        return rows;
    }

    /** The column headings of the first table. */
    public List<String> columns() {
        return driver.findElements(By.cssSelector("table thead th")).stream().map(WebElement::getText).toList();
    }

    /** Saves a screenshot of the current page as {@code target/screenshots/<who>-<nn>-<name>.png}. */
    public Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", who, ++step, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the current page: no serious or critical violation. */
    public Browser accessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
        checkedPages.add(path());
        assertEquals(List.of(), blocking.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList(), "axe-core on " + path());
        return this;
    }

    /** A screenshot and the accessibility check of the page as it is now. */
    public Browser check(String name) {
        return screenshot(name).accessible();
    }

    /** The value of the portal's session cookie. */
    public String sessionCookie() {
        return driver.manage().getCookieNamed("dlp_session").getValue();
    }

    public List<String> checkedPages() {
        return checkedPages;
    }

    private static String xpathString(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
