package london.victimvoice.portal.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row whose id is chosen in Java (a random UUID, or a pair of ids), for every module's entities. Spring Data cannot tell new from stored
 * by such an id, so the row remembers it: a new one is inserted without a select first, and a
 * second insert of the same key fails on the primary key instead of quietly updating.
 */
@MappedSuperclass
public abstract class NewUntilStored<ID> implements Persistable<ID> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
    }
}
