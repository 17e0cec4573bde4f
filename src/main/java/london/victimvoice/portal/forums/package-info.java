/**
 * The six Victim Voice Forums and who each is for.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.forums;
