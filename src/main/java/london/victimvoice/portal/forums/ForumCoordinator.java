package london.victimvoice.portal.forums;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A coordinator who looks after a forum: they may edit it and run its meetings. */
@Entity
@IdClass(ForumCoordinator.Key.class)
@Table(name = "forum_coordinator")
class ForumCoordinator {

    record Key(String forumCode, String staffUsername) implements Serializable {
        @SuppressWarnings("unused") // for Hibernate
        Key() {
            this("", "");
        }
    }

    @Id
    @Column(name = "forum_code", length = Forum.CODE_MAX_LENGTH)
    private String forumCode;

    @Id
    @Column(name = "staff_username", length = 80)
    private String staffUsername;

    protected ForumCoordinator() {
        this.forumCode = "";
        this.staffUsername = "";
    }

    ForumCoordinator(String forumCode, String staffUsername) {
        this.forumCode = forumCode;
        this.staffUsername = staffUsername;
    }

    String forumCode() {
        return forumCode;
    }

    String staffUsername() {
        return staffUsername;
    }
}
