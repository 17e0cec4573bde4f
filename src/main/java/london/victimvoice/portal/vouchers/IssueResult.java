package london.victimvoice.portal.vouchers;

import java.util.List;

/**
 * What issuing a meeting's vouchers did.
 *
 * @param issued      vouchers given a code and told
 * @param waiting     vouchers left signed off because no free code of their value was left
 * @param maskedCodes the codes given, as staff may see them ({@code •••• 1234})
 */
public record IssueResult(int issued, int waiting, List<String> maskedCodes) {

    public IssueResult {
        maskedCodes = List.copyOf(maskedCodes);
    }
}
