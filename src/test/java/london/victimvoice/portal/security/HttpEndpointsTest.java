package london.victimvoice.portal.security;

import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP requests outside Vaadin's routes are let through the filter chain (each view guards
 * itself), so every non-Vaadin endpoint must be listed here with a reason it may be public.
 */
@SpringBootTest
@ActiveProfiles("test")
class HttpEndpointsTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_only_non_vaadin_endpoints_are_the_ones_known_to_be_safe_for_anyone() {
        var endpoints = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> endpoints.add(info.toString()));
        assertThat(endpoints).containsExactlyInAnyOrder(
                // "Exit this page" ends the caller's own session, nothing more.
                "{POST [/session/exit]}",
                // Spring Boot's error page: shows no detail (server.error.* settings).
                "{ [/error]}",
                "{ [/error], produces [text/html]}");
    }
}
