/**
 * The i18n provider behind every {@code getTranslation} call.
 */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.base.i18n;
