package london.victimvoice.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

/** What {@link Forums} must do on every database we run on; subclasses pick the database. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
abstract class ForumsContract {

    @Autowired
    Forums forums;

    @Test
    void the_six_forums_are_seeded_in_the_order_people_see_them() {
        var all = forums.findAllByOrderBySortOrderAsc();

        assertThat(all).extracting(Forum::code).containsExactly(
                "open", "black-communities", "women-and-girls", "disabilities", "lgbtq", "parents-guardians");
        assertThat(all).extracting(Forum::sortOrder).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(all).allSatisfy(forum -> {
            assertThat(forum.capacity()).isEqualTo(Forum.DEFAULT_CAPACITY);
            assertThat(forum.acceptingMembers()).isTrue();
        });
    }

    @Test
    void the_directory_gives_each_forum_its_capacity_and_whether_it_takes_members() {
        var directory = new ForumDirectory(forums);

        assertThat(directory.all()).first().isEqualTo(new ForumSummary("open", Forum.DEFAULT_CAPACITY, true, null));
    }

    @Test
    void locking_forums_for_places_takes_them_in_code_order_and_leaves_out_unknown_codes() {
        var directory = new ForumDirectory(forums);

        var locked = directory.lockForPlaces(List.of("open", "no-such-forum", "lgbtq", "disabilities"));

        assertThat(locked).extracting(ForumSummary::code).containsExactly("disabilities", "lgbtq", "open");
        assertThat(locked).extracting(ForumSummary::capacity).containsOnly(Forum.DEFAULT_CAPACITY);
    }
}
