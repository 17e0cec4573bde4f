package london.victimvoice.portal.campaigns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.base.ui.ErrorSummary;
import london.victimvoice.portal.campaigns.BulkSendPeople;
import london.victimvoice.portal.campaigns.BulkSends;
import london.victimvoice.portal.campaigns.CampaignStatus;
import london.victimvoice.portal.forums.ForumDirectory;
import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.participants.TimeOfDay;
import london.victimvoice.portal.security.Roles;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.SignedInAs;

/**
 * The bulk send pages without a browser: choose, preview, confirm, watch and stop a send, and
 * every error the form can show. Each test runs a week after the one before and sends the day
 * after its people signed up, so their approval messages never count against its daily limit (4 here).
 */
@SpringBootTest(properties = "portal.messaging.outbox.daily-limit=4")
@ActiveProfiles("test")
@ViewPackages(packages = "london.victimvoice.portal")
@Import(BulkSendPagesTest.Config.class)
class BulkSendPagesTest extends SpringBrowserlessTest {

    static final String COORDINATOR = "test-coordinator";
    static final Instant MONDAY_10AM = Instant.parse("2032-03-01T10:00:00Z");
    private static final AtomicInteger WEEKS = new AtomicInteger();

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MONDAY_10AM);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    ForumStewards stewards;

    @Autowired
    ForumDirectory forums;

    @Autowired
    BulkSends bulkSends;

    @Autowired
    JdbcTemplate jdbc;

    BulkSendPeople people;

    @BeforeEach
    void aCoordinatorOfOneForum() {
        clock.set(MONDAY_10AM.plus(Duration.ofDays(7L * WEEKS.incrementAndGet())));
        jdbc.update("UPDATE campaign SET status = 'CANCELLED' WHERE status IN ('SCHEDULED', 'QUEUEING', 'SENDING')");
        BulkSendPeople.customTemplate(jdbc);
        people = new BulkSendPeople(context);
        forums.all().forEach(f -> stewards.unassign(f.code(), COORDINATOR));
        SignedInAs.role(Roles.COORDINATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A real forum (pages show its name), emptied of earlier tests' members, looked after by the coordinator alone. */
    String onlyForum(String code) {
        jdbc.update("UPDATE forum_request SET status = 'WITHDRAWN' WHERE forum_code = ?", code);
        jdbc.update("UPDATE forum SET capacity = 1000 WHERE code = ?", code);
        stewards.assign(code, COORDINATOR);
        return code;
    }

    void nextDay() {
        clock.set(clock.instant().plus(Duration.ofDays(1)));
    }

    BulkSendView openBulk() {
        return navigate(BulkSendView.class);
    }

    String summary() {
        return find(ErrorSummary.class).single().getElement().getTextRecursively();
    }

    /** The queueing job runs in the background, as in production: wait for it. */
    static void waitUntil(java.util.function.BooleanSupplier done) {
        var until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the send did not get there within 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void a_coordinator_previews_sends_and_watches_the_send_finish() {
        var forum = onlyForum("lgbtq");
        var a = people.byEmail(forum);
        people.byEmail(forum);
        people.bySms(forum);
        nextDay();
        var view = openBulk();
        assertThat(view.forums.getValue()).as("their only forum, chosen for them").hasSize(1);

        view.template.setValue(template(view, BulkSendPeople.CUSTOM));
        test(button("bulk-preview")).click();

        assertThat(find(Paragraph.class).id("bulk-count").getText()).isEqualTo("This will go to 3 people.");
        assertThat(find(Paragraph.class).id("bulk-remaining").getText()).startsWith("You can send 4 more messages today");
        var table = text("bulk-preview-table");
        assertThat(table).contains("Recipient 1", "Recipient 3", a.chosenName(), "Hello " + a.chosenName(),
                "Text message", "Email", "Goes now", "1 text");
        assertThat(table).doesNotContain("@example.org").doesNotContain("+44");

        test(button("bulk-continue")).click();
        assertThat(view.dialog.isAsking()).isTrue();
        assertThat(view.dialog.question()).isEqualTo("Send this message to 3 people now?");
        assertThat(view.dialog.confirmButton().getText()).isEqualTo("Send to 3 people");
        test(view.dialog.confirmButton()).click();

        var page = (CampaignView) getCurrentView();
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode().isEnabled()).as("push on this page").isTrue();
        var id = campaignOf(page);
        waitUntil(() -> bulkSends.progress(new ForumManager(COORDINATOR, false), id).orElseThrow().campaign()
                .status() == CampaignStatus.DONE);
        page.refresh();
        assertThat(page.bar.max()).isEqualTo("3");
        assertThat(page.bar.value()).isEqualTo("3");
        assertThat(page.barText.getText()).isEqualTo("3 of 3 done (100%)");
        assertThat(text("campaign-count-sent")).isEqualTo("3");
        assertThat(text("campaign-status")).isEqualTo("Done");
        assertThat(page.announce.getText()).startsWith("Finished: 3 of 3 done");
        assertThat(page.cancel.isVisible()).isFalse();

        navigate(BulkSendView.class);
        assertThat(text("bulk-recent-table")).contains("“bulk-test-custom”", "LGBTQ+ – Members", "Done");
    }

    @Test
    void a_dry_run_and_a_scheduled_send_are_confirmed_with_their_own_words() {
        var forum = onlyForum("disabilities");
        people.byEmail(forum);
        nextDay();
        var view = openBulk();
        view.template.setValue(template(view, BulkSendPeople.CUSTOM));
        test(button("bulk-preview")).click();

        view.mode.setValue(BulkSendView.Mode.DRY_RUN);
        test(button("bulk-continue")).click();
        assertThat(view.dialog.question()).isEqualTo("Dry run for 1 person?");
        test(view.dialog.backButton()).click();
        assertThat(view.dialog.isAsking()).isFalse();

        view.mode.setValue(BulkSendView.Mode.SCHEDULE);
        var at = clock.instant().plus(Duration.ofDays(2));
        var local = london.victimvoice.portal.base.LondonTimes.local(at);
        test(view.day).setValue(Integer.toString(local.getDayOfMonth()));
        test(view.month).setValue(Integer.toString(local.getMonthValue()));
        test(view.year).setValue(Integer.toString(local.getYear()));
        test(view.hour).setValue("14");
        test(view.minute).setValue("30");
        test(button("bulk-continue")).click();
        assertThat(view.dialog.question()).isEqualTo("Schedule this message for 1 person?");
        assertThat(view.dialog.details()).contains("2:30pm");
        test(view.dialog.confirmButton()).click();

        var page = (CampaignView) getCurrentView();
        assertThat(text("campaign-status")).isEqualTo("Scheduled");
        assertThat(text("campaign-when")).contains("2:30pm");
        assertThat(page.cancel.isVisible()).isTrue();
    }

    @Test
    void a_running_send_is_stopped_after_a_confirmation_that_says_how_many_are_left() {
        var forum = onlyForum("women-and-girls");
        people.person(forum, ChannelType.EMAIL, EnumSet.of(TimeOfDay.EVENING));
        people.person(forum, ChannelType.EMAIL, EnumSet.of(TimeOfDay.EVENING));
        nextDay();
        var view = openBulk();
        view.template.setValue(template(view, BulkSendPeople.CUSTOM));
        test(button("bulk-preview")).click();
        assertThat(text("bulk-preview-table")).contains("Held until");
        test(button("bulk-continue")).click();
        test(view.dialog.confirmButton()).click();
        var page = (CampaignView) getCurrentView();
        var id = campaignOf(page);
        var manager = new ForumManager(COORDINATOR, false);
        waitUntil(() -> bulkSends.progress(manager, id).orElseThrow().held() == 2);
        page.refresh();
        assertThat(text("campaign-count-held")).isEqualTo("2");

        test(page.cancel).click();
        assertThat(page.dialog.question()).isEqualTo("Stop this send?");
        assertThat(page.dialog.details()).startsWith("The 2 messages not sent yet will be cancelled.");
        test(page.dialog.confirmButton()).click();

        assertThat(text("campaign-status")).isEqualTo("Stopped");
        assertThat(text("campaign-count-cancelled")).isEqualTo("2");
        assertThat(page.cancel.isVisible()).isFalse();
        assertThat(page.announce.getText()).startsWith("Stopped:");
    }

    @Test
    void no_template_chosen_is_an_error_linked_to_the_list_and_nothing_is_previewed() {
        onlyForum("open");
        var view = openBulk();
        test(button("bulk-preview")).click();

        assertThat(summary()).contains("There is a problem", "Choose a message");
        assertThat(view.template.isInvalid()).isTrue();
        assertThat(view.getPageTitle()).startsWith("Error: ");
        assertThat(find(Paragraph.class).withId("bulk-count").all()).isEmpty();
    }

    @Test
    void an_audience_of_nobody_a_reminder_without_a_meeting_and_a_daily_limit_are_refused_with_clear_messages() {
        var forum = onlyForum("black-communities");
        var view = openBulk();
        view.template.setValue(template(view, BulkSendPeople.CUSTOM));
        test(button("bulk-preview")).click();
        assertThat(summary()).contains("Nobody matches what you chose: the message would go to 0 people");
        assertThat(view.forums.isInvalid()).isTrue();

        for (int i = 0; i < 5; i++) {
            people.byEmail(forum);
        }
        nextDay();
        view = openBulk();
        view.template.setValue(template(view, "meeting-reminder"));
        test(button("bulk-preview")).click();
        assertThat(summary()).contains("Choose the meeting the reminder is about");
        assertThat(view.meeting.isInvalid()).isTrue();

        view.template.setValue(template(view, BulkSendPeople.CUSTOM));
        test(button("bulk-preview")).click();
        test(button("bulk-continue")).click();
        test(view.dialog.confirmButton()).click();
        assertThat(getCurrentView()).isInstanceOf(BulkSendView.class);
        assertThat(summary()).contains("This would send 5 messages but only 4 more can be sent that day (the daily"
                + " limit is 4)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE forums = ?", Integer.class, forum))
                .isZero();
    }

    @Test
    void a_date_that_does_not_exist_and_a_time_in_the_past_are_errors_at_the_date() {
        var forum = onlyForum("parents-guardians");
        people.byEmail(forum);
        nextDay();
        var view = openBulk();
        view.template.setValue(template(view, BulkSendPeople.CUSTOM));
        test(button("bulk-preview")).click();
        view.mode.setValue(BulkSendView.Mode.SCHEDULE);
        test(view.day).setValue("31");
        test(view.month).setValue("2");
        test(view.year).setValue("2040");
        test(view.hour).setValue("10");
        test(view.minute).setValue("00");
        test(button("bulk-continue")).click();
        assertThat(summary()).contains("Enter a real date to send");
        assertThat(view.day.isInvalid()).isTrue();
        assertThat(view.dialog.isAsking()).isFalse();

        test(view.day).setValue("1");
        test(view.month).setValue("1");
        test(view.year).setValue("2020");
        test(button("bulk-continue")).click();
        assertThat(summary()).contains("The time to send must be in the future");
        assertThat(view.dialog.isAsking()).isFalse();

        test(view.year).setValue("2040");
        test(view.hour).setValue("25");
        test(button("bulk-continue")).click();
        assertThat(summary()).contains("Enter a real time to send");
        assertThat(view.hour.isInvalid()).isTrue();
    }

    @Test
    void a_send_for_a_forum_they_do_not_look_after_is_not_found() {
        var forum = onlyForum("open");
        people.byEmail(forum);
        var admin = new ForumManager("admin-ada", true);
        var audience = new london.victimvoice.portal.campaigns.Audience(java.util.Set.of("lgbtq"),
                london.victimvoice.portal.campaigns.Audience.Membership.MEMBERS, null,
                london.victimvoice.portal.campaigns.Audience.Rsvp.ANY,
                london.victimvoice.portal.campaigns.Audience.Channel.ANY);
        people.byEmail("lgbtq");
        var count = bulkSends.preview(admin, audience, BulkSendPeople.CUSTOM).count();
        var id = bulkSends.start(admin, audience, BulkSendPeople.CUSTOM, true, clock.instant().plus(Duration.ofDays(1)),
                count);

        UI.getCurrent().navigate(CampaignView.PATH_PREFIX + id);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }

    private com.vaadin.flow.component.button.Button button(String id) {
        return find(com.vaadin.flow.component.button.Button.class).id(id);
    }

    private String text(String id) {
        return UI.getCurrent().getChildren().findFirst().orElseThrow().getElement().getChildren()
                .map(e -> find(id, e)).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id)).getTextRecursively();
    }

    private static com.vaadin.flow.dom.Element find(String id, com.vaadin.flow.dom.Element root) {
        if (id.equals(root.getAttribute("id"))) {
            return root;
        }
        return root.getChildren().map(child -> find(id, child)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static london.victimvoice.portal.messaging.MessageTemplate template(BulkSendView view, String id) {
        return view.template.getListDataView().getItems().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static UUID campaignOf(CampaignView page) {
        var path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
