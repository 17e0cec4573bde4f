package london.victimvoice.portal.participants;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import london.victimvoice.portal.base.NewUntilStored;

/**
 * The module's tables use random UUIDs chosen before saving (no auto-increment whose order
 * could link rows). With the id already set, Spring Data cannot tell new from stored by the id,
 * so each row remembers whether it has been persisted or loaded; a new one is then inserted
 * without a select first. Ids are {@code CHAR(36)}: MariaDB 10.6 has no UUID type.
 */
@MappedSuperclass
abstract class AssignedIdEntity extends NewUntilStored<UUID> {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    UUID id;

    @Override
    public UUID getId() {
        return id;
    }
}
