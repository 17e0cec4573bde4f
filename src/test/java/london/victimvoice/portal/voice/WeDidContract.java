package london.victimvoice.portal.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.forums.ForumManager;
import london.victimvoice.portal.forums.ForumStewards;
import london.victimvoice.portal.participants.Approvals;
import london.victimvoice.portal.participants.SignUps;
import london.victimvoice.portal.support.MutableClock;
import london.victimvoice.portal.support.TestPeople;
import london.victimvoice.portal.voice.WeDidRefused.Problem;

/**
 * "You said, we did" on every database we run on: every bad entry refused with each problem named
 * and nothing saved, coordinators kept to their forums, only signed-off insight linked, a story
 * that is only ever added to, a change over an older version refused, and a new status told only
 * to members of the entry's forums who asked to hear. The outbox does not send here, so its rows
 * are what was queued.
 */
@SpringBootTest(properties = "portal.messaging.outbox.dispatch=off")
@ActiveProfiles("test")
@Import(WeDidContract.Config.class)
abstract class WeDidContract {

    /** Monday 1 March 2032, 11am in London: inside everyone's safe times and outside quiet hours. */
    static final Instant NOW = Instant.parse("2032-03-01T11:00:00Z");
    static final String OPEN = "open";
    static final String LGBTQ = "lgbtq";
    static final ForumManager CORA = new ForumManager("cora", false);
    static final ForumManager APPROVER = new ForumManager("approver-amy", true);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    WeDid weDid;

    @Autowired
    VoiceSubscriptions subscriptions;

    @Autowired
    ForumStewards stewards;

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TestPeople people;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        stewards.assign(LGBTQ, "cora");
        jdbc.update("UPDATE forum SET capacity = 1000");
        jdbc.update("DELETE FROM voice_action_update");
        jdbc.update("DELETE FROM voice_action_insight");
        jdbc.update("DELETE FROM voice_action_forum");
        jdbc.update("DELETE FROM voice_action");
        jdbc.update("DELETE FROM outbox_message WHERE template_id = 'we-did-changed'");
        people = new TestPeople(signUps, approvals);
    }

    /** The application context is shared with tests that count forums' coordinators. */
    @AfterEach
    void leaveForumsAsFound() {
        stewards.unassign(LGBTQ, "cora");
        jdbc.update("UPDATE forum SET capacity = 12");
    }

    static NewWeDid entry(Set<String> forums) {
        return new NewWeDid("People said the letters after a report are hard to follow.",
                "Rewrite the letters with the forum and test them with members.", ActionOwner.MPS,
                ActionStatus.PLANNED, null, LocalDate.of(2032, 6, 30), forums, Set.of());
    }

    static NewWeDid with(NewWeDid e, ActionStatus status, @Nullable String reason) {
        return new NewWeDid(e.said(), e.willDo(), e.owner(), status, reason, e.dueOn(), e.forumCodes(), e.insightIds());
    }

    static NewWeDid withText(NewWeDid e, String said, String willDo) {
        return new NewWeDid(said, willDo, e.owner(), e.status(), e.statusReason(), e.dueOn(), e.forumCodes(),
                e.insightIds());
    }

    static NewWeDid withInsights(NewWeDid e, Set<UUID> insights) {
        return new NewWeDid(e.said(), e.willDo(), e.owner(), e.status(), e.statusReason(), e.dueOn(), e.forumCodes(),
                insights);
    }

    /** A question of the open forum in the given moderation state, with one insight; made with plain rows. */
    UUID insight(String moderation) {
        var question = UUID.randomUUID();
        var at = Timestamp.from(NOW.minus(Duration.ofDays(30)));
        jdbc.update("INSERT INTO voice_question (id, title, prompt, guidance, opens_at, closes_at, created_by,"
                + " created_at, moderation, signed_off_by, signed_off_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                question.toString(), "Letters after a report", "What did you think of the letters?",
                "Do not include names.", at, Timestamp.from(NOW.minus(Duration.ofDays(10))), "cora", at, moderation,
                moderation.equals("signed-off") ? "abe" : null, moderation.equals("signed-off") ? at : null);
        jdbc.update("INSERT INTO voice_question_forum (question_id, forum_code) VALUES (?, ?)", question.toString(),
                OPEN);
        var insight = UUID.randomUUID();
        jdbc.update("INSERT INTO voice_insight (id, question_id, title, summary, theme, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", insight.toString(), question.toString(), "Letters are hard",
                "Most people found the letters hard to follow.", "communication", "mod-mo", at);
        return insight;
    }

    static List<Problem> refusal(Callable<?> action) {
        var refused = catchThrowableOfType(WeDidRefused.class, action::call);
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    static List<String> fieldsAndKeys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    void nothingSaved() {
        assertThat(rows("voice_action")).isZero();
        assertThat(rows("voice_action_forum")).isZero();
        assertThat(rows("voice_action_insight")).isZero();
        assertThat(rows("voice_action_update")).isZero();
    }

    record Queued(UUID participant, String status, String body, String dedupeKey) {
    }

    List<Queued> notices() {
        return jdbc.query("SELECT participant_id, status, body, dedupe_key FROM outbox_message"
                + " WHERE template_id = 'we-did-changed' ORDER BY created_at, dedupe_key",
                (rs, n) -> new Queued(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
    }

    @Test
    void a_new_entry_is_saved_with_its_first_status_as_the_start_of_its_story() {
        var insight = insight("signed-off");
        var id = weDid.create(CORA, withInsights(entry(Set.of(LGBTQ)), Set.of(insight)));

        var found = weDid.find(id).orElseThrow();
        var entry = found.entry();
        assertThat(entry.said()).isEqualTo("People said the letters after a report are hard to follow.");
        assertThat(entry.willDo()).startsWith("Rewrite the letters");
        assertThat(entry.owner()).isEqualTo(ActionOwner.MPS);
        assertThat(entry.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(entry.statusReason()).isNull();
        assertThat(entry.dueOn()).isEqualTo(LocalDate.of(2032, 6, 30));
        assertThat(entry.forumCodes()).containsExactly(LGBTQ);
        assertThat(entry.insightIds()).containsExactly(insight);
        assertThat(entry.updatedAt()).isEqualTo(NOW);
        assertThat(found.version()).isZero();
        assertThat(found.createdBy()).isEqualTo("cora");
        assertThat(found.history()).containsExactly(new WeDidUpdate(ActionStatus.PLANNED, null, "cora", NOW));
        assertThat(notices()).as("nothing has changed yet, so nobody is told").isEmpty();
    }

    @Test
    void an_empty_entry_is_refused_with_every_problem_named_at_its_field_and_nothing_is_saved() {
        var problems = refusal(() -> weDid.create(CORA, new NewWeDid("  ", "", null, null, null, null, Set.of(),
                Set.of())));

        assertThat(fieldsAndKeys(problems)).containsExactly("said:voice.weDid.error.saidEmpty",
                "willDo:voice.weDid.error.willDoEmpty", "owner:voice.weDid.error.owner",
                "status:voice.weDid.error.status", "forums:voice.weDid.error.forumsNone");
        nothingSaved();
    }

    @Test
    void text_over_2000_characters_or_with_markup_is_refused() {
        var longest = "s".repeat(2000);
        var allowed = weDid.create(CORA, withText(entry(Set.of(LGBTQ)), longest, "x".repeat(2000)));
        assertThat(weDid.find(allowed).orElseThrow().entry().said()).isEqualTo(longest);
        jdbc.update("DELETE FROM voice_action_update");
        jdbc.update("DELETE FROM voice_action_forum");
        jdbc.update("DELETE FROM voice_action");
        // Characters as people count them: 2,001 emoji are 2,001, not the 4,002 UTF-16 units Java counts.
        var emoji = refusal(() -> weDid.create(CORA, withText(entry(Set.of(LGBTQ)), "🙂".repeat(2001), "fine")));
        assertThat(emoji.getFirst().args()).containsExactly(2000, 2001);

        var tooLong = refusal(() -> weDid.create(CORA, withText(entry(Set.of(LGBTQ)), "s".repeat(10_000),
                "w".repeat(2001))));
        assertThat(fieldsAndKeys(tooLong)).containsExactly("said:voice.weDid.error.saidTooLong",
                "willDo:voice.weDid.error.willDoTooLong");
        assertThat(tooLong.getFirst().args()).containsExactly(2000, 10_000);

        var markup = refusal(() -> weDid.create(CORA, withText(entry(Set.of(LGBTQ)),
                "<script>alert('said')</script>", "We will <b>act</b>")));
        assertThat(fieldsAndKeys(markup)).containsExactly("said:voice.weDid.error.saidMarkup",
                "willDo:voice.weDid.error.willDoMarkup");
        nothingSaved();

        var comparison = weDid.create(CORA, withText(entry(Set.of(LGBTQ)), "Waits of 5 < 7 days", "Keep it so"));
        assertThat(weDid.find(comparison).orElseThrow().entry().said()).isEqualTo("Waits of 5 < 7 days");
    }

    @Test
    void not_possible_needs_a_reason_which_is_kept_only_while_it_is_not_possible() {
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, with(entry(Set.of(LGBTQ)),
                ActionStatus.NOT_POSSIBLE, null))))).containsExactly("reason:voice.weDid.error.reasonEmpty");
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, with(entry(Set.of(LGBTQ)),
                ActionStatus.NOT_POSSIBLE, "   "))))).containsExactly("reason:voice.weDid.error.reasonEmpty");
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, with(entry(Set.of(LGBTQ)),
                ActionStatus.NOT_POSSIBLE, "r".repeat(2001)))))).containsExactly("reason:voice.weDid.error.reasonTooLong");
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, with(entry(Set.of(LGBTQ)),
                ActionStatus.NOT_POSSIBLE, "<img src=x onerror=alert(1)>"))))).containsExactly(
                "reason:voice.weDid.error.reasonMarkup");
        nothingSaved();

        var id = weDid.create(CORA, with(entry(Set.of(LGBTQ)), ActionStatus.NOT_POSSIBLE,
                " The law says letters must have this wording. "));
        assertThat(weDid.find(id).orElseThrow().entry().statusReason())
                .isEqualTo("The law says letters must have this wording.");

        var changed = weDid.change(CORA, id, 0, with(entry(Set.of(LGBTQ)), ActionStatus.IN_PROGRESS,
                "left over from before"), null);
        assertThat(changed.entry().statusReason()).isNull();
    }

    @Test
    void a_due_date_far_in_the_past_or_future_is_refused() {
        var e = entry(Set.of(LGBTQ));
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, new NewWeDid(e.said(), e.willDo(), e.owner(),
                e.status(), null, LocalDate.of(1999, 12, 31), e.forumCodes(), Set.of())))))
                .containsExactly("dueOn:voice.weDid.error.dueRange");
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, new NewWeDid(e.said(), e.willDo(), e.owner(),
                e.status(), null, LocalDate.of(2101, 1, 1), e.forumCodes(), Set.of())))))
                .containsExactly("dueOn:voice.weDid.error.dueRange");
        nothingSaved();
        var none = weDid.create(CORA, new NewWeDid(e.said(), e.willDo(), e.owner(), e.status(), null, null,
                e.forumCodes(), Set.of()));
        assertThat(weDid.find(none).orElseThrow().entry().dueOn()).isNull();
    }

    @Test
    void a_coordinator_writes_only_for_the_forums_they_look_after_and_approvers_for_any() {
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, entry(Set.of(OPEN))))))
                .containsExactly("forums:voice.weDid.error.forumsNotYours");
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, entry(Set.of(LGBTQ, OPEN))))))
                .containsExactly("forums:voice.weDid.error.forumsNotYours");
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(new ForumManager("nobody", false), entry(Set.of(LGBTQ))))))
                .containsExactly("forums:voice.weDid.error.forumsNotYours");
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(APPROVER, entry(Set.of("no-such-forum"))))))
                .containsExactly("forums:voice.weDid.error.forumsNotYours");
        nothingSaved();

        var both = weDid.create(APPROVER, entry(Set.of(LGBTQ, OPEN)));
        assertThat(weDid.find(both).orElseThrow().entry().forumCodes()).containsExactly(LGBTQ, OPEN);
        assertThat(weDid.forumsFor(CORA)).containsExactly(LGBTQ);
        assertThat(weDid.forumsFor(APPROVER)).hasSize(6);

        // An entry that is also another forum's is not only theirs to change.
        assertThat(weDid.mayEdit(CORA, both)).isFalse();
        assertThat(fieldsAndKeys(refusal(() -> weDid.change(CORA, both, 0, with(entry(Set.of(LGBTQ, OPEN)),
                ActionStatus.DONE, null), null)))).containsExactly(":voice.weDid.error.notYours");
        var mine = weDid.create(CORA, entry(Set.of(LGBTQ)));
        assertThat(weDid.mayEdit(CORA, mine)).isTrue();
        assertThat(weDid.mayEdit(APPROVER, mine)).isTrue();
        assertThat(weDid.mayEdit(new ForumManager("partner-pat", false), mine)).isFalse();
        // Nor may a coordinator move their entry into a forum they do not look after.
        assertThat(fieldsAndKeys(refusal(() -> weDid.change(CORA, mine, 0, entry(Set.of(LGBTQ, OPEN)), null))))
                .containsExactly("forums:voice.weDid.error.forumsNotYours");
        assertThat(weDid.find(mine).orElseThrow().entry().forumCodes()).containsExactly(LGBTQ);
        assertThat(weDid.find(both).orElseThrow().entry().status()).isEqualTo(ActionStatus.PLANNED);
    }

    @Test
    void only_signed_off_insight_can_be_linked() {
        var signedOff = insight("signed-off");
        for (var state : List.of("open", "submitted", "returned")) {
            var notYet = insight(state);
            assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, withInsights(entry(Set.of(LGBTQ)),
                    Set.of(signedOff, notYet)))))).as(state).containsExactly("insights:voice.weDid.error.insightsNotSignedOff");
        }
        assertThat(fieldsAndKeys(refusal(() -> weDid.create(CORA, withInsights(entry(Set.of(LGBTQ)),
                Set.of(UUID.randomUUID())))))).containsExactly("insights:voice.weDid.error.insightsNotSignedOff");
        nothingSaved();

        assertThat(weDid.linkableInsights()).extracting(LinkableInsight::id).containsExactly(signedOff);
        var id = weDid.create(CORA, withInsights(entry(Set.of(LGBTQ)), Set.of(signedOff)));
        var notYet = insight("submitted");
        assertThat(fieldsAndKeys(refusal(() -> weDid.change(CORA, id, 0, withInsights(entry(Set.of(LGBTQ)),
                Set.of(signedOff, notYet)), null)))).containsExactly("insights:voice.weDid.error.insightsNotSignedOff");
        assertThat(weDid.find(id).orElseThrow().entry().insightIds()).containsExactly(signedOff);
    }

    @Test
    void each_new_status_is_added_to_the_story_and_earlier_steps_never_change() {
        var id = weDid.create(CORA, entry(Set.of(LGBTQ)));
        clock.advance(Duration.ofDays(1));
        weDid.change(APPROVER, id, 0, with(entry(Set.of(LGBTQ)), ActionStatus.IN_PROGRESS, null), "  Drafts are with the team.  ");
        var afterOne = weDid.find(id).orElseThrow().history();

        clock.advance(Duration.ofDays(1));
        // Only the words change: no new step.
        weDid.change(CORA, id, 1, withText(with(entry(Set.of(LGBTQ)), ActionStatus.IN_PROGRESS, null),
                "People said the letters are hard to follow.", "Rewrite the letters."), "ignored without a new status");
        assertThat(weDid.find(id).orElseThrow().history()).isEqualTo(afterOne);

        clock.advance(Duration.ofDays(1));
        var done = weDid.change(CORA, id, 2, with(entry(Set.of(LGBTQ)), ActionStatus.DONE, null), "");

        assertThat(done.version()).isEqualTo(3);
        assertThat(done.entry().updatedAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(done.history()).startsWith(afterOne.toArray(WeDidUpdate[]::new));
        assertThat(done.history()).containsExactly(
                new WeDidUpdate(ActionStatus.PLANNED, null, "cora", NOW),
                new WeDidUpdate(ActionStatus.IN_PROGRESS, "Drafts are with the team.", "approver-amy",
                        NOW.plus(Duration.ofDays(1))),
                new WeDidUpdate(ActionStatus.DONE, null, "cora", NOW.plus(Duration.ofDays(3))));

        // Two changes in the same instant still keep their order.
        weDid.change(CORA, id, 3, with(entry(Set.of(LGBTQ)), ActionStatus.IN_PROGRESS, null), "Reopened");
        weDid.change(CORA, id, 4, with(entry(Set.of(LGBTQ)), ActionStatus.DONE, null), "Done again");
        assertThat(weDid.find(id).orElseThrow().history()).extracting(WeDidUpdate::note).endsWith("Reopened",
                "Done again");
    }

    @Test
    void a_note_too_long_or_with_markup_is_refused_and_nothing_changes() {
        var id = weDid.create(CORA, entry(Set.of(LGBTQ)));
        assertThat(fieldsAndKeys(refusal(() -> weDid.change(CORA, id, 0, with(entry(Set.of(LGBTQ)),
                ActionStatus.DONE, null), "n".repeat(2001))))).containsExactly("note:voice.weDid.error.noteTooLong");
        assertThat(fieldsAndKeys(refusal(() -> weDid.change(CORA, id, 0, with(entry(Set.of(LGBTQ)),
                ActionStatus.DONE, null), "<script>x</script>")))).containsExactly("note:voice.weDid.error.noteMarkup");
        var found = weDid.find(id).orElseThrow();
        assertThat(found.version()).isZero();
        assertThat(found.entry().status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(found.history()).hasSize(1);
    }

    @Test
    void a_change_over_an_older_version_is_refused_and_changes_nothing() {
        var id = weDid.create(CORA, entry(Set.of(LGBTQ)));
        var first = weDid.change(APPROVER, id, 0, withText(with(entry(Set.of(LGBTQ)), ActionStatus.IN_PROGRESS, null),
                "First said", "First will do"), "first");

        var second = refusal(() -> weDid.change(CORA, id, 0, withText(with(entry(Set.of(LGBTQ)), ActionStatus.DONE,
                null), "Second said", "Second will do"), "second"));

        assertThat(fieldsAndKeys(second)).containsExactly(":" + WeDid.STALE_KEY);
        var found = weDid.find(id).orElseThrow();
        assertThat(found).isEqualTo(first);
        assertThat(found.entry().said()).isEqualTo("First said");
        assertThat(found.entry().status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(found.history()).hasSize(2);
        assertThat(refusal(() -> weDid.change(CORA, UUID.randomUUID(), 0, entry(Set.of(LGBTQ)), null)))
                .extracting(Problem::messageKey).containsExactly("voice.weDid.error.notFound");
    }

    @Test
    void a_new_status_is_told_once_to_each_member_of_the_entrys_forums_who_asked_and_to_nobody_else() {
        var asked = people.approved(false, OPEN);
        var askedDiscreet = people.approved(true, OPEN, LGBTQ);
        var didNotAsk = people.approved(false, OPEN);
        var askedOtherForum = people.approved(false, "women-and-girls");
        var askedNotYetMember = people.signUp(false, OPEN);
        for (var person : List.of(asked, askedDiscreet, askedOtherForum, askedNotYetMember)) {
            subscriptions.choose(person.id(), Set.of(SubscriptionKind.WE_DID_UPDATES));
        }
        subscriptions.choose(didNotAsk.id(), Set.of(SubscriptionKind.CONSULTATIONS));

        var id = weDid.create(APPROVER, entry(Set.of(OPEN, LGBTQ)));
        assertThat(notices()).isEmpty();
        weDid.change(APPROVER, id, 0, withText(entry(Set.of(OPEN, LGBTQ)), "Only the words", "change"), null);
        assertThat(notices()).as("no new status, nobody told").isEmpty();

        var changed = weDid.change(APPROVER, id, 1, with(entry(Set.of(OPEN, LGBTQ)), ActionStatus.IN_PROGRESS, null),
                "Started");

        var told = notices();
        assertThat(told).extracting(Queued::participant).containsExactlyInAnyOrder(asked.id(), askedDiscreet.id());
        assertThat(told).extracting(Queued::status).containsOnly("created");
        var plain = told.stream().filter(q -> q.participant().equals(asked.id())).findFirst().orElseThrow();
        assertThat(plain.body()).contains("now \"in progress\"", "http://localhost:8080/voice/we-did");
        var discreet = told.stream().filter(q -> q.participant().equals(askedDiscreet.id())).findFirst().orElseThrow();
        assertThat(discreet.body()).contains("\"in progress\"").doesNotContain("Victim Voice", "http");
        var update = jdbc.queryForObject("SELECT id FROM voice_action_update WHERE action_id = ? AND status = ?",
                String.class, id.toString(), "in-progress");
        assertThat(plain.dedupeKey()).isEqualTo("we-did:" + id + ":" + update + ":" + asked.id());
        assertThat(changed.history()).hasSize(2);

        weDid.change(APPROVER, id, 2, with(entry(Set.of(OPEN, LGBTQ)), ActionStatus.NOT_POSSIBLE,
                "The budget was withdrawn."), null);
        assertThat(notices()).hasSize(4);
        assertThat(notices().stream().filter(q -> q.participant().equals(asked.id())).map(Queued::body).toList())
                .anySatisfy(body -> assertThat(body).contains("now \"not possible\""));
    }

    @Test
    void members_read_their_forums_entries_receipt_holders_the_linked_ones_and_partners_all() {
        var letters = insight("signed-off");
        var waits = insight("signed-off");
        var forOpen = weDid.create(APPROVER, withInsights(entry(Set.of(OPEN)), Set.of(letters)));
        clock.advance(Duration.ofMinutes(1));
        var forLgbtq = weDid.create(CORA, withInsights(entry(Set.of(LGBTQ)), Set.of(waits)));
        clock.advance(Duration.ofMinutes(1));
        var forBoth = weDid.create(APPROVER, withInsights(entry(Set.of(OPEN, LGBTQ)), Set.of(letters, waits)));
        clock.advance(Duration.ofMinutes(1));
        var unlinked = weDid.create(APPROVER, entry(Set.of("women-and-girls")));

        assertThat(weDid.all()).extracting(WeDidEntry::id).containsExactly(unlinked, forBoth, forLgbtq, forOpen);
        assertThat(weDid.forForums(Set.of(OPEN))).extracting(WeDidEntry::id).containsExactly(forBoth, forOpen);
        assertThat(weDid.forForums(Set.of())).isEmpty();
        assertThat(weDid.linkedTo(Set.of(letters))).extracting(WeDidEntry::id).containsExactly(forBoth, forOpen);
        assertThat(weDid.linkedTo(Set.of(waits))).extracting(WeDidEntry::id).containsExactly(forBoth, forLgbtq);
        assertThat(weDid.linkedTo(Set.of(UUID.randomUUID()))).isEmpty();
        assertThat(weDid.linkedTo(Set.of())).isEmpty();

        var member = people.approved(false, LGBTQ);
        assertThat(weDid.trackerFor(member.id())).extracting(d -> d.entry().id()).containsExactly(forBoth, forLgbtq);
        assertThat(weDid.trackerFor(member.id()).getFirst().history()).hasSize(1);
        var waiting = people.signUp(false, LGBTQ);
        assertThat(weDid.trackerFor(waiting.id())).as("not a member yet").isEmpty();
        assertThat(weDid.trackerFor(UUID.randomUUID())).isEmpty();
    }
}
