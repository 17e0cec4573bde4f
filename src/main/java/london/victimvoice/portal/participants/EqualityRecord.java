package london.victimvoice.portal.participants;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One person's equality answers, apart from their identity: its own random id, no time, no
 * foreign key, and all answers in one sealed blob padded to one length, so neither the number of
 * questions answered nor the length of an answer shows.
 */
@Entity
@Table(name = "equality_answers")
class EqualityRecord extends AssignedIdEntity {

    static final String ANSWERS = "equality_answers.answers";
    /** Nine answers of at most {@link #ANSWER_MAX_LENGTH} ASCII characters and their separators fit. */
    static final int PADDED_LENGTH = 640;
    static final int ANSWER_MAX_LENGTH = 64;

    /** HMAC of the participant id: for erasure only, and never read by a screen or a report. */
    @Column(name = "participant_ref", nullable = false, unique = true, length = 64)
    private String participantRef;

    @Column(nullable = false, length = 700)
    private byte[] answers;

    protected EqualityRecord() {
        this.id = new UUID(0, 0);
        this.participantRef = "";
        this.answers = new byte[0];
    }

    EqualityRecord(UUID id, String participantRef, byte[] answers) {
        this.id = id;
        this.participantRef = participantRef;
        this.answers = answers;
    }

    byte[] answers() {
        return answers;
    }

    /** One line per question in the record's order, empty for skipped; answers are codes without line breaks. */
    static String encode(EqualityAnswers answers) {
        var text = String.join("\n", Stream.of(values(answers)).map(v -> v == null ? "" : v).toList());
        return text + "\0".repeat(PADDED_LENGTH - text.length());
    }

    static EqualityAnswers decode(String padded) {
        var text = padded.substring(0, padded.indexOf('\0') < 0 ? padded.length() : padded.indexOf('\0'));
        var v = Arrays.stream(text.split("\n", -1)).map(line -> line.isEmpty() ? null : line).toList();
        return new EqualityAnswers(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                v.get(8));
    }

    static @Nullable String[] values(EqualityAnswers a) {
        return new @Nullable String[] {a.ageBand(), a.sex(), a.genderSameAsAtBirth(), a.ethnicGroup(),
                a.ethnicBackground(), a.disability(), a.disabilityImpact(), a.sexualOrientation(), a.religion()};
    }
}
