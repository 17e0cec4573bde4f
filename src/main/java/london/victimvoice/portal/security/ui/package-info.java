@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.security.ui;
