/**
 * Shared kernel: the application shell (layouts, "Exit this page", error handling, i18n) used by every feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.base;
