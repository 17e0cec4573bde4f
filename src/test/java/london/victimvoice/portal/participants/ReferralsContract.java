package london.victimvoice.portal.participants;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.SessionFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.messaging.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What referral codes must do on every database we run on; subclasses pick the database. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
abstract class ReferralsContract {

    @Autowired
    Referrals referrals;

    @Autowired
    SignUps signUps;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    void a_new_code_is_stored_in_capitals_and_resolves_while_active() {
        var created = referrals.create(" vs-lambeth ", "Lambeth Victim Support", ReferralKind.VICTIM_SERVICE_PROVIDER,
                "admin");

        assertThat(created.code()).isEqualTo("VS-LAMBETH");
        assertThat(created.joinPath()).isEqualTo("join?ref=VS-LAMBETH");
        assertThat(referrals.activeSource("vs-lambeth")).contains(created);
        assertThat(referrals.all()).extracting(r -> r.referral().code()).contains("VS-LAMBETH");
    }

    @Test
    void a_turned_off_code_no_longer_resolves_and_can_be_turned_on_again() {
        referrals.create("WCU-NORTH", "Witness Care North", ReferralKind.WITNESS_CARE_UNIT, "admin");

        referrals.setActive("WCU-NORTH", false);
        assertThat(referrals.activeSource("WCU-NORTH")).isEmpty();

        referrals.setActive("wcu-north", true);
        assertThat(referrals.activeSource("WCU-NORTH")).isPresent();
    }

    @Test
    void the_same_code_cannot_be_added_twice() {
        referrals.create("IVC", "Victims’ Commissioner", ReferralKind.VICTIMS_COMMISSIONER, "admin");

        assertThatThrownBy(() -> referrals.create("ivc", "Someone else", ReferralKind.OTHER, "admin"))
                .isInstanceOf(ReferralRefused.class).hasMessage("referral.error.codeTaken");
        assertThat(referrals.activeSource("IVC").orElseThrow().partnerName()).isEqualTo("Victims’ Commissioner");
    }

    @Test
    void bad_codes_and_names_are_refused_with_a_reason_and_change_nothing() {
        var before = referrals.all().size();

        assertRefused("", "Partner", "referral.error.codeMissing");
        assertRefused("A", "Partner", "referral.error.codeFormat");
        assertRefused("has space", "Partner", "referral.error.codeFormat");
        assertRefused("<script>", "Partner", "referral.error.codeFormat");
        assertRefused("X".repeat(41), "Partner", "referral.error.codeFormat");
        assertRefused("-DASH", "Partner", "referral.error.codeFormat");
        assertRefused("GOOD", "  ", "referral.error.partnerMissing");
        assertRefused("GOOD", "p".repeat(121), "referral.error.partnerTooLong");

        assertThat(referrals.all()).hasSize(before);
    }

    @Test
    void partner_names_in_any_script_are_kept_as_typed() {
        var name = "Zoë’s Centre 李娜 محمد 🌈 <b>'; DROP TABLE x;--";
        referrals.create("ANY-SCRIPT", name, ReferralKind.OTHER, "admin");

        assertThat(referrals.activeSource("ANY-SCRIPT").orElseThrow().partnerName()).isEqualTo(name);
    }

    @Test
    void each_code_is_listed_with_the_sign_ups_it_brought_in_one_query() {
        referrals.create("COUNT-TWO", "Two sign-ups", ReferralKind.VICTIM_SERVICE_PROVIDER, "admin");
        referrals.create("COUNT-ONE", "One sign-up", ReferralKind.WITNESS_CARE_UNIT, "admin");
        referrals.create("COUNT-NONE", "No sign-ups", ReferralKind.OTHER, "admin");
        signUpWith("count-two");
        signUpWith("COUNT-TWO");
        signUpWith("COUNT-ONE");
        signUpWith(null);
        referrals.setActive("COUNT-ONE", false);
        entityManager.flush();
        entityManager.clear();

        var statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        List<ReferralWithSignUps> all;
        long statements;
        try {
            all = referrals.all();
            statements = statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(statements).as("SQL statements to list the codes").isEqualTo(1);
        assertThat(all).filteredOn(r -> r.referral().code().startsWith("COUNT-"))
                .extracting(r -> r.referral().code(), ReferralWithSignUps::signUps)
                .containsExactly(tuple("COUNT-NONE", 0L),
                        tuple("COUNT-ONE", 1L),
                        tuple("COUNT-TWO", 2L));
        assertThat(all.stream().filter(r -> r.referral().code().equals("COUNT-ONE")).findFirst().orElseThrow()
                .referral().active()).as("a turned-off code keeps its sign-ups").isFalse();
    }

    @Test
    void unknown_or_malformed_ref_values_are_ignored() {
        assertThat(referrals.activeSource("NOPE")).isEmpty();
        assertThat(referrals.activeSource("' OR 1=1 --")).isEmpty();
        assertThat(referrals.activeSource(null)).isEmpty();
    }

    private void assertRefused(String code, String partner, String key) {
        assertThatThrownBy(() -> referrals.create(code, partner, ReferralKind.OTHER, "admin"))
                .isInstanceOf(ReferralRefused.class).hasMessage(key);
    }

    /** A finished sign-up through a partner's link with {@code code}, or with none. */
    private void signUpWith(@Nullable String code) {
        var email = "referred." + UUID.randomUUID() + "@example.org";
        signUps.submit(new NewRegistration("Referred", null, null, email, ChannelType.EMAIL, email, code, null,
                Set.of("open"), new ContactSafety(EnumSet.of(ChannelType.EMAIL), EnumSet.allOf(DayOfWeek.class),
                        EnumSet.allOf(TimeOfDay.class), true, "", "", Set.of(), ""),
                EqualityAnswers.skipped(), 1, true));
    }
}
