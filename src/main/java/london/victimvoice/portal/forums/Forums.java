package london.victimvoice.portal.forums;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Forums extends JpaRepository<Forum, String> {

    List<Forum> findAllByOrderBySortOrderAsc();
}
