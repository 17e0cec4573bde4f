package london.victimvoice.portal.forums;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Forums extends JpaRepository<Forum, String> {

    List<Forum> findAllByOrderBySortOrderAsc();

    /** {@code SELECT ... FOR UPDATE}: the row stays locked until the caller's transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Forum f where f.code = :code")
    Optional<Forum> lockByCode(@Param("code") String code);
}
