package london.victimvoice.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.support.PlainHttp;

/** Load balancers and the container's health check call these without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HealthProbesIT {

    @LocalServerPort
    int port;

    @Autowired
    HealthEndpointGroups groups;

    @Test
    void liveness_answers_up_to_anyone() throws Exception {
        var response = new PlainHttp(port).get("/actuator/health/liveness", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readiness_answers_up_to_anyone() throws Exception {
        var response = new PlainHttp(port).get("/actuator/health/readiness", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readiness_includes_the_database_and_liveness_does_not() {
        // A database outage should take the node out of the load balancer, not get it restarted.
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void health_details_are_not_shown_to_visitors() throws Exception {
        var response = new PlainHttp(port).get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("components").doesNotContain("details");
    }
}
