package london.victimvoice.portal.e2e;

import org.junit.jupiter.api.Test;

import london.victimvoice.portal.security.Roles;

import static org.assertj.core.api.Assertions.assertThat;

/** A mistyped address shows the portal's own "Page not found", with the way out still there. */
class NotFoundIT extends BrowserTest {

    @Test
    void a_visitor_who_mistypes_an_address_sees_page_not_found_with_exit_this_page() {
        open("staying-safe");

        assertThat(find("h1").getText()).isEqualTo("Page not found");
        assertThat(find(".exit-this-page__button").isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).doesNotContain("sign-in");
    }

    @Test
    void signed_in_staff_who_mistype_an_address_see_page_not_found_not_a_browser_error() {
        signInAs(Roles.COORDINATOR);

        open("staff/no-such-page");

        assertThat(find("h1").getText()).isEqualTo("Page not found");
    }

    @Test
    void a_participant_who_opens_a_staff_page_is_asked_to_sign_in_as_staff() {
        open("staff");

        assertThat(driver.getCurrentUrl()).endsWith("/staff/sign-in");
        assertThat(find("h1").getText()).isEqualTo("Staff sign in");
    }

    @Test
    void staff_who_sign_in_from_the_sign_in_page_land_on_staff_home() {
        signInAs(Roles.APPROVER);

        assertThat(driver.getCurrentUrl()).endsWith("/staff");
        assertThat(find("h1").getText()).isEqualTo("Staff home");
    }
}
