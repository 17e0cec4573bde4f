package london.victimvoice.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;

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
}
