package london.victimvoice.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

/** Who may manage which forum, on every database we run on; subclasses pick the database. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
abstract class ForumStewardsContract {

    private static final ForumManager ALEX = new ForumManager("alex", false);
    private static final ForumManager NOBODY = new ForumManager("nobody", false);
    private static final ForumManager ADMIN = new ForumManager("admin", true);

    @Autowired
    Forums forums;

    @Autowired
    ForumCoordinators coordinators;

    ForumStewards stewards;

    @BeforeEach
    void setUp() {
        stewards = new ForumStewards(forums, coordinators);
    }

    @Test
    void a_coordinator_manages_only_the_forums_assigned_to_them_in_the_order_people_see_them() {
        stewards.assign("lgbtq", "alex");
        stewards.assign("open", "alex");

        assertThat(stewards.managedBy(ALEX)).containsExactly("open", "lgbtq");
        assertThat(stewards.mayManage(ALEX, "open")).isTrue();
        assertThat(stewards.mayManage(ALEX, "disabilities")).isFalse();
        assertThat(stewards.coordinatorsOf("open")).containsExactly("alex");
    }

    @Test
    void a_coordinator_of_nothing_manages_nothing_and_is_refused() {
        stewards.assign("open", "alex");

        assertThat(stewards.managedBy(NOBODY)).isEmpty();
        assertThatThrownBy(() -> stewards.require(NOBODY, "open")).isInstanceOf(ForumAccessRefused.class);
    }

    @Test
    void an_admin_manages_every_forum_but_not_one_that_does_not_exist() {
        assertThat(stewards.managedBy(ADMIN)).hasSize(6).startsWith("open");
        assertThat(stewards.mayManage(ADMIN, "parents-guardians")).isTrue();
        assertThatThrownBy(() -> stewards.require(ADMIN, "no-such-forum")).isInstanceOf(ForumAccessRefused.class);
    }

    @Test
    void assigning_twice_changes_nothing_and_unassigning_takes_the_forum_away() {
        stewards.assign("open", "alex");
        stewards.assign("open", "alex");
        assertThat(coordinators.count()).isEqualTo(1);

        stewards.unassign("open", "alex");

        assertThat(stewards.mayManage(ALEX, "open")).isFalse();
        assertThatThrownBy(() -> stewards.assign("no-such-forum", "alex"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
