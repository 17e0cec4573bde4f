package london.victimvoice.portal.forums;

/**
 * The capacity asked for is below the forum's members, and the coordinator has not chosen to keep
 * them and close joining. Nothing changed: the view offers that choice, or stopping.
 */
public class CapacityBelowMembers extends RuntimeException {

    private final long members;

    public CapacityBelowMembers(long members) {
        super("Capacity below the " + members + " members");
        this.members = members;
    }

    public long members() {
        return members;
    }
}
