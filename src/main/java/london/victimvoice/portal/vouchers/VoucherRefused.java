package london.victimvoice.portal.vouchers;

import java.util.List;

/**
 * A voucher action was refused and nothing changed. The message key (in messages.properties) and
 * its arguments say why, in words for the person who tried.
 */
public class VoucherRefused extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public VoucherRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
