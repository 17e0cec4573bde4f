package london.victimvoice.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.MessageTemplate.Key;
import london.victimvoice.portal.messaging.MessageTemplate.Wording;
import london.victimvoice.portal.messaging.TemplateRefused.Problem;

/**
 * Saving templates on every database we run on: each save adds a version, every bad text is
 * refused naming the field and the reason, and of two editors who started from the same version
 * only the first is saved. The seeded templates are put back after each test, as other tests
 * read their words.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class MessageTemplatesContract {

    static final Key SMS_DISCREET = new Key(ChannelType.SMS, MessageVariant.DISCREET);
    static final Key SMS_FULL = new Key(ChannelType.SMS, MessageVariant.FULL);
    static final Key EMAIL_DISCREET = new Key(ChannelType.EMAIL, MessageVariant.DISCREET);
    static final Key EMAIL_FULL = new Key(ChannelType.EMAIL, MessageVariant.FULL);
    private static final AtomicInteger names = new AtomicInteger();

    @Autowired
    MessageTemplates templates;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void putTheSeededTemplatesBack() {
        var added = "SELECT id FROM message_template_version WHERE created_by LIKE 'test-%'";
        jdbc.update("DELETE FROM message_template_text WHERE version_id IN (" + added + ")");
        jdbc.update("DELETE FROM message_template_version WHERE id IN (SELECT id FROM (" + added + ") AS a)");
    }

    static Map<Key, Wording> texts(String sms, String subject, String body) {
        var all = new HashMap<Key, Wording>();
        all.put(SMS_DISCREET, new Wording(null, sms));
        all.put(SMS_FULL, new Wording(null, sms));
        all.put(EMAIL_DISCREET, new Wording(subject, body));
        all.put(EMAIL_FULL, new Wording(subject, body));
        return all;
    }

    static Map<Key, Wording> reminder(String sms) {
        return texts(sms, "Your group meeting", "On ((meeting_day)) at ((meeting_time)). Stop these: ((stop_link))");
    }

    static Map<Key, Wording> with(Map<Key, Wording> texts, Key key, Wording wording) {
        var changed = new HashMap<>(texts);
        changed.put(key, wording);
        return changed;
    }

    List<Problem> refusal(Callable<?> save) {
        var refused = catchThrowableOfType(TemplateRefused.class, save::call);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    void nothingSaved(String templateId, int version) {
        assertThat(templates.current(templateId).version()).isEqualTo(version);
    }

    static String uniqueName() {
        return "Test template " + names.incrementAndGet() + " " + System.nanoTime();
    }

    @Test
    void saving_adds_the_next_version_and_keeps_the_old_one_as_it_was() {
        var before = templates.current("meeting-reminder");

        var saved = templates.save("meeting-reminder", before.version(),
                reminder("Hi ((name)), see you on ((meeting_day)) at ((meeting_time))."), "test-carla");

        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(saved.purpose()).isEqualTo(TemplatePurpose.MEETING_REMINDER);
        var current = templates.current("meeting-reminder");
        assertThat(current.version()).isEqualTo(saved.version());
        assertThat(current.createdBy()).isEqualTo("test-carla");
        assertThat(current.wording(ChannelType.SMS, MessageVariant.FULL).body())
                .isEqualTo("Hi ((name)), see you on ((meeting_day)) at ((meeting_time)).");
        assertThat(current.wording(ChannelType.SMS, MessageVariant.FULL).subject()).isNull();
        assertThat(templates.version("meeting-reminder", before.version()).orElseThrow().wordings())
                .isEqualTo(before.wordings());
        assertThat(templates.history("meeting-reminder")).extracting(TemplateChange::version, TemplateChange::createdBy)
                .startsWith(org.assertj.core.groups.Tuple.tuple(saved.version(), "test-carla"))
                .endsWith(org.assertj.core.groups.Tuple.tuple(1, "system"));
    }

    @Test
    void saving_twice_adds_two_versions() {
        var start = templates.current("meeting-cancelled").version();
        var texts = texts("Cancelled: ((meeting_day)).", "Cancelled", "Cancelled: ((meeting_day)) at ((meeting_time)).");

        templates.save("meeting-cancelled", start, texts, "test-a");
        templates.save("meeting-cancelled", start + 1, texts, "test-b");

        assertThat(templates.history("meeting-cancelled")).extracting(TemplateChange::version)
                .startsWith(start + 2, start + 1, start);
    }

    @Test
    void an_unknown_placeholder_is_refused_naming_it_and_what_the_template_can_use() {
        var problems = refusal(() -> templates.save("meeting-reminder", 1, reminder("See you on ((meetng_day))."),
                "test-carla"));

        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo(TemplateRefused.UNKNOWN_PLACEHOLDER);
            assertThat(p.arguments()).containsExactly(p.part(), "meetng_day",
                    "((name)), ((link)), ((meeting_day)), ((meeting_end)), ((meeting_time))");
        });
        assertThat(problems).extracting(Problem::part).containsExactly(TemplatePart.SMS_DISCREET, TemplatePart.SMS_FULL);
        nothingSaved("meeting-reminder", 1);
    }

    @Test
    void a_placeholder_of_another_purpose_is_refused() {
        var problems = refusal(() -> templates.save("waiting-list-offer", 1,
                texts("Your meeting is on ((meeting_day)).", "A place", "A place in ((forum)) until ((accept_by))."),
                "test-carla"));

        assertThat(problems).extracting(Problem::messageKey).containsOnly(TemplateRefused.UNKNOWN_PLACEHOLDER);
        assertThat(problems.getFirst().arguments()).contains("meeting_day");
    }

    @Test
    void the_stop_link_is_refused_in_a_text_message_where_it_would_be_empty() {
        var problems = refusal(() -> templates.save("meeting-reminder", 1, reminder("Stop: ((stop_link))"),
                "test-carla"));

        assertThat(problems).extracting(Problem::messageKey).containsOnly(TemplateRefused.UNKNOWN_PLACEHOLDER);
        assertThat(problems).extracting(Problem::part).containsExactly(TemplatePart.SMS_DISCREET, TemplatePart.SMS_FULL);
    }

    @Test
    void a_reminder_email_without_the_stop_link_is_refused() {
        var problems = refusal(() -> templates.save("meeting-reminder", 1,
                texts("On ((meeting_day)).", "Reminder", "On ((meeting_day))."), "test-carla"));

        assertThat(problems).extracting(Problem::part, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TemplatePart.EMAIL_DISCREET_BODY, TemplateRefused.STOP_LINK_MISSING),
                org.assertj.core.groups.Tuple.tuple(TemplatePart.EMAIL_FULL_BODY, TemplateRefused.STOP_LINK_MISSING));
    }

    @Test
    void every_empty_text_is_refused_at_once() {
        var problems = refusal(() -> templates.save("meeting-reminder", 1, texts(" ", "", "\n"), "test-carla"));

        assertThat(problems).extracting(Problem::part).containsExactly(TemplatePart.SMS_DISCREET, TemplatePart.SMS_FULL,
                TemplatePart.EMAIL_DISCREET_SUBJECT, TemplatePart.EMAIL_DISCREET_BODY, TemplatePart.EMAIL_FULL_SUBJECT,
                TemplatePart.EMAIL_FULL_BODY);
        assertThat(problems).extracting(Problem::messageKey).containsOnly(TemplateRefused.EMPTY);
        nothingSaved("meeting-reminder", 1);
    }

    @Test
    void a_missing_wording_is_refused_as_empty() {
        var texts = reminder("On ((meeting_day)).");
        texts.remove(SMS_FULL);

        assertThat(refusal(() -> templates.save("meeting-reminder", 1, texts, "test-carla")))
                .containsExactly(new Problem(TemplatePart.SMS_FULL, TemplateRefused.EMPTY, List.of(TemplatePart.SMS_FULL)));
    }

    @Test
    void a_subject_that_is_too_long_or_has_a_line_break_is_refused() {
        var texts = with(with(reminder("On ((meeting_day))."), EMAIL_DISCREET,
                new Wording("s".repeat(OutgoingMessage.SUBJECT_MAX_LENGTH + 1), "Stop: ((stop_link))")),
                EMAIL_FULL, new Wording("Your meeting\nis soon", "Stop: ((stop_link))"));

        var problems = refusal(() -> templates.save("meeting-reminder", 1, texts, "test-carla"));

        assertThat(problems).containsExactly(
                new Problem(TemplatePart.EMAIL_DISCREET_SUBJECT, TemplateRefused.SUBJECT_TOO_LONG,
                        List.of(TemplatePart.EMAIL_DISCREET_SUBJECT, 200, 201)),
                new Problem(TemplatePart.EMAIL_FULL_SUBJECT, TemplateRefused.SUBJECT_LINE_BREAK,
                        List.of(TemplatePart.EMAIL_FULL_SUBJECT)));
    }

    @Test
    void a_subject_of_exactly_the_limit_is_saved_without_the_spaces_around_it() {
        var subject = "s".repeat(OutgoingMessage.SUBJECT_MAX_LENGTH);
        var saved = templates.save("meeting-reminder", 1, with(reminder("On ((meeting_day))."), EMAIL_FULL,
                new Wording("  " + subject + " ", "Stop: ((stop_link))")), "test-carla");

        assertThat(saved.wording(ChannelType.EMAIL, MessageVariant.FULL).subject()).isEqualTo(subject);
    }

    @Test
    void a_text_message_above_the_providers_limit_is_refused_and_one_at_the_limit_saved() {
        var over = "a".repeat(OutgoingMessage.SMS_BODY_MAX_LENGTH + 1);

        var problems = refusal(() -> templates.save("meeting-reminder", 1,
                with(reminder("On ((meeting_day))."), SMS_FULL, new Wording(null, over)), "test-carla"));

        assertThat(problems).containsExactly(new Problem(TemplatePart.SMS_FULL, TemplateRefused.SMS_TOO_LONG,
                List.of(TemplatePart.SMS_FULL, 1600, 1601)));
        var saved = templates.save("meeting-reminder", 1, with(reminder("On ((meeting_day))."), SMS_FULL,
                new Wording(null, "a".repeat(OutgoingMessage.SMS_BODY_MAX_LENGTH))), "test-carla");
        assertThat(saved.version()).isEqualTo(2);
    }

    @Test
    void an_unclosed_or_badly_named_placeholder_is_refused_naming_it() {
        var problems = refusal(() -> templates.save("meeting-reminder", 1, with(reminder("On ((meeting_day)."),
                SMS_FULL, new Wording(null, "Hello ((First Name))")), "test-carla"));

        assertThat(problems).containsExactly(
                new Problem(TemplatePart.SMS_DISCREET, TemplateRefused.UNCLOSED_PLACEHOLDER,
                        List.of(TemplatePart.SMS_DISCREET, "meeting_day")),
                new Problem(TemplatePart.SMS_FULL, TemplateRefused.BAD_PLACEHOLDER_NAME,
                        List.of(TemplatePart.SMS_FULL, "First Name")));
    }

    @Test
    void control_characters_and_texts_over_ten_thousand_characters_are_refused() {
        var problems = refusal(() -> templates.save("meeting-reminder", 1, with(with(reminder("On ((meeting_day))."),
                SMS_DISCREET, new Wording(null, "On ((meeting_day))\r\nbye")), EMAIL_FULL, new Wording("Hi", "x".repeat(TemplateText.MAX_LENGTH + 1))), "test-carla"));

        assertThat(problems).extracting(Problem::part, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TemplatePart.SMS_DISCREET, TemplateRefused.BAD_CHARACTER),
                org.assertj.core.groups.Tuple.tuple(TemplatePart.EMAIL_FULL_BODY, TemplateRefused.TOO_LONG));
    }

    @Test
    void a_save_started_from_an_older_version_is_refused_and_the_newer_one_stays() {
        var mine = reminder("Mine: ((meeting_day)).");
        templates.save("meeting-reminder", 1, reminder("Theirs: ((meeting_day))."), "test-theirs");

        var problems = refusal(() -> templates.save("meeting-reminder", 1, mine, "test-mine"));

        assertThat(problems).containsExactly(new Problem(null, TemplateRefused.SAVED_BY_SOMEONE_ELSE, List.of(2)));
        assertThat(templates.current("meeting-reminder").createdBy()).isEqualTo("test-theirs");
        // Starting again from the newest version, their own words are saved.
        assertThat(templates.save("meeting-reminder", 2, mine, "test-mine").version()).isEqualTo(3);
    }

    @Test
    void of_two_editors_saving_at_the_same_moment_exactly_one_is_saved() throws Exception {
        var start = new CountDownLatch(1);
        var saved = new AtomicInteger();
        var refused = new ArrayList<TemplateRefused>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (var editor : List.of("test-one", "test-two")) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        templates.save("meeting-moved", 1, texts("Moved to ((meeting_day)) by " + editor,
                                "Moved", "Moved to ((meeting_day))."), editor);
                        saved.incrementAndGet();
                    } catch (TemplateRefused r) {
                        synchronized (refused) {
                            refused.add(r);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        assertThat(saved.get()).isEqualTo(1);
        assertThat(refused).singleElement().satisfies(r -> assertThat(r.savedBySomeoneElse()).isTrue());
        assertThat(templates.history("meeting-moved")).extracting(TemplateChange::version).containsExactly(2, 1);
    }

    @Test
    void an_unknown_template_cannot_be_saved() {
        assertThatThrownBy(() -> templates.save("no-such-template", 1, reminder("x"), "test-carla"))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(TemplateRefused.class);
        assertThat(templates.find("no-such-template")).isEmpty();
        assertThat(templates.history("no-such-template")).isEmpty();
    }

    @Test
    void a_custom_template_gets_an_id_from_its_name() {
        var name = "Summer Picnic – Café " + names.incrementAndGet();

        var created = templates.createCustom(name, texts("Picnic on ((meeting_day))!", "Picnic", "Come along."),
                "test-carla");

        assertThat(created.id()).isEqualTo("summer-picnic-cafe-" + names.get());
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.purpose()).isEqualTo(TemplatePurpose.CUSTOM);
        assertThat(templates.current(created.id()).createdBy()).isEqualTo("test-carla");
        assertThat(templates.all()).extracting(MessageTemplate::id).contains(created.id(), "meeting-reminder");
    }

    @Test
    void a_custom_template_name_that_is_taken_empty_or_without_letters_is_refused() {
        var name = uniqueName();
        var fine = texts("Hello ((name))", "Hello", "Hello ((name))");
        templates.createCustom(name, fine, "test-carla");

        assertThat(refusal(() -> templates.createCustom(name.toUpperCase(), fine, "test-carla")))
                .containsExactly(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_TAKEN, TemplateRules.slug(name)));
        assertThat(refusal(() -> templates.createCustom(" ", fine, "test-carla")))
                .containsExactly(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_MISSING));
        assertThat(refusal(() -> templates.createCustom("!!! ???", fine, "test-carla")))
                .containsExactly(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_NO_LETTERS));
        assertThat(refusal(() -> templates.createCustom("meeting reminder", fine, "test-carla")))
                .extracting(Problem::messageKey).containsExactly(TemplateRefused.NAME_TAKEN);
        assertThat(refusal(() -> templates.createCustom("n".repeat(61), fine, "test-carla")))
                .containsExactly(Problem.of(TemplatePart.NAME, TemplateRefused.NAME_TOO_LONG, 60));
    }

    @Test
    void a_custom_template_may_not_use_the_placeholders_of_other_purposes() {
        var name = uniqueName();

        var problems = refusal(() -> templates.createCustom(name,
                texts("Your place in ((forum))", "Hello", "Hello"), "test-carla"));

        assertThat(problems).extracting(Problem::messageKey).containsOnly(TemplateRefused.UNKNOWN_PLACEHOLDER);
        assertThat(templates.find(TemplateRules.slug(name))).isEmpty();
    }

    @Test
    void the_editor_lists_placeholders_per_channel() {
        assertThat(TemplateRules.placeholders(TemplatePurpose.WAITING_LIST_OFFER, ChannelType.SMS))
                .containsExactly("name", "accept_by", "forum", "link");
        assertThat(TemplateRules.placeholders(TemplatePurpose.WAITING_LIST_OFFER, ChannelType.EMAIL))
                .containsExactly("name", "accept_by", "forum", "link", "stop_link");
    }
}
