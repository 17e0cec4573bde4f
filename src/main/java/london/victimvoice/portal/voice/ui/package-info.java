/** The pages of anonymous voice: answering, receipts, moderation, sign-off, insight, "we did", consultations. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.voice.ui;
