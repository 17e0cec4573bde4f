/**
 * Anonymous voice between meetings. Coordinators post questions to forums or to a consultation's
 * pool; members answer with no link to who they are (a receipt code lets them find their answer
 * again); answers are released to staff only in numbers, redacted, grouped into insight and signed
 * off by a second person before partners see them; "you said, we did" entries show what changed.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.voice;
