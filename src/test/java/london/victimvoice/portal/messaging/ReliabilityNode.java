package london.victimvoice.portal.messaging;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import london.victimvoice.portal.PortalApplication;
import london.victimvoice.portal.support.FakeDirectory;
import london.victimvoice.portal.support.FakeTwilio;
import london.victimvoice.portal.support.TestMariaDb;

/**
 * One portal node for the reliability tests: the real application, sending through Twilio (a
 * {@link FakeTwilio}) from a database other nodes share, to the people of a {@link FakeDirectory},
 * on a clock that runs in real time from a Tuesday morning (so quiet hours never hold a message and
 * the settle timers still fire). Started in this JVM ({@link #start}) or as a separate process
 * ({@link #main}, for the crash test).
 */
public final class ReliabilityNode {

    /** Tuesday 2 March 2032, 10:00 in London (GMT): daytime for hours. */
    static final Instant DAYTIME = Instant.parse("2032-03-02T10:00:00Z");
    static final String SERVICE_SID = "MG00000000000000000000000000000001";

    private ReliabilityNode() {
    }

    /** The clock every node and the fake Twilio share: real seconds, counted from {@link #DAYTIME}. */
    static Clock daytimeClock(long offsetMillis) {
        return Clock.offset(Clock.systemUTC(), Duration.ofMillis(offsetMillis));
    }

    static long offsetToDaytime() {
        return Duration.between(Instant.now(), DAYTIME).toMillis();
    }

    /**
     * The settings a node runs with; {@code extra} overrides or adds. Short timers, so the test sees
     * ambiguous sends settled and dead nodes' claims taken back within seconds.
     */
    static Map<String, String> settings(TestMariaDb.Connection database, @Nullable FakeTwilio twilio, long clockOffsetMillis,
            int people, Map<String, String> extra) {
        var settings = new LinkedHashMap<String, String>();
        settings.put("spring.profiles.active", "test");
        settings.put("spring.main.banner-mode", "off");
        settings.put("spring.datasource.url", database.url());
        settings.put("spring.datasource.username", database.user());
        settings.put("spring.datasource.password", database.password());
        settings.put("spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver");
        settings.put("portal.messaging.delivery", "providers");
        settings.put("portal.messaging.twilio.account-sid", FakeTwilio.ACCOUNT_SID);
        settings.put("portal.messaging.twilio.auth-token", FakeTwilio.AUTH_TOKEN);
        settings.put("portal.messaging.twilio.messaging-service-sid", SERVICE_SID);
        if (twilio != null) {
            settings.put("portal.messaging.twilio.api-base-url", twilio.baseUrl());
        }
        settings.put("portal.messaging.twilio.read-timeout", "1s");
        // Built in providers mode but never used: every recipient here is reached by SMS.
        settings.put("portal.messaging.email.from", "forums@victimvoice.example");
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", "9");
        settings.put("portal.messaging.outbox.dispatch", "background");
        settings.put("portal.messaging.outbox.poll-interval", "500ms");
        settings.put("portal.messaging.outbox.settle-interval", "1s");
        settings.put("portal.messaging.outbox.settle-after", "3s");
        settings.put("portal.messaging.outbox.claim-lease", "10s");
        settings.put("portal.messaging.outbox.batch-size", "50");
        settings.put("portal.messaging.outbox.send-threads", "8");
        settings.put("portal.messaging.outbox.retry.first-delay", "1s");
        settings.put("portal.messaging.outbox.retry.max-delay", "5s");
        settings.put("portal.messaging.outbox.pacing.segments-per-second-per-sender", "2000");
        settings.put("portal.messaging.outbox.pacing.global-segments-per-second", "2000");
        settings.put("reliability.clock-offset-ms", Long.toString(clockOffsetMillis));
        settings.put("reliability.people", Integer.toString(people));
        settings.putAll(extra);
        return settings;
    }

    static List<String> arguments(Map<String, String> settings) {
        var args = new ArrayList<String>();
        settings.forEach((name, value) -> args.add("--" + name + "=" + value));
        return args;
    }

    /** Starts a node in this JVM; close the context to stop it. */
    static ConfigurableApplicationContext start(Map<String, String> settings) {
        return application().run(arguments(settings).toArray(String[]::new));
    }

    /**
     * The whole application on a mock servlet context, as a Spring test runs it: no web server (Vaadin
     * would want its front-end dev server for one, and the outbox needs no pages), but every bean.
     */
    private static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PortalApplication.class, Node.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .initializers(context -> context.getBeanFactory().registerSingleton("skipTestClasses",
                        new SkipTestClasses()));
    }

    /** What a node adds to the application: the made-up people and the shared daytime clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Node {

        @Bean
        @Primary
        Recipients fakeDirectory(@Value("${reliability.people}") int people) {
            return new FakeDirectory(people);
        }

        @Bean
        @Primary
        Clock daytime(@Value("${reliability.clock-offset-ms}") long offset) {
            return daytimeClock(offset);
        }
    }

    /**
     * Keeps the application's component scan out of the test classes (other tests' configurations
     * would otherwise join this context): outside a Spring test nothing else filters them.
     */
    static final class SkipTestClasses extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestClasses;
        }

        @Override
        public int hashCode() {
            return SkipTestClasses.class.hashCode();
        }
    }

    /**
     * A node as its own process, for the crash test. It prints {@code READY}, then follows commands
     * on its standard input: {@code QUEUE <send> <n>} queues a bulk send of n messages (people 0..n-1)
     * in slices of {@code reliability.slice}, printing {@code QUEUEING <send>} and {@code QUEUED <send>}.
     * Each message has a dedupe key, so the same command after a restart resumes the send: only what
     * is missing is added.
     */
    public static void main(String[] args) throws IOException {
        var context = application().run(args);
        var slice = context.getEnvironment().getProperty("reliability.slice", Integer.class, 100);
        var outbox = context.getBean(Outbox.class);
        System.out.println("READY"); System.out.flush();
        var commands = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
        String command;
        while ((command = commands.readLine()) != null) {
            var words = command.trim().split(" ");
            if (words.length != 3 || !words[0].equals("QUEUE")) {
                System.out.println("UNKNOWN " + command); System.out.flush();
                continue;
            }
            var send = words[1];
            var count = Integer.parseInt(words[2]);
            System.out.println("QUEUEING " + send); System.out.flush();
            for (int from = 0; from < count; from += slice) {
                var messages = new ArrayList<NewMessage>();
                for (int i = from; i < Math.min(count, from + slice); i++) {
                    messages.add(message(i).dedupeKey(send + ":" + i));
                }
                queueSlice(outbox, messages, send);
            }
            System.out.println("QUEUED " + send); System.out.flush();
        }
        context.close();
    }

    /**
     * On MariaDB a slice queued again (its dedupe keys already taken) can deadlock with a dispatcher
     * claiming those rows: the slice rolls back whole, so the caller queues it again, as a bulk send must.
     */
    private static void queueSlice(Outbox outbox, List<NewMessage> messages, String send) {
        for (int attempt = 1; ; attempt++) {
            try {
                outbox.queueAll(messages);
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                System.out.println("RETRY " + send);
                System.out.flush();
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    static NewMessage message(int i) {
        return NewMessage.to(FakeDirectory.participant(i), "waiting-list-offer",
                Map.of("forum", "Open forum", "accept_by", "Friday 5 March, 10am"));
    }
}
