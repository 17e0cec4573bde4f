package london.victimvoice.portal.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import london.victimvoice.portal.messaging.ChannelType;
import london.victimvoice.portal.messaging.devoutbox.DevOutbox;

/**
 * What the participants module offers other modules (members, safe notices, the access audit,
 * sealed text), on every database we run on; subclasses pick the database.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class SharedServicesContract {

    @Autowired
    SignUps signUps;

    @Autowired
    Approvals approvals;

    @Autowired
    ForumMembers members;

    @Autowired
    ParticipantNotices notices;

    @Autowired
    StaffAccessLog accessLog;

    @Autowired
    SealedText sealedText;

    @Autowired
    DevOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    record Person(UUID id, String phone, String email) {
    }

    Person signUp(String name, boolean discreet, Set<ChannelType> safe, String... forums) {
        // Only the 1,000 example mobiles pass outside production; another test may hold this one.
        for (var attempt = 0; ; attempt++) {
            var n = ThreadLocalRandom.current().nextInt(1_000_000);
            var phone = "+447700900" + String.format("%03d", n % 1_000);
            var email = "shared" + n + "@example.org";
            try {
                var id = signUps.submit(new NewRegistration(name, null, phone, email, ChannelType.SMS, phone, null,
                        null, Set.of(forums), new ContactSafety(safe, EnumSet.allOf(DayOfWeek.class),
                                EnumSet.allOf(TimeOfDay.class), discreet, "", "", Set.of(), ""),
                        null, PrivacyNotice.CURRENT_VERSION, true)).participantId();
                return new Person(id, phone, email);
            } catch (SignUpRefused taken) {
                if (attempt == 50) {
                    throw taken;
                }
            }
        }
    }

    @Test
    void members_are_the_approved_only_in_order_of_name() {
        var forum = "women-and-girls";
        var before = members.count(forum);
        var zoe = signUp("Zoe", true, Set.of(ChannelType.SMS), forum);
        var amy = signUp("amy", true, Set.of(ChannelType.SMS), forum, "open");
        var waiting = signUp("Bea", true, Set.of(ChannelType.SMS), forum);
        approvals.approve(zoe.id(), "approver-ann");
        approvals.approve(amy.id(), "approver-ann");

        var names = members.of(forum).stream().filter(m -> Set.of(zoe.id(), amy.id(), waiting.id())
                .contains(m.participantId())).map(ForumMember::chosenName).toList();

        assertThat(names).containsExactly("amy", "Zoe");
        assertThat(members.count(forum)).isEqualTo(before + 2);
        assertThat(members.forumsOf(amy.id())).containsExactly("open", "women-and-girls");
        assertThat(members.isMember(waiting.id(), forum)).as("still waiting for approval").isFalse();
    }

    @Test
    void a_notice_goes_to_a_safe_channel_in_discreet_words_unless_they_turned_those_off() {
        var discreet = signUp("Dee", true, Set.of(ChannelType.SMS), "open");
        var plain = signUp("Pat", false, Set.of(ChannelType.SMS), "open");

        assertThat(notices.tell(discreet.id(), "approval-approved", Map.of())).isTrue();
        assertThat(notices.tell(plain.id(), "approval-approved", Map.of())).isTrue();

        assertThat(lastTo(discreet.phone())).startsWith("Good news").doesNotContain("Victim");
        assertThat(lastTo(plain.phone())).startsWith("Victim Voice Forums");
        assertThat(notices.discreet(discreet.id())).isTrue();
        assertThat(notices.discreet(plain.id())).isFalse();
        assertThat(notices.discreet(UUID.randomUUID())).as("unknown: the safe default").isTrue();
    }

    @Test
    void no_notice_when_no_contact_is_on_a_safe_channel() {
        var person = signUp("Em", true, Set.of(ChannelType.SMS), "open");
        jdbc.update("DELETE FROM participant_contact WHERE participant_id = ? AND channel = 'SMS'",
                person.id().toString());
        var sent = outbox.latest(10_000).size();

        assertThat(notices.tell(person.id(), "approval-approved", Map.of())).isFalse();
        assertThat(notices.tell(UUID.randomUUID(), "approval-approved", Map.of())).isFalse();
        assertThat(outbox.latest(10_000)).hasSize(sent);
    }

    @Test
    void a_look_at_a_support_request_is_added_to_the_access_audit() {
        var person = signUp("Al", true, Set.of(ChannelType.SMS), "open");

        accessLog.viewedSupportRequest("support-sam", person.id());

        assertThat(jdbc.queryForObject("SELECT staff_username FROM staff_access_audit WHERE participant_id = ?"
                + " AND action = 'VIEWED_SUPPORT_REQUEST'", String.class, person.id().toString())).isEqualTo("support-sam");
    }

    @Test
    void sealed_text_opens_only_in_its_own_column_and_row() {
        var row = UUID.randomUUID();

        var sealed = sealedText.seal("Needs a quiet room", "test.note", row);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("quiet");
        assertThat(sealedText.open(sealed, "test.note", row)).isEqualTo("Needs a quiet room");
        assertThat(sealedText.seal("", "test.note", row)).isNull();
        assertThat(sealedText.open(null, "test.note", row)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sealedText.open(sealed, "test.note", UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }

    private String lastTo(String phone) {
        return outbox.latest(10_000).stream().filter(m -> m.recipient().equals(phone)).findFirst().orElseThrow().body();
    }
}
