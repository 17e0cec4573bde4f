/** Start-up checks shared by every module. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.base.config;
