package london.victimvoice.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the neutral site that "Exit this page" leaves to (there is no internet in the
 * build). It runs on another origin, as the real one would.
 */
final class NeutralSite {

    static final String EXIT_PATH = "/weather";
    static final String START_PATH = "/start";
    static final String EXIT_TITLE = "Weather forecast";

    private static final HttpServer server = start();

    private NeutralSite() {
    }

    static String exitUrl() {
        return base() + EXIT_PATH;
    }

    static String startUrl() {
        return base() + START_PATH;
    }

    static String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static HttpServer start() {
        try {
            var http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext(EXIT_PATH, exchange -> page(exchange, EXIT_TITLE));
            http.createContext(START_PATH, exchange -> page(exchange, "Somewhere else"));
            http.setExecutor(null);
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(com.sun.net.httpserver.HttpExchange exchange, String title) throws IOException {
        var body = ("<!doctype html><html lang=\"en\"><head><title>" + title + "</title></head><body><h1>"
                + title + "</h1></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
