package london.victimvoice.portal.vouchers;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Financial years for tests that need one nobody else has touched. Voucher tests share Spring
 * contexts and so databases; a random year can be drawn twice, and then one test's budget shows in
 * another's totals. One counter for the whole test JVM hands each caller its own year, far from
 * today's (which the accessibility audit seeds). Every
 * other year is handed out, so a test may use its year's next one too.
 */
public final class TestYears {

    private static final AtomicInteger NEXT = new AtomicInteger(2100);

    private TestYears() {
    }

    public static FinancialYear next() {
        return new FinancialYear(NEXT.getAndAdd(2));
    }
}
