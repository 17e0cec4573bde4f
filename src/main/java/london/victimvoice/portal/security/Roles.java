package london.victimvoice.portal.security;

import java.util.List;

/**
 * The portal's roles, as constants so views can name them in {@code @RolesAllowed}.
 */
public final class Roles {

    public static final String COORDINATOR = "COORDINATOR";
    public static final String APPROVER = "APPROVER";
    public static final String SUPPORT = "SUPPORT";
    public static final String PARTNER = "PARTNER";
    public static final String ADMIN = "ADMIN";
    /** Participants sign in with one-time codes, never with a password. */
    public static final String PARTICIPANT = "PARTICIPANT";

    public static final List<String> STAFF = List.of(COORDINATOR, APPROVER, SUPPORT, PARTNER, ADMIN);
    public static final List<String> ALL = List.of(COORDINATOR, APPROVER, SUPPORT, PARTNER, ADMIN, PARTICIPANT);

    private Roles() {
    }
}
