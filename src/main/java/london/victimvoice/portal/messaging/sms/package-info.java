/** SMS through Twilio's Messages API. */
@org.jspecify.annotations.NullMarked
package london.victimvoice.portal.messaging.sms;
