package london.victimvoice.portal.vouchers;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import london.victimvoice.portal.participants.SealedText;

/**
 * E-voucher codes from the supplier (for coordinators and admins; pages check the role). A file is
 * checked whole and stored whole or not at all: every problem is named with its line. Codes are
 * sealed at rest; a keyed fingerprint finds a code loaded before without keeping it in clear, and
 * staff only ever see its last four characters.
 */
@Service
public class VoucherCodes {

    /** The column (and so the key binding) a code is sealed for. */
    static final String SEALED_COLUMN = "voucher_code.code_sealed";
    /** The fingerprint purpose of a code. */
    static final String HASH_PURPOSE = "voucher-code";
    static final int HINT = 4;
    static final int MAX_FILE_NAME = 200;

    private static final Logger log = LoggerFactory.getLogger(VoucherCodes.class);

    private final CodeStore store;
    private final SealedText sealed;
    private final VoucherAudit audit;
    private final VoucherProperties properties;
    private final Clock clock;

    VoucherCodes(CodeStore store, SealedText sealed, VoucherAudit audit, VoucherProperties properties, Clock clock) {
        this.store = store;
        this.sealed = sealed;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** As {@link #load(InputStream, String, String)}: a small file given as text (tests, seeds). */
    public CodesLoaded load(String csv, String fileName, String staffUsername) {
        return load(csv.getBytes(StandardCharsets.UTF_8), fileName, staffUsername);
    }

    /** As {@link #load(InputStream, String, String)}. */
    public CodesLoaded load(byte[] csv, String fileName, String staffUsername) {
        return load(new ByteArrayInputStream(csv), fileName, staffUsername);
    }

    /**
     * Checks a supplier's file ({@code code,value,expires}, UTF-8) and stores all of its codes, or
     * none. The stream is read as far as needed and no further: a file with more rows than allowed
     * is refused after one row too many. The caller closes the stream.
     *
     * @throws CodeFileRefused with the reason, or the problems and their lines; nothing is stored
     */
    @Transactional
    public CodesLoaded load(InputStream csv, String fileName, String staffUsername) {
        var today = clock.instant().atZone(FinancialYear.LONDON).toLocalDate();
        CodeFile.Reading reading;
        try {
            reading = CodeFile.read(csv, properties.maxCodeRows(), today);
        } catch (CodeFile.Unreadable e) {
            log.info("Code file refused for {}: {}", staffUsername, e.messageKey());
            throw new CodeFileRefused(e.messageKey(), e.arguments());
        }
        var problems = new ArrayList<>(reading.problems());
        var hashes = new HashMap<String, CodeFile.Row>();
        for (var row : reading.rows()) {
            hashes.put(sealed.fingerprint(HASH_PURPOSE, row.code()), row);
        }
        for (var known : store.knownHashes(hashes.keySet())) {
            problems.add(new CodeFileProblem(hashes.get(known).line(), "vouchers.issue.csv.loaded"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CodeFileProblem::line));
            log.info("Code file refused for {}: {} problem(s)", staffUsername, problems.size());
            throw new CodeFileRefused(problems);
        }
        var codes = new ArrayList<CodeStore.NewCode>(hashes.size());
        for (var entry : hashes.entrySet()) {
            var row = entry.getValue();
            var id = UUID.randomUUID();
            var code = row.code();
            codes.add(new CodeStore.NewCode(id, entry.getKey(), sealed.seal(code, SEALED_COLUMN, id),
                    code.substring(code.length() - HINT), row.valuePence(), row.expiresOn()));
        }
        var batchId = UUID.randomUUID();
        var name = fileName.isBlank() ? "codes.csv" : fileName.strip();
        try {
            store.insertBatch(batchId, name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name,
                    codes.size(), staffUsername, clock.instant(), codes);
        } catch (DuplicateKeyException e) {
            // Someone loaded one of these codes in the moment between the check and the insert.
            throw new CodeFileRefused("vouchers.issue.csv.loadedMeanwhile");
        }
        log.info("Code file of {} code(s) loaded by {} as batch {}", codes.size(), staffUsername, batchId);
        return new CodesLoaded(batchId, codes.size());
    }

    /** Free codes by value, and records that this member of staff looked. */
    @Transactional
    public List<CodeStock> stock(String staffUsername) {
        audit.record(staffUsername, VoucherAudit.Action.VIEWED_CODES, "codes");
        return store.stock(clock.instant().atZone(FinancialYear.LONDON).toLocalDate());
    }

    /** The most codes one file may have. */
    public int maxRows() {
        return properties.maxCodeRows();
    }

    /** How staff see a code: never whole, only {@code •••• 1234}. */
    public static String masked(String hint) {
        return "•••• " + hint;
    }
}
