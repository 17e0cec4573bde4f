package london.victimvoice.portal.participants;

import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Append-only: there is no way here to change or delete a line. */
interface StaffAccessAudit extends Repository<StaffAccessRecord, UUID> {

    StaffAccessRecord save(StaffAccessRecord record);
}
