package london.victimvoice.portal.messaging.devoutbox;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

@ConditionalOnDevOutbox
interface DevOutboxMessages extends JpaRepository<DevOutboxMessage, Long> {

    List<DevOutboxMessage> findByOrderByCreatedAtDescIdDesc(Limit limit);

    List<DevOutboxMessage> findByReference(String reference);
}
