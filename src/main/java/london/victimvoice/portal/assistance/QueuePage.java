package london.victimvoice.portal.assistance;

import java.util.List;

/** One page of the queue, oldest first; {@code more} when a next page has requests. */
public record QueuePage(List<QueuedRequest> requests, boolean more) {

    public QueuePage {
        requests = List.copyOf(requests);
    }
}
