package london.victimvoice.portal.vouchers;

import java.util.UUID;

/** A supplier's file stored whole: its batch and how many codes it had. */
public record CodesLoaded(UUID batchId, int codes) {
}
