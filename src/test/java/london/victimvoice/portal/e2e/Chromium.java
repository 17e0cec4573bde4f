package london.victimvoice.portal.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the machine's headless Chromium through its own chromedriver. Both paths are given
 * explicitly so Selenium never tries to fetch a browser or driver; a missing one fails the test
 * (a skipped browser test would hide a broken journey).
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("portal.e2e.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("portal.e2e.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    static ChromeDriver start() {
        requireExecutable(BROWSER, "Chromium");
        requireExecutable(DRIVER, "chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("portal-e2e-profile-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile directory", e);
        }
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Makes the layout viewport exactly {@code width} CSS px wide, as a window of that width at
     * zoom 100% would; a real window cannot be made that narrow on every platform.
     */
    static void setViewportWidth(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            fail(what + " is not installed at " + path + ". Browser tests need the Debian packages "
                    + "'chromium' and 'chromium-driver' (apt-get install -y chromium chromium-driver).");
        }
    }
}
