package london.victimvoice.portal.participants;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralCodes extends JpaRepository<ReferralCode, String> {

    /** A code with the number of participants stored with it. */
    record Counted(ReferralCode code, long signUps) {
    }

    /**
     * Every code with its count of sign-ups in one statement, however many codes there are; the
     * count uses the index behind {@code participant.referral_code}'s foreign key.
     */
    @Query("""
            select new london.victimvoice.portal.participants.ReferralCodes$Counted(r,
                (select count(p) from Participant p where p.referralCode = r.code))
            from ReferralCode r
            order by r.code""")
    List<Counted> findAllWithSignUps();
}
