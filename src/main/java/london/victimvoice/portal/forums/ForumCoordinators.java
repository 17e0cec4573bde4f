package london.victimvoice.portal.forums;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumCoordinators extends JpaRepository<ForumCoordinator, ForumCoordinator.Key> {

    List<ForumCoordinator> findByStaffUsername(String staffUsername);

    List<ForumCoordinator> findByForumCodeOrderByStaffUsername(String forumCode);

    boolean existsByForumCodeAndStaffUsername(String forumCode, String staffUsername);
}
