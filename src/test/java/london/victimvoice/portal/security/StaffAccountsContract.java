package london.victimvoice.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;

/** What {@link StaffAccounts} must do on every database we run on; subclasses pick the database. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
abstract class StaffAccountsContract {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    TestEntityManager entities;

    @Test
    void a_saved_account_is_found_by_its_username() {
        accounts.save(new StaffAccount("asha.k", "Asha K", "{bcrypt}hash", Set.of(Roles.COORDINATOR, Roles.ADMIN)));
        entities.flush();
        entities.clear();

        var found = accounts.findByUsername("asha.k").orElseThrow();

        assertThat(found.id()).isNotNull();
        assertThat(found.displayName()).isEqualTo("Asha K");
        assertThat(found.passwordHash()).isEqualTo("{bcrypt}hash");
        assertThat(found.enabled()).isTrue();
        assertThat(found.roles()).containsExactlyInAnyOrder(Roles.COORDINATOR, Roles.ADMIN);
    }

    @Test
    void an_unknown_username_finds_nothing() {
        assertThat(accounts.findByUsername("nobody")).isEmpty();
    }

    @Test
    void two_accounts_cannot_share_a_username() {
        accounts.saveAndFlush(new StaffAccount("sam", "Sam One", "{bcrypt}a", Set.of(Roles.SUPPORT)));

        assertThatThrownBy(() -> accounts.saveAndFlush(
                new StaffAccount("sam", "Sam Two", "{bcrypt}b", Set.of(Roles.PARTNER))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void names_in_any_script_and_with_emoji_are_stored_exactly() {
        var name = "Zoë Ōkafor 李娜 محمد 🌈";
        accounts.saveAndFlush(new StaffAccount("zoe", name, "{bcrypt}z", Set.of(Roles.SUPPORT)));
        entities.clear();

        assertThat(accounts.findByUsername("zoe").orElseThrow().displayName()).isEqualTo(name);
    }
}
