package london.victimvoice.portal.assistance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface RequestNotes extends Repository<AssistanceNote, UUID> {

    AssistanceNote save(AssistanceNote note);

    List<AssistanceNote> findByRequestIdOrderByWrittenAtAscIdAsc(UUID requestId);
}
